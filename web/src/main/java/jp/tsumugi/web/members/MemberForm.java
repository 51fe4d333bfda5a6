package jp.tsumugi.web.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.tsumugi.solver.domain.MemberKind;

/** What the member form posts. {@code version} is the version the user started editing from. */
public class MemberForm {

    @NotBlank(message = "{masterdata.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "{masterdata.code.pattern}")
    private String code;

    @NotBlank(message = "{masterdata.name.required}")
    @Size(max = 255, message = "{masterdata.name.size}")
    private String name;

    @NotNull(message = "{members.kind.required}")
    private MemberKind kind = MemberKind.MEMBER;

    private Long version;

    public static MemberForm of(Member member) {
        MemberForm form = new MemberForm();
        form.code = member.getCode();
        form.name = member.getName();
        form.kind = member.getKind();
        form.version = member.getVersion();
        return form;
    }

    public void applyTo(Member member) {
        member.setCode(code);
        member.setName(name);
        member.setKind(kind);
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

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
