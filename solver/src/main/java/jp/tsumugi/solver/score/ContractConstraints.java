package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.common.Break;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

/**
 * Per-worker limits as data ({@link ContractRules}): the rows a contract or the Curtois benchmark states. Hard.
 * Runs that touch the first or last day of the plan are exempt from the minimum-length rules, since they continue
 * outside it.
 */
public final class ContractConstraints {
    public static final String MAX_SHIFTS_PER_TYPE = "contract.max-shifts-per-type";
    public static final String MIN_TOTAL_MINUTES = "contract.min-total-minutes";
    public static final String MAX_TOTAL_MINUTES = "contract.max-total-minutes";
    public static final String MAX_CONSECUTIVE_WORK_DAYS = "contract.max-consecutive-work-days";
    public static final String MIN_CONSECUTIVE_WORK_DAYS = "contract.min-consecutive-work-days";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "contract.min-consecutive-days-off";
    public static final String MAX_WEEKENDS = "contract.max-weekends";
    public static final String FORBIDDEN_SUCCESSION = "contract.forbidden-succession";

    private ContractConstraints() {
    }

    private static ContractRules rules(Worker worker) {
        return worker.getContract();
    }

    public static Constraint maxShiftsPerType(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> rules(slot.getWorker()).maxShiftsOf(slot.getShiftType()) != null)
                .groupBy(Slot::getWorker, Slot::getShiftType, ConstraintCollectors.count())
                .filter((worker, type, count) -> count > rules(worker).maxShiftsOf(type))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, type, count) -> count - rules(worker).maxShiftsOf(type))
                .justifyWith((worker, type, count, score) -> new RuleBreak(MAX_SHIFTS_PER_TYPE, worker, null, null, null,
                        count, rules(worker).maxShiftsOf(type), Unit.COUNT))
                .asConstraint(MAX_SHIFTS_PER_TYPE);
    }

    public static Constraint minTotalMinutes(ConstraintFactory factory) {
        // The workers' totals that the fairness rules keep anyway (RosterStreams.workerTotals), every worker.
        return RosterStreams.allWorkerTotals(factory)
                .filter((worker, minutes, members) -> rules(worker).minTotalMinutes() != null
                        && minutes < rules(worker).minTotalMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, minutes, members) -> rules(worker).minTotalMinutes() - minutes)
                .justifyWith((worker, minutes, members, score) -> new RuleBreak(MIN_TOTAL_MINUTES, worker, null, null,
                        null, minutes, rules(worker).minTotalMinutes(), Unit.MINUTES))
                .asConstraint(MIN_TOTAL_MINUTES);
    }

    public static Constraint maxTotalMinutes(ConstraintFactory factory) {
        // Only workers who work can exceed a maximum: the totals before the complement.
        return RosterStreams.workerTotals(factory)
                .filter((worker, minutes, members) -> rules(worker).maxTotalMinutes() != null
                        && minutes > rules(worker).maxTotalMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, minutes, members) -> minutes - rules(worker).maxTotalMinutes())
                .justifyWith((worker, minutes, members, score) -> new RuleBreak(MAX_TOTAL_MINUTES, worker, null, null,
                        null, minutes, rules(worker).maxTotalMinutes(), Unit.MINUTES))
                .asConstraint(MAX_TOTAL_MINUTES);
    }

    public static Constraint maxConsecutiveWorkDays(ConstraintFactory factory) {
        return RosterStreams.workRuns(factory)
                .filter((worker, chain) -> rules(worker).maxConsecutiveWorkDays() != null)
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .join(PlanCalendar.class)
                .filter((worker, run, calendar) -> run.getLength() > rules(worker).maxConsecutiveWorkDays())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, run, calendar) -> run.getLength() - rules(worker).maxConsecutiveWorkDays())
                .justifyWith((worker, run, calendar, score) -> runBreak(MAX_CONSECUTIVE_WORK_DAYS, worker, calendar,
                        run.getFirstItem(), run.getLastItem(), run.getLength(), rules(worker).maxConsecutiveWorkDays()))
                .asConstraint(MAX_CONSECUTIVE_WORK_DAYS);
    }

    /** A run of working days shorter than the minimum, unless it touches the first or last day of the plan. */
    public static Constraint minConsecutiveWorkDays(ConstraintFactory factory) {
        return RosterStreams.workRuns(factory)
                .filter((worker, chain) -> rules(worker).minConsecutiveWorkDays() != null)
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .join(PlanCalendar.class)
                .filter((worker, run, calendar) -> run.getLength() < rules(worker).minConsecutiveWorkDays()
                        && run.getFirstItem() > 0 && run.getLastItem() < calendar.getDayCount() - 1)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, run, calendar) -> rules(worker).minConsecutiveWorkDays() - run.getLength())
                .justifyWith((worker, run, calendar, score) -> runBreak(MIN_CONSECUTIVE_WORK_DAYS, worker, calendar,
                        run.getFirstItem(), run.getLastItem(), run.getLength(), rules(worker).minConsecutiveWorkDays()))
                .asConstraint(MIN_CONSECUTIVE_WORK_DAYS);
    }

    /**
     * A run of days off between two working runs shorter than the minimum. Days off before the first or after the last
     * working run touch the plan's edges and are exempt.
     */
    public static Constraint minConsecutiveDaysOff(ConstraintFactory factory) {
        return RosterStreams.workRuns(factory)
                .filter((worker, chain) -> rules(worker).minConsecutiveDaysOff() != null)
                .flattenLast(chain -> chain.getBreaks())
                .join(PlanCalendar.class)
                .filter((worker, gap, calendar) -> daysOff(gap) < rules(worker).minConsecutiveDaysOff())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, gap, calendar) -> rules(worker).minConsecutiveDaysOff() - daysOff(gap))
                .justifyWith((worker, gap, calendar, score) -> runBreak(MIN_CONSECUTIVE_DAYS_OFF, worker, calendar,
                        gap.getPreviousSequenceEnd() + 1, gap.getNextSequenceStart() - 1, daysOff(gap),
                        rules(worker).minConsecutiveDaysOff()))
                .asConstraint(MIN_CONSECUTIVE_DAYS_OFF);
    }

    static int daysOff(Break<Integer, Integer> gap) {
        return gap.getNextSequenceStart() - gap.getPreviousSequenceEnd() - 1;
    }

    /** A weekend (Saturday and Sunday) counts as worked when either day is. */
    public static Constraint maxWeekends(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> rules(slot.getWorker()).maxWeekendsWorked() != null && isWeekend(slot.getCover().getDayOfWeek()))
                .groupBy(Slot::getWorker, slot -> slot.getCover().getWeekendIndex())
                .groupBy((worker, weekend) -> worker, ConstraintCollectors.countBi())
                .filter((worker, weekends) -> weekends > rules(worker).maxWeekendsWorked())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (worker, weekends) -> weekends - rules(worker).maxWeekendsWorked())
                .justifyWith((worker, weekends, score) -> new RuleBreak(MAX_WEEKENDS, worker, null, null, null,
                        weekends, rules(worker).maxWeekendsWorked(), Unit.COUNT))
                .asConstraint(MAX_WEEKENDS);
    }

    private static boolean isWeekend(java.time.DayOfWeek day) {
        return day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY;
    }

    /** A shift type that may not be followed by another on the next day (e.g. no early after a late). */
    public static Constraint forbiddenSuccession(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> slot.getShiftType() != null && !slot.getShiftType().getForbiddenSuccessors().isEmpty())
                // Only slots with a shift type can be a forbidden successor: keeping the others out of the join's
                // index spares every move of a slot without one (all of them in a cooperative's roster).
                // Only a slot of a type that some type forbids next can be the successor: the others (most of them on
                // Curtois, where every slot has a type) stay out of the index too.
                .join(RosterStreams.assignedSlots(factory).filter(slot -> slot.getShiftType() != null
                                && slot.getShiftType().isForbiddenAfterSome()),
                        Joiners.equal(Slot::getWorker),
                        Joiners.equal(slot -> slot.getDayIndex() + 1, Slot::getDayIndex),
                        Joiners.filtering((first, next) -> first.getShiftType().forbids(next.getShiftType())))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (first, next) -> 1L)
                .justifyWith((first, next, score) -> new RuleBreak(FORBIDDEN_SUCCESSION, first.getWorker(), null,
                        first.getDate(), next.getDate(), 1, 0, Unit.COUNT))
                .asConstraint(FORBIDDEN_SUCCESSION);
    }

    private static RuleBreak runBreak(String rule, Worker worker, PlanCalendar calendar, int firstDay, int lastDay,
            long actual, long limit) {
        return new RuleBreak(rule, worker, null, calendar.dateOf(firstDay), calendar.dateOf(lastDay), actual, limit,
                Unit.DAYS);
    }
}
