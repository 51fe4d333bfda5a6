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
        List<Field> workerFields, List<Dispatch> dispatches, List<Day> days, long plannedMinutes) {

    /** One destination of the month: a member's site and the job done there. */
    record Dispatch(String memberCode, String memberName, String siteName, List<Field> fields) {
    }

    record Day(LocalDate date, String memberName, String siteName, String jobTypeName, LocalTime start, LocalTime end,
            int breakMinutes, int plannedMinutes) {
    }

    public double plannedHours() {
        return plannedMinutes / 60.0;
    }
}
