package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Working time under the Labour Standards Act, summed per worker across all members (労基法 §38; domain.md §6 B).
 * Hard; time rules penalise the minutes beyond the limit, day-count rules the days beyond it.
 */
public final class LegalConstraints {
    public static final String DAILY_HOURS = "legal.daily-hours";
    public static final String WEEKLY_HOURS = "legal.weekly-hours";
    public static final String BREAKS = "legal.breaks";
    public static final String WEEKLY_REST_DAY = "legal.weekly-rest-day";
    public static final String FOUR_WEEK_REST_DAYS = "legal.four-week-rest-days";
    public static final String MONTHLY_OVERTIME_CAP = "legal.monthly-overtime-cap";
    public static final String ANNUAL_OVERTIME_CAP = "legal.annual-overtime-cap";
    public static final String SPECIAL_CLAUSE_MONTHS = "legal.special-clause-months";
    public static final String MONTHLY_OVERTIME_HOLIDAY_LIMIT = "legal.monthly-overtime-holiday-limit";
    public static final String AVERAGE_OVERTIME_HOLIDAY_LIMIT = "legal.average-overtime-holiday-limit";
    public static final String REST_INTERVAL_BELOW_TARGET = "rest.interval-below-target";
    public static final String REST_INTERVAL_BELOW_MINIMUM = "rest.interval-below-minimum";

    private LegalConstraints() {
    }

    /** 労基法 §32 (8 h) or §32-4 (10 h), or the coop's own cap, on the day's combined regulated work. */
    public static Constraint dailyHours(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.regulatedMinutes() > day.settings().getDailyMaxMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        day -> day.regulatedMinutes() - day.settings().getDailyMaxMinutes())
                .justifyWith((day, score) -> RuleBreak.ofDay(DAILY_HOURS, day.worker(), day.singleMember(), day.date(),
                        day.regulatedMinutes(), day.settings().getDailyMaxMinutes(), Unit.MINUTES))
                .asConstraint(DAILY_HOURS);
    }

    /** 40 h (52 h under the variable regime) per week from the coop's week start. */
    public static Constraint weeklyHours(ConstraintFactory factory) {
        return RosterStreams.workerWeeks(factory)
                .filter(week -> week.regulatedMinutes() > week.settings().getWeeklyMaxMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        week -> week.regulatedMinutes() - week.settings().getWeeklyMaxMinutes())
                .justifyWith((week, score) -> weekBreak(WEEKLY_HOURS, week, week.regulatedMinutes(),
                        week.settings().getWeeklyMaxMinutes(), Unit.MINUTES))
                .asConstraint(WEEKLY_HOURS);
    }

    private static RuleBreak weekBreak(String rule, WorkerWeek week, long actual, long limit, Unit unit) {
        PlanCalendar calendar = week.firstDay().first().getCalendar();
        return new RuleBreak(rule, week.worker(), null, calendar.weekStartOf(week.weekIndex()),
                calendar.weekStartOf(week.weekIndex()).plusDays(6), actual, limit, unit);
    }

    /** 労基法 §34: more than 6 h of work needs 45 min of break, more than 8 h needs 60 min, on the combined day. */
    public static Constraint breaks(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.missingBreakMinutes() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, WorkerDay::missingBreakMinutes)
                .justifyWith((day, score) -> RuleBreak.ofDay(BREAKS, day.worker(), day.singleMember(), day.date(),
                        day.breakMinutes(), day.requiredBreakMinutes(), Unit.MINUTES))
                .asConstraint(BREAKS);
    }

    /** 労基法 §35: at least one day off in every week (weeks from the coop's week start). */
    public static Constraint weeklyRestDay(ConstraintFactory factory) {
        return RosterStreams.workerWeeks(factory)
                .filter(week -> week.settings().getRestDayRule() == RestDayRule.WEEKLY && week.workDays() > 6)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, week -> week.workDays() - 6)
                .justifyWith((week, score) -> weekBreak(WEEKLY_REST_DAY, week, week.workDays(), 6, Unit.DAYS))
                .asConstraint(WEEKLY_REST_DAY);
    }

    /**
     * 労基法 §35(2) 変形休日制: at least four days off in every 4-week block counted from the plan start. A block cut short
     * by the end of the plan is not checked: its days off fall into the next plan.
     */
    public static Constraint fourWeekRestDays(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.settings().getRestDayRule() == RestDayRule.FOUR_IN_FOUR_WEEKS
                        && day.regulatedMinutes() > 0) // a day of only §41-exempt work needs no rest day
                .groupBy(day -> new WorkerPeriod(day.worker(), day.fourWeekIndex(), day.first().getCalendar()),
                        ConstraintCollectors.count())
                .filter((block, days) -> isFullBlock(block) && days > 24)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (block, days) -> days - 24L)
                .justifyWith((block, days, score) -> new RuleBreak(FOUR_WEEK_REST_DAYS, block.worker(), null,
                        block.calendar().dateOf(block.index() * 28), block.calendar().dateOf(block.index() * 28 + 27),
                        days, 24, Unit.DAYS))
                .asConstraint(FOUR_WEEK_REST_DAYS);
    }

    private static boolean isFullBlock(WorkerPeriod block) {
        return (block.index() + 1) * 28 <= block.calendar().getDayCount();
    }

    /** 36協定: overtime (without holiday work) per month within 45 h (42 h variable), or the special clause's cap. */
    public static Constraint monthlyOvertimeCap(ConstraintFactory factory) {
        return RosterStreams.monthWork(factory)
                .filter(month -> month.overtimeMinutes() > settings(month).getMonthlyOvertimeCapMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        month -> month.overtimeMinutes() - settings(month).getMonthlyOvertimeCapMinutes())
                .justifyWith((month, score) -> monthBreak(MONTHLY_OVERTIME_CAP, month, month.overtimeMinutes(),
                        settings(month).getMonthlyOvertimeCapMinutes()))
                .asConstraint(MONTHLY_OVERTIME_CAP);
    }

    private static CooperativeSettings settings(MonthWork month) {
        return month.calendar().getSettings();
    }

    private static RuleBreak monthBreak(String rule, MonthWork month, long actual, long limit) {
        var yearMonth = month.calendar().monthOf(month.monthIndex());
        return new RuleBreak(rule, month.worker(), null, yearMonth.atDay(1), yearMonth.atEndOfMonth(), actual, limit,
                Unit.MINUTES);
    }

    /** 36協定: overtime per 36協定 year (the fiscal year) within 360 h (320 h variable; special clause ≤ 720 h). */
    public static Constraint annualOvertimeCap(ConstraintFactory factory) {
        return RosterStreams.monthWork(factory)
                .groupBy(MonthWork::yearKey, ConstraintCollectors.sum(MonthWork::overtimeMinutes))
                .filter((year, overtime) -> overtime > year.calendar().getSettings().getAnnualOvertimeCapMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (year, overtime) -> overtime - year.calendar().getSettings().getAnnualOvertimeCapMinutes())
                .justifyWith((year, overtime, score) -> yearBreak(ANNUAL_OVERTIME_CAP, year, overtime,
                        year.calendar().getSettings().getAnnualOvertimeCapMinutes(), Unit.MINUTES))
                .asConstraint(ANNUAL_OVERTIME_CAP);
    }

    private static RuleBreak yearBreak(String rule, MonthWork.YearKey year, long actual, long limit, Unit unit) {
        PlanCalendar calendar = year.calendar();
        int fiscalYear = calendar.fiscalYearOf(calendar.getFrom()) + year.yearIndex();
        var from = java.time.LocalDate.of(fiscalYear, calendar.getSettings().getFiscalYearStartMonth(), 1);
        return new RuleBreak(rule, year.worker(), null, from, from.plusYears(1).minusDays(1), actual, limit, unit);
    }

    /** Special clause: months with overtime beyond the regular cap (45 h / 42 h) at most 6 times a year. */
    public static Constraint specialClauseMonths(ConstraintFactory factory) {
        return RosterStreams.monthWork(factory)
                .filter(month -> settings(month).hasSpecialClause()
                        && month.overtimeMinutes() > settings(month).getRegularMonthlyOvertimeCapMinutes())
                .groupBy(MonthWork::yearKey, ConstraintCollectors.count())
                .filter((year, months) -> months > year.calendar().getSettings().getSpecialMaxMonthsOverRegularCap())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (year, months) -> months - year.calendar().getSettings().getSpecialMaxMonthsOverRegularCap())
                .justifyWith((year, months, score) -> yearBreak(SPECIAL_CLAUSE_MONTHS, year, months,
                        year.calendar().getSettings().getSpecialMaxMonthsOverRegularCap(), Unit.COUNT))
                .asConstraint(SPECIAL_CLAUSE_MONTHS);
    }

    /** 労基法 §36(6): overtime plus holiday work strictly below 100 h in every month, special clause or not. */
    public static Constraint monthlyOvertimeHolidayLimit(ConstraintFactory factory) {
        return RosterStreams.monthWork(factory)
                .filter(month -> month.overtimeAndHolidayMinutes() >= settings(month).getOvertimeHolidayMonthlyLimitMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        month -> month.overtimeAndHolidayMinutes() - settings(month).getOvertimeHolidayMonthlyLimitMinutes() + 1L)
                .justifyWith((month, score) -> monthBreak(MONTHLY_OVERTIME_HOLIDAY_LIMIT, month,
                        month.overtimeAndHolidayMinutes(), settings(month).getOvertimeHolidayMonthlyLimitMinutes()))
                .asConstraint(MONTHLY_OVERTIME_HOLIDAY_LIMIT);
    }

    /**
     * 労基法 §36(6): overtime plus holiday work averaged over every window of 2, 3, 4, 5 and 6 consecutive months of the
     * plan must not exceed 80 h. Each window beyond it is penalised by its excess minutes.
     */
    public static Constraint averageOvertimeHolidayLimit(ConstraintFactory factory) {
        return RosterStreams.monthWork(factory)
                .groupBy(MonthWork::worker, MonthTotals.COLLECTOR)
                .flattenLast(WINDOWS)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (worker, window) -> window.excessMinutes())
                .justifyWith((worker, window, score) -> new RuleBreak(AVERAGE_OVERTIME_HOLIDAY_LIMIT, worker, null,
                        window.from(), window.to(), window.totalMinutes(), window.limitMinutes(), Unit.MINUTES))
                .asConstraint(AVERAGE_OVERTIME_HOLIDAY_LIMIT);
    }

    private static final java.util.function.Function<List<WindowExcess>, Iterable<WindowExcess>> WINDOWS = windows -> windows;

    /** A 2–6-month window whose overtime + holiday work exceeds the average limit times its months. */
    public record WindowExcess(java.time.LocalDate from, java.time.LocalDate to, long totalMinutes, long limitMinutes) {
        public long excessMinutes() {
            return totalMinutes - limitMinutes;
        }
    }

    /**
     * One worker's overtime + holiday minutes per month of the plan, kept as the months come and go (a sum per month
     * and their total) instead of a list of the worker's months that every change of one month copied and summed
     * again. One shared instance, so the rule's {@code groupBy} is one node.
     */
    static final class MonthTotals {
        static final Collector<MonthWork, MonthTotals, List<WindowExcess>> COLLECTOR =
                new Collector<>(MonthTotals::new, MonthTotals::add, MonthTotals::windowExcesses);

        private PlanCalendar calendar;
        private long[] byMonth;
        private long total;

        Runnable add(MonthWork month) {
            if (byMonth == null) {
                calendar = month.calendar();
                byMonth = new long[calendar.monthCount()];
            }
            int index = month.monthIndex();
            long minutes = month.overtimeAndHolidayMinutes();
            byMonth[index] += minutes;
            total += minutes;
            return () -> {
                byMonth[index] -= minutes;
                total -= minutes;
            };
        }

        /** The 2–6-month windows beyond the limit, from the sums as they are now. */
        List<WindowExcess> windowExcesses() {
            return LegalConstraints.windowExcesses(calendar, byMonth, total);
        }
    }

    /** The 2–6-month windows whose sum of {@code byMonth} exceeds the average limit times their months. */
    static List<WindowExcess> windowExcesses(PlanCalendar calendar, long[] byMonth, long total) {
        int monthCount = calendar.monthCount();
        long limit = calendar.getSettings().getOvertimeHolidayAverageLimitMinutes();
        if (total <= limit * 2) {
            return List.of(); // no window of two or more months can exceed its limit
        }
        List<WindowExcess> result = new ArrayList<>(0);
        for (int length = 2; length <= 6; length++) {
            long windowLimit = limit * length;
            for (int start = 0; start + length <= monthCount; start++) {
                long sum = 0;
                for (int m = start; m < start + length; m++) {
                    sum += byMonth[m];
                }
                if (sum > windowLimit) {
                    result.add(new WindowExcess(calendar.monthOf(start).atDay(1),
                            calendar.monthOf(start + length - 1).atEndOfMonth(), sum, windowLimit));
                }
            }
        }
        return result;
    }

    /** 勤務間インターバル (effort duty): soft, below the 11 h target each missing minute counts. */
    public static Constraint restIntervalBelowTarget(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> restGap(a, b) < a.settings().getRestIntervalTargetMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (a, b) -> a.settings().getRestIntervalTargetMinutes() - restGap(a, b))
                .justifyWith((a, b, score) -> new RuleBreak(REST_INTERVAL_BELOW_TARGET, a.worker(), null, a.date(), b.date(),
                        restGap(a, b), a.settings().getRestIntervalTargetMinutes(), Unit.MINUTES))
                .asConstraint(REST_INTERVAL_BELOW_TARGET);
    }

    /** Below the 9 h minimum the missing minutes weigh more (on top of the target penalty). */
    public static Constraint restIntervalBelowMinimum(ConstraintFactory factory) {
        return restPairs(factory)
                .filter((a, b) -> restGap(a, b) < a.settings().getRestIntervalMinimumMinutes())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(5),
                        (a, b) -> a.settings().getRestIntervalMinimumMinutes() - restGap(a, b))
                .justifyWith((a, b, score) -> new RuleBreak(REST_INTERVAL_BELOW_MINIMUM, a.worker(), null, a.date(), b.date(),
                        restGap(a, b), a.settings().getRestIntervalMinimumMinutes(), Unit.MINUTES))
                .asConstraint(REST_INTERVAL_BELOW_MINIMUM);
    }

    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<WorkerDay, WorkerDay> restPairs(
            ConstraintFactory factory) {
        return RosterStreams.consecutiveWorkerDays(factory);
    }

    static long restGap(WorkerDay earlier, WorkerDay later) {
        return later.firstStartMinute() - earlier.lastEndMinute();
    }

}
