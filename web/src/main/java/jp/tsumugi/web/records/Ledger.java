package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * 派遣元管理台帳 (派遣法 §37) of one worker for one month: the worker's items, the items of each dispatch (member,
 * site, job type) and every working day with its planned times. Actual times are not held yet.
 */
record Ledger(RecordRoster.Origin origin, YearMonth month, String workerCode, String workerName,
        List<Field> workerFields, List<Dispatch> dispatches, List<Day> days, long plannedMinutes,
        long actualMinutes, boolean anyActual) {

    /** One destination of the month: a member's site and the job done there. */
    record Dispatch(String memberCode, String memberName, String siteName, List<Field> fields) {
    }

    /**
     * A day at a member: planned times from the roster, actual times as the member entered them (派遣先管理台帳);
     * a day the member recorded without a planned shift has no planned times.
     */
    record Day(LocalDate date, String memberName, String siteName, String jobTypeName, LocalTime start, LocalTime end,
            Integer breakMinutes, int plannedMinutes, LocalTime actualStart, LocalTime actualEnd,
            Integer actualBreakMinutes, Integer actualMinutes) {

        public boolean planned() {
            return start != null;
        }

        public boolean hasActual() {
            return actualStart != null;
        }
    }

    /** Net minutes from start to end less the break; an end at or before the start is on the next day. */
    static int netMinutes(LocalTime start, LocalTime end, int breakMinutes) {
        int span = end.toSecondOfDay() / 60 - start.toSecondOfDay() / 60;
        return (span <= 0 ? span + 24 * 60 : span) - breakMinutes;
    }

    public double actualHours() {
        return actualMinutes / 60.0;
    }

    public double plannedHours() {
        return plannedMinutes / 60.0;
    }
}
