package jp.tsumugi.web.workers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One row of "skills held": either date may be open. */
public class WorkerSkillForm {

    @NotNull(message = "{workers.error.skill.required}")
    private Long skillId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    public void checkCrossFields(Errors errors) {
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            errors.rejectValue("validUntil", "workers.error.validUntil.beforeFrom");
        }
    }

    public Long getSkillId() {
        return skillId;
    }

    public void setSkillId(Long skillId) {
        this.skillId = skillId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
