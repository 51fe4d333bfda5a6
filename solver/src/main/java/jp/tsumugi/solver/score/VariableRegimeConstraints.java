package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.common.Sequence;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

import java.time.LocalDate;

/**
 * The extra limits of the 1-year variable working-hours system (1年単位の変形労働時間制, 労基法 §32-4; domain.md §6 C).
 * Active only when the cooperative adopts it; the 10 h / 52 h caps are in {@link LegalConstraints}.
 */
public final class VariableRegimeConstraints {
    public static final String WORKING_DAYS = "variable.working-days";
    public static final String CONSECUTIVE_HEAVY_WEEKS = "variable.consecutive-heavy-weeks";
    public static final String HEAVY_WEEKS_PER_QUARTER = "variable.heavy-weeks-per-quarter";
    public static final String CONSECUTIVE_WORK_DAYS = "variable.consecutive-work-days";
    public static final String TOTAL_HOURS = "variable.total-hours";

    private VariableRegimeConstraints() {
    }

    /** At most 280 working days per year, pro-rated (floor) for a shorter part of a year in the plan. */
    public static Constraint workingDays(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                // a day of only §41-exempt work is outside §32-4
                .filter(day -> day.settings().isVariableRegime() && day.regulatedMinutes() > 0)
                .groupBy(day -> new WorkerPeriod(day.worker(), day.yearIndex(), day.first().getCalendar()),
                        ConstraintCollectors.count())
                .filter((year, days) -> days > workingDayLimit(year))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (year, days) -> days - workingDayLimit(year))
                .justifyWith((year, days, score) -> new RuleBreak(WORKING_DAYS, year.worker(), null,
                        yearPartFrom(year), yearPartFrom(year).plusDays(year.calendar().daysInYear(year.index()) - 1),
                        days, workingDayLimit(year), Unit.DAYS))
                .asConstraint(WORKING_DAYS);
    }

    /** The first date of the window inside the 36協定 year with the given index. */
    private static LocalDate yearPartFrom(WorkerPeriod year) {
        PlanCalendar calendar = year.calendar();
        LocalDate yearStart = LocalDate.of(calendar.fiscalYearOf(calendar.getFrom()) + year.index(),
                calendar.getSettings().getFiscalYearStartMonth(), 1);
        return yearStart.isBefore(calendar.getFrom()) ? calendar.getFrom() : yearStart;
    }

    static long workingDayLimit(WorkerPeriod year) {
        PlanCalendar calendar = year.calendar();
        int days = Math.min(365, calendar.daysInYear(year.index()));
        return (long) calendar.getSettings().getVariableMaxWorkingDaysPerYear() * days / 365;
    }

    private static boolean isHeavy(WorkerWeek week) {
        CooperativeSettings settings = week.settings();
        return settings.isVariableRegime() && week.regulatedMinutes() > settings.getVariableHeavyWeekThresholdMinutes();
    }

    /** No more than 3 consecutive weeks over 48 h. */
    public static Constraint consecutiveHeavyWeeks(ConstraintFactory factory) {
        return RosterStreams.workerWeeks(factory)
                .filter(VariableRegimeConstraints::isHeavy)
                .groupBy(WorkerWeek::worker, ConstraintCollectors.toConsecutiveSequences(WorkerWeek::weekIndex))
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .filter((worker, run) -> run.getLength() > run.getFirstItem().settings().getVariableMaxConsecutiveHeavyWeeks())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (worker, run) ->
                        run.getLength() - run.getFirstItem().settings().getVariableMaxConsecutiveHeavyWeeks())
                .justifyWith((worker, run, score) -> {
                    PlanCalendar calendar = run.getFirstItem().firstDay().first().getCalendar();
                    return new RuleBreak(CONSECUTIVE_HEAVY_WEEKS, worker, null,
                            calendar.weekStartOf(run.getFirstItem().weekIndex()),
                            calendar.weekStartOf(run.getLastItem().weekIndex()).plusDays(6), run.getLength(),
                            run.getFirstItem().settings().getVariableMaxConsecutiveHeavyWeeks(), Unit.WEEKS);
                })
                .asConstraint(CONSECUTIVE_HEAVY_WEEKS);
    }

    /** In each 3-month block counted from the plan start, at most 3 weeks over 48 h start. */
    public static Constraint heavyWeeksPerQuarter(ConstraintFactory factory) {
        return RosterStreams.workerWeeks(factory)
                .filter(VariableRegimeConstraints::isHeavy)
                .groupBy(WorkerWeek::worker, VariableRegimeConstraints::quarterOfWeekStart, ConstraintCollectors.toList())
                .filter((worker, quarter, weeks) -> weeks.size() > weeks.get(0).settings().getVariableMaxHeavyWeeksPerQuarter())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (worker, quarter, weeks) ->
                        weeks.size() - weeks.get(0).settings().getVariableMaxHeavyWeeksPerQuarter())
                .justifyWith((worker, quarter, weeks, score) -> {
                    PlanCalendar calendar = weeks.get(0).firstDay().first().getCalendar();
                    LocalDate from = calendar.monthOf(quarter * 3).atDay(1);
                    return new RuleBreak(HEAVY_WEEKS_PER_QUARTER, worker, null, from, from.plusMonths(3).minusDays(1),
                            weeks.size(), weeks.get(0).settings().getVariableMaxHeavyWeeksPerQuarter(), Unit.WEEKS);
                })
                .asConstraint(HEAVY_WEEKS_PER_QUARTER);
    }

    /** The block a week belongs to is the block of its start; a week begun before the plan counts from the plan start. */
    static int quarterOfWeekStart(WorkerWeek week) {
        PlanCalendar calendar = week.firstDay().first().getCalendar();
        LocalDate start = calendar.weekStartOf(week.weekIndex());
        return calendar.quarterIndex(start.isBefore(calendar.getFrom()) ? calendar.getFrom() : start);
    }

    /** At most 6 consecutive working days; 12 when the whole run lies in a designated busy period (特定期間). */
    public static Constraint consecutiveWorkDays(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                // a day of only §41-exempt work is outside §32-4
                .filter(day -> day.settings().isVariableRegime() && day.regulatedMinutes() > 0)
                .groupBy(WorkerDay::worker, ConstraintCollectors.toConsecutiveSequences(WorkerDay::dayIndex))
                .flattenLast(chain -> chain.getConsecutiveSequences())
                .filter((worker, run) -> run.getLength() > consecutiveLimit(run))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (worker, run) -> run.getLength() - consecutiveLimit(run))
                .justifyWith((worker, run, score) -> new RuleBreak(CONSECUTIVE_WORK_DAYS, worker, null,
                        run.getFirstItem().date(), run.getLastItem().date(), run.getLength(), consecutiveLimit(run), Unit.DAYS))
                .asConstraint(CONSECUTIVE_WORK_DAYS);
    }

    static int consecutiveLimit(Sequence<WorkerDay, Integer> run) {
        CooperativeSettings settings = run.getFirstItem().settings();
        boolean allBusy = settings.isInBusyPeriod(run.getFirstItem().date()) && settings.isInBusyPeriod(run.getLastItem().date())
                && settings.getVariableBusyPeriods().stream().anyMatch(range ->
                        range.contains(run.getFirstItem().date()) && range.contains(run.getLastItem().date()));
        return allBusy ? settings.getVariableBusyPeriodMaxConsecutiveWorkDays() : settings.getVariableMaxConsecutiveWorkDays();
    }

    /** Scheduled hours over the period ≤ 40 h × calendar days ÷ 7 (the average week of 40 h). */
    public static Constraint totalHours(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.settings().isVariableRegime())
                .groupBy(day -> new WorkerPeriod(day.worker(), 0, day.first().getCalendar()),
                        ConstraintCollectors.sumLong(WorkerDay::regulatedMinutes))
                .filter((plan, minutes) -> minutes > totalLimit(plan.calendar()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (plan, minutes) -> minutes - totalLimit(plan.calendar()))
                .justifyWith((plan, minutes, score) -> new RuleBreak(TOTAL_HOURS, plan.worker(), null,
                        plan.calendar().getFrom(), plan.calendar().getTo(), minutes, totalLimit(plan.calendar()),
                        Unit.MINUTES))
                .asConstraint(TOTAL_HOURS);
    }

    static long totalLimit(PlanCalendar calendar) {
        return 40L * 60 * calendar.getDayCount() / 7;
    }
}
