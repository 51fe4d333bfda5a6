package jp.tsumugi.solver.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A skill a worker holds from {@code validFrom} to {@code validUntil} (both inclusive, either may be open). */
public record HeldSkill(Skill skill, LocalDate validFrom, LocalDate validUntil) {
    public HeldSkill {
        Objects.requireNonNull(skill, "skill");
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("validUntil before validFrom for " + skill.getId());
        }
    }

    public static HeldSkill always(Skill skill) {
        return new HeldSkill(skill, null, null);
    }

    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validUntil == null || !date.isAfter(validUntil));
    }
}
