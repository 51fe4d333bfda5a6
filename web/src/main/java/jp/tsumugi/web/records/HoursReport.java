package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A worker's month: per day the scheduled work and the actual work the members recorded (summed over all members,
 * 労基法 §38); overtime, night and statutory holiday minutes counted on the actual times where a member recorded them,
 * else on the scheduled ones; the month against the 36協定 limits; paid leave taken against the 5-day duty (§39(7)).
 *
 * @param workMinutes the scheduled minutes of the month
 * @param actualMinutes the recorded minutes of the month
 * @param countedMinutes what overtime is counted on: actual where recorded, else scheduled
 */
record HoursReport(RecordRoster.Origin origin, YearMonth month, String workerCode, String workerName,
        List<Day> days, long workMinutes, long overtimeMinutes, long nightMinutes, long holidayMinutes,
        List<Limit> limits, PaidLeave paidLeave, long actualMinutes, long countedMinutes, boolean anyActual) {

    /**
     * One calendar day; a day without work has zero minutes and no times. Times and places are the scheduled ones;
     * {@code actualMinutes} is null when no member recorded the day, and the day's overtime, night and holiday minutes
     * are counted on the actual times of the members that did ({@code fromActual}).
     */
    record Day(LocalDate date, String places, LocalTime start, LocalTime end, int breakMinutes, int workMinutes,
            int overtimeMinutes, int nightMinutes, int holidayMinutes, boolean paidLeave, Integer actualMinutes,
            boolean fromActual) {

        public boolean worked() {
            return workMinutes > 0 || actualMinutes != null;
        }

        public boolean scheduled() {
            return workMinutes > 0;
        }
    }

    public double actualHours() {
        return actualMinutes / 60.0;
    }

    public double countedHours() {
        return countedMinutes / 60.0;
    }

    enum Level { OK, WARNING, OVER }

    /**
     * A figure against one limit of the 36協定.
     *
     * @param strict the limit must stay below, not reach ({@code < 100 h})
     */
    record Limit(String labelKey, long minutes, long limitMinutes, boolean strict) {

        /** From this share of a limit on, the report warns. */
        static final double WARNING_SHARE = 0.8;

        public Level level() {
            if (strict ? minutes >= limitMinutes : minutes > limitMinutes) {
                return Level.OVER;
            }
            return minutes >= WARNING_SHARE * limitMinutes ? Level.WARNING : Level.OK;
        }

        public double hours() {
            return minutes / 60.0;
        }

        public double limitHours() {
            return limitMinutes / 60.0;
        }
    }

    /**
     * Paid leave in the leave year that contains the month (from the grant date: hire date + 6 months, then yearly).
     *
     * @param yearFrom {@code null} when the hire date is not recorded or no leave has been granted yet
     * @param takenDays whole days and half days (a leave entry with times) in the leave year, taken or planned
     */
    record PaidLeave(LocalDate yearFrom, LocalDate yearTo, Integer grantedDays, double takenDays) {

        static final int DUTY_DAYS = 5;
        static final int DUTY_FROM_GRANTED = 10;

        public boolean dutyApplies() {
            return yearFrom != null && grantedDays != null && grantedDays >= DUTY_FROM_GRANTED;
        }

        public boolean dutyMet() {
            return takenDays >= DUTY_DAYS;
        }

        public double missingDays() {
            return Math.max(0, DUTY_DAYS - takenDays);
        }
    }

    public double workHours() {
        return workMinutes / 60.0;
    }

    public boolean anyWarning() {
        return limits.stream().anyMatch(limit -> limit.level() != Level.OK);
    }
}
