package jp.tsumugi.solver.score;

import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Worker;

/** A worker's overtime and statutory-holiday work in one calendar month of the plan (36協定). */
public record MonthWork(Worker worker, int monthIndex, int yearIndex, PlanCalendar calendar, int overtimeMinutes,
        int holidayMinutes) {

    public int overtimeAndHolidayMinutes() {
        return overtimeMinutes + holidayMinutes;
    }

    /** Grouping key: the same worker, month and calendar. */
    public record Key(Worker worker, int monthIndex, int yearIndex, PlanCalendar calendar) {
    }

    /** Grouping key for a 36協定 year. */
    public record YearKey(Worker worker, int yearIndex, PlanCalendar calendar) {
    }

    public YearKey yearKey() {
        return new YearKey(worker, yearIndex, calendar);
    }
}
