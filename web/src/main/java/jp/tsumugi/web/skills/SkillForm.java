package jp.tsumugi.web.skills;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the skill form posts. */
class SkillForm {

    @NotBlank(message = "{masterdata.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "{masterdata.code.pattern}")
    private String code;

    @NotBlank(message = "{masterdata.name.required}")
    @Size(max = 255, message = "{masterdata.name.size}")
    private String name;

    private Long version;

    static SkillForm of(Skill skill) {
        SkillForm form = new SkillForm();
        form.code = skill.getCode();
        form.name = skill.getName();
        form.version = skill.getVersion();
        return form;
    }

    void applyTo(Skill skill) {
        skill.setCode(code);
        skill.setName(name);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
