package jp.tsumugi.solver.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.Locale;

/** One penalised (or rewarded) match of a rule in a roster, with its score impact and its reasons. */
public record Explanation(String ruleId, Level level, HardMediumSoftLongScore impact, RuleBreak detail) {

    /** Which score level the impact is on. */
    public enum Level { HARD, MEDIUM, SOFT }

    public static Level levelOf(HardMediumSoftLongScore impact) {
        if (impact.hardScore() != 0) {
            return Level.HARD;
        }
        return impact.mediumScore() != 0 ? Level.MEDIUM : Level.SOFT;
    }

    public String message(Locale locale) {
        return Explanations.render(detail, locale);
    }

    public String title(Locale locale) {
        return Explanations.title(ruleId, locale);
    }
}
