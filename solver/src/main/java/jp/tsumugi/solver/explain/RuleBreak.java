package jp.tsumugi.solver.explain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Worker;

import java.time.LocalDate;

/**
 * Why a rule penalised a roster: which worker and member, which dates, the number found and the limit. The rule id is
 * also the message key ({@code rule.<id>}) the explanations are rendered from, in Japanese or English.
 *
 * @param worker may be null (coop-wide rules, unfilled demand)
 * @param member may be null (worker-wide rules)
 * @param to     the last date involved, equal to {@code from} for a single day
 */
public record RuleBreak(String ruleId, Worker worker, Member member, LocalDate from, LocalDate to, long actual,
        long limit, Unit unit) implements ConstraintJustification {

    /** How {@code actual} and {@code limit} are measured. */
    public enum Unit { MINUTES, DAYS, WEEKS, COUNT, PERCENT, KM, WEIGHT }

    public static RuleBreak ofDay(String ruleId, Worker worker, Member member, LocalDate date, long actual, long limit,
            Unit unit) {
        return new RuleBreak(ruleId, worker, member, date, date, actual, limit, unit);
    }

    public String messageKey() {
        return "rule." + ruleId;
    }
}
