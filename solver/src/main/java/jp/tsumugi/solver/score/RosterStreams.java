package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream;
import ai.timefold.solver.core.api.score.stream.common.SequenceChain;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintStream;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The derived streams many constraints share: worker-days, worker-weeks, overtime per month, runs of working days,
 * assigned heads per cover. Built from the same function instances every time so that Timefold shares their nodes
 * instead of computing them once per constraint.
 */
final class RosterStreams {
    static final Function<Slot, Worker> SLOT_WORKER = Slot::getWorker;
    static final Function<Slot, Integer> SLOT_DAY = Slot::getDayIndex;
    static final Function<Slot, Cover> SLOT_COVER = Slot::getCover;
    /** One record key per (worker, date): no boxed day index, one equals instead of Timefold's {@code Pair}. */
    private static final Function<Slot, WorkerKey> SLOT_DAY_KEY =
            slot -> new WorkerKey(slot.getWorker(), slot.getDayIndex());
    private static final BiFunction<WorkerKey, WorkerDay, WorkerDay> TO_DAY = (key, day) -> day;
    private static final Function<WorkerDay, WorkerKey> DAY_WEEK_KEY =
            day -> new WorkerKey(day.worker(), day.weekIndex());
    private static final BiFunction<WorkerKey, WorkerWeek, WorkerWeek> TO_WEEK = (key, week) -> week;
    private static final Function<WorkerWeek, Iterable<MonthShare>> WEEK_SHARES = WorkerWeek::monthShares;
    private static final Function<MonthShare, MonthWork.Key> SHARE_KEY = MonthShare::key;
    private static final TriFunction<MonthWork.Key, Integer, Integer, MonthWork> TO_MONTH =
            (k, overtime, holiday) -> new MonthWork(k.worker(), k.monthIndex(), k.yearIndex(), k.calendar(), overtime, holiday);
    private static final BiFunction<Worker, Integer, Worker> PAIR_WORKER = (w, d) -> w;
    private static final BiFunction<Worker, Integer, Integer> PAIR_DAY = (w, d) -> d;
    private static final java.util.function.ToIntFunction<Integer> INT_VALUE = Integer::intValue;
    private static final java.util.function.Predicate<Slot> ASSIGNED = Slot::isAssigned;

    private RosterStreams() {
    }

    /** Every worker's every working date, as one {@link WorkerDay}. */
    static UniConstraintStream<WorkerDay> workerDays(ConstraintFactory factory) {
        return assignedSlots(factory)
                .groupBy(SLOT_DAY_KEY, WorkerDay.COLLECTOR)
                .map(TO_DAY);
    }

    /**
     * A group and join key: a worker and a day or week index of the plan, one hash lookup where two keys (Timefold's
     * {@code Pair}, or two equal joiners) look up twice. Worker-days and worker-weeks each group on it.
     */
    record WorkerKey(Worker worker, int index) {
        /** By hand rather than the record's generated method-handle version: it is on every group and join lookup. */
        @Override
        public boolean equals(Object other) {
            return other instanceof WorkerKey key && key.worker == worker && key.index == index;
        }

        @Override
        public int hashCode() {
            return 31 * worker.hashCode() + index;
        }
    }

    private static final Function<WorkerDay, WorkerKey> DAY_KEY = day -> new WorkerKey(day.worker(), day.dayIndex());
    private static final Function<WorkerDay, WorkerKey> NEXT_DAY_KEY =
            day -> new WorkerKey(day.worker(), day.dayIndex() + 1);

    /**
     * Each worker's working dates paired with the worker's next date when that is a working date too. Joined on one
     * (worker, day) key rather than on the worker and then the day: a move creates and removes worker-days, and each
     * is indexed on both sides of this join.
     */
    static BiConstraintStream<WorkerDay, WorkerDay> consecutiveWorkerDays(ConstraintFactory factory) {
        return workerDays(factory)
                .join(workerDays(factory),
                        ai.timefold.solver.core.api.score.stream.Joiners.equal(NEXT_DAY_KEY, DAY_KEY));
    }

    static UniConstraintStream<WorkerWeek> workerWeeks(ConstraintFactory factory) {
        return workerDays(factory)
                .groupBy(DAY_WEEK_KEY, WorkerWeek.COLLECTOR)
                .map(TO_WEEK);
    }

    /** Overtime and holiday work per worker per month (only months that have some). */
    static UniConstraintStream<MonthWork> monthWork(ConstraintFactory factory) {
        return workerWeeks(factory)
                .flattenLast(WEEK_SHARES)
                .groupBy(SHARE_KEY, ConstraintCollectors.sum(MonthShare::overtimeMinutes),
                        ConstraintCollectors.sum(MonthShare::holidayMinutes))
                .map(TO_MONTH);
    }

    private static final java.util.function.Predicate<Slot> HAS_RUN_RULES =
            slot -> slot.getWorker().getContract().hasRunRules();

    /** Each worker's runs of consecutive working days, for workers whose contract limits runs. */
    static BiConstraintStream<Worker, SequenceChain<Integer, Integer>> workRuns(ConstraintFactory factory) {
        return assignedSlots(factory)
                .filter(HAS_RUN_RULES)
                .groupBy(SLOT_WORKER, SLOT_DAY)
                .groupBy(PAIR_WORKER, ConstraintCollectors.toConsecutiveSequences(PAIR_DAY, INT_VALUE));
    }

    private static final java.util.function.ToIntFunction<Slot> SLOT_NET_MINUTES = Slot::getNetMinutes;
    private static final Function<Slot, jp.tsumugi.solver.domain.Member> SLOT_MEMBER = Slot::getMember;
    private static final Function<Worker, Integer> ZERO = worker -> 0;

    /**
     * Every worker who works at all, with their total minutes and the number of distinct members they work for: one
     * group node that the load balance, the distinct-member rule and the contract's total-minute rules share (built
     * from the same function instances), instead of one per rule, since every move updates it.
     */
    static TriConstraintStream<Worker, Integer, Integer> workerTotals(ConstraintFactory factory) {
        return assignedSlots(factory)
                .groupBy(SLOT_WORKER, ConstraintCollectors.sum(SLOT_NET_MINUTES),
                        ConstraintCollectors.countDistinct(SLOT_MEMBER));
    }

    /**
     * The slots that have a worker, as {@code forEach(Slot.class)} gives them, but from the node of
     * {@code forEachIncludingUnassigned} and a filter on the field: Timefold's {@code forEach} checks the planning
     * variable through its reflective accessor on every update (JFR: 2.2 % of medium's local search), and both
     * node kinds were updated on every move. Every constraint takes its slots from here (the same predicate
     * instance, so the filter is shared too).
     */
    static UniConstraintStream<Slot> assignedSlots(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class).filter(ASSIGNED);
    }

    /** {@link #workerTotals} with every worker, those without work at 0 minutes and 0 members. */
    static TriConstraintStream<Worker, Integer, Integer> allWorkerTotals(ConstraintFactory factory) {
        return workerTotals(factory).complement(Worker.class, ZERO, ZERO);
    }

    /** Every cover with the number of its slots that have a worker. */
    static BiConstraintStream<Cover, Integer> assignedHeads(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .groupBy(SLOT_COVER, ConstraintCollectors.conditionally(ASSIGNED, ConstraintCollectors.count()));
    }
}
