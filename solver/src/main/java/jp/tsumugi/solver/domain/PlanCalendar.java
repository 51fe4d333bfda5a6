package jp.tsumugi.solver.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The planning window (any date range; default one Japanese fiscal year) and the cooperative settings, with the index
 * arithmetic every constraint shares: day, week (from the coop's week start), month, 36協定 year and 3-month block.
 * Indexes are relative to the window so that constraints compare ints, not dates.
 */
public final class PlanCalendar {
    private final DateRange window;
    private final CooperativeSettings settings;
    private final LocalDate firstWeekStart;
    private final YearMonth firstMonth;
    private final LocalDateTime epoch;

    public PlanCalendar(DateRange window, CooperativeSettings settings) {
        this.window = Objects.requireNonNull(window, "window");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.firstWeekStart = window.from().with(TemporalAdjusters.previousOrSame(settings.getWeekStart()));
        this.firstMonth = YearMonth.from(window.from());
        this.epoch = window.from().atStartOfDay();
    }

    public static PlanCalendar fiscalYear(int fiscalYear, CooperativeSettings settings) {
        LocalDate from = LocalDate.of(fiscalYear, settings.getFiscalYearStartMonth(), 1);
        return new PlanCalendar(new DateRange(from, from.plusYears(1).minusDays(1)), settings);
    }

    public DateRange getWindow() { return window; }
    public CooperativeSettings getSettings() { return settings; }
    public LocalDate getFrom() { return window.from(); }
    public LocalDate getTo() { return window.to(); }
    public int getDayCount() { return window.days(); }

    public int dayIndex(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(window.from(), date);
    }

    public LocalDate dateOf(int dayIndex) {
        return window.from().plusDays(dayIndex);
    }

    public int weekIndex(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstWeekStart, date), 7);
    }

    public LocalDate weekStartOf(int weekIndex) {
        return firstWeekStart.plusWeeks(weekIndex);
    }

    public int monthIndex(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(firstMonth, YearMonth.from(date));
    }

    public YearMonth monthOf(int monthIndex) {
        return firstMonth.plusMonths(monthIndex);
    }

    /** Index of the 36協定 year (the fiscal year) relative to the window's first fiscal year. */
    public int yearIndex(LocalDate date) {
        return fiscalYearOf(date) - fiscalYearOf(window.from());
    }

    public int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= settings.getFiscalYearStartMonth() ? date.getYear() : date.getYear() - 1;
    }

    /** 3-month blocks counted from the window start (変形労働時間制: heavy weeks per 3 months). */
    public int quarterIndex(LocalDate date) {
        return Math.floorDiv(monthIndex(date), 3);
    }

    /** 4-week blocks counted from the window start (変形休日制). */
    public int fourWeekIndex(LocalDate date) {
        return Math.floorDiv(dayIndex(date), 28);
    }

    /** Returned by {@link #weekendIndex} for a weekday. */
    public static final int NOT_A_WEEKEND = Integer.MIN_VALUE;

    /**
     * The weekend (Saturday + Sunday) a date belongs to, as the Saturday's day index (-1 for a Sunday on the window's
     * first day); {@link #NOT_A_WEEKEND} on weekdays.
     */
    public int weekendIndex(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY) {
            return dayIndex(date);
        }
        if (day == DayOfWeek.SUNDAY) {
            return dayIndex(date) - 1;
        }
        return NOT_A_WEEKEND;
    }

    /** Minutes since the window's first midnight. */
    public long minuteOf(LocalDateTime time) {
        return ChronoUnit.MINUTES.between(epoch, time);
    }

    /** Days of the window inside a calendar month. */
    public int daysInWindow(YearMonth month) {
        LocalDate from = month.atDay(1).isBefore(window.from()) ? window.from() : month.atDay(1);
        LocalDate to = month.atEndOfMonth().isAfter(window.to()) ? window.to() : month.atEndOfMonth();
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** Days of the window inside the 36協定 year with the given index. */
    public int daysInYear(int yearIndex) {
        LocalDate yearStart = LocalDate.of(fiscalYearOf(window.from()) + yearIndex, settings.getFiscalYearStartMonth(), 1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        LocalDate from = yearStart.isBefore(window.from()) ? window.from() : yearStart;
        LocalDate to = yearEnd.isAfter(window.to()) ? window.to() : yearEnd;
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public int monthCount() {
        return monthIndex(window.to()) + 1;
    }
}
