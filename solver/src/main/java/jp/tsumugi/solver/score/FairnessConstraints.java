package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkerMonth;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

/**
 * Quality for the people: every worker near their monthly target (salaried hours not dispatched cost the coop without a
 * fee), hours balanced between workers, and when workers are scarce the shortage shared fairly between members. Soft.
 */
public final class FairnessConstraints {
    public static final String MONTHLY_HOURS_BELOW_TARGET = "fairness.monthly-hours-below-target";
    public static final String MONTHLY_HOURS_ABOVE_TARGET = "fairness.monthly-hours-above-target";
    public static final String WORKER_LOAD_BALANCE = "fairness.worker-load-balance";
    public static final String MEMBER_SHORTAGE_BALANCE = "fairness.member-shortage-balance";

    private FairnessConstraints() {
    }

    private static final java.util.function.Function<Slot, Integer> SLOT_MONTH = slot -> slot.getCover().getMonthIndex();
    private static final java.util.function.ToIntFunction<Slot> SLOT_NET_MINUTES = Slot::getNetMinutes;

    /**
     * Every worker's minutes in each month of the plan, 0 for a month without work. The slots are summed per (worker,
     * month) first and each sum joined with its {@code WorkerMonth}: a move updates two sums, where joining every slot
     * with its {@code WorkerMonth} re-indexed the slot in the join and regrouped the joined pairs.
     */
    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<WorkerMonth, Integer> monthMinutes(
            ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .groupBy(RosterStreams.SLOT_WORKER, SLOT_MONTH, ConstraintCollectors.sum(SLOT_NET_MINUTES))
                .join(WorkerMonth.class,
                        Joiners.equal((worker, monthIndex, minutes) -> worker, WorkerMonth::worker),
                        Joiners.equal((worker, monthIndex, minutes) -> monthIndex, WorkerMonth::monthIndex))
                .map((worker, monthIndex, minutes, month) -> month, (worker, monthIndex, minutes, month) -> minutes)
                .complement(WorkerMonth.class, month -> 0);
    }

    /** Each minute below the month's target costs 2 (idle salaried time). */
    public static Constraint monthlyHoursBelowTarget(ConstraintFactory factory) {
        return monthMinutes(factory)
                .filter((month, minutes) -> minutes < month.targetMinutes())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(2), (month, minutes) -> month.targetMinutes() - minutes)
                .justifyWith((month, minutes, score) -> new RuleBreak(MONTHLY_HOURS_BELOW_TARGET, month.worker(), null,
                        month.month().atDay(1), month.month().atEndOfMonth(), minutes, month.targetMinutes(), Unit.MINUTES))
                .asConstraint(MONTHLY_HOURS_BELOW_TARGET);
    }

    /** Each minute above the month's target costs 1. */
    public static Constraint monthlyHoursAboveTarget(ConstraintFactory factory) {
        return monthMinutes(factory)
                .filter((month, minutes) -> minutes > month.targetMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (month, minutes) -> minutes - month.targetMinutes())
                .justifyWith((month, minutes, score) -> new RuleBreak(MONTHLY_HOURS_ABOVE_TARGET, month.worker(), null,
                        month.month().atDay(1), month.month().atEndOfMonth(), minutes, month.targetMinutes(), Unit.MINUTES))
                .asConstraint(MONTHLY_HOURS_ABOVE_TARGET);
    }

    /**
     * Total minutes balanced between all workers: Timefold's load-balance unfairness (√ of the sum of squared deviations
     * from the mean, 6 significant digits), its integer part. Computed by {@link Balance}: the same value, kept
     * incrementally (each worker comes once after the grouping, which {@link RosterStreams#workerTotals} shares).
     */
    public static Constraint workerLoadBalance(ConstraintFactory factory) {
        return RosterStreams.allWorkerTotals(factory)
                .groupBy(Balance.ofEach((Worker worker, Integer minutes, Integer members) -> minutes))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Balance::unfairness)
                .justifyWith((balance, score) -> new RuleBreak(WORKER_LOAD_BALANCE, null, null, null, null,
                        balance.unfairness(), 0, Unit.MINUTES))
                .asConstraint(WORKER_LOAD_BALANCE);
    }

    /**
     * When demand exceeds supply, each member's unfilled share of its required minutes (in ‰) balanced between members,
     * so that no member carries the whole shortage. Unfairness as for {@link #workerLoadBalance} (each member comes once).
     */
    public static Constraint memberShortageBalance(ConstraintFactory factory) {
        return RosterStreams.assignedHeads(factory)
                .filter((cover, assigned) -> cover.getRequiredHeadcount() > 0)
                .groupBy((cover, assigned) -> cover.getMember(),
                        ConstraintCollectors.sumLong((cover, assigned) ->
                                (long) DemandConstraints.unfilledHeads(cover, assigned) * cover.getNetMinutes()),
                        ConstraintCollectors.sumLong((cover, assigned) ->
                                (long) cover.getRequiredHeadcount() * cover.getNetMinutes()))
                .groupBy(Balance.ofEach((Member member, Long unfilled, Long required) ->
                        unfilled * 1000 / Math.max(1, required)))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Balance::unfairness)
                .justifyWith((balance, score) -> new RuleBreak(MEMBER_SHORTAGE_BALANCE, null, null, null, null,
                        balance.unfairness(), 0, Unit.WEIGHT))
                .asConstraint(MEMBER_SHORTAGE_BALANCE);
    }
}
