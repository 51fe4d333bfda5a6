package jp.tsumugi.web.jobtypes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.web.skills.Skill;

/** What the job type form posts. */
class JobTypeForm {

    @NotBlank(message = "{masterdata.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "{masterdata.code.pattern}")
    private String code;

    @NotBlank(message = "{masterdata.name.required}")
    @Size(max = 255, message = "{masterdata.name.size}")
    private String name;

    @NotNull(message = "{jobtypes.category.required}")
    private JobCategory category = JobCategory.ORDINARY;

    private List<Long> skillIds = new ArrayList<>();

    private Long version;

    static JobTypeForm of(JobType type) {
        JobTypeForm form = new JobTypeForm();
        form.code = type.getCode();
        form.name = type.getName();
        form.category = type.getCategory();
        form.skillIds = new ArrayList<>(type.getRequiredSkills().stream().map(Skill::getId).toList());
        form.version = type.getVersion();
        return form;
    }

    void applyTo(JobType type, List<Skill> skills) {
        type.setCode(code);
        type.setName(name);
        type.setCategory(category);
        type.getRequiredSkills().clear();
        type.getRequiredSkills().addAll(skills);
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

    public JobCategory getCategory() {
        return category;
    }

    public void setCategory(JobCategory category) {
        this.category = category;
    }

    public List<Long> getSkillIds() {
        return skillIds;
    }

    public void setSkillIds(List<Long> skillIds) {
        this.skillIds = skillIds == null ? new ArrayList<>() : skillIds;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
