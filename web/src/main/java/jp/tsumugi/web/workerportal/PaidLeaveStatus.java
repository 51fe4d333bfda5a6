package jp.tsumugi.web.workerportal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;

/**
 * A worker's paid leave (年次有給休暇, LSA §39) in the current leave year: the days granted, the approved days taken
 * so far and still to come, the balance, and the employer's duty to see 5 days actually taken within the year when 10
 * or more are granted (§39-7). The leave year starts on the grant date, 6 months after hiring and every year after;
 * without a hiring date it is the fiscal year from 1 April.
 *
 * @param granted null when the secretariat has not recorded it
 * @param balance null when {@code granted} is null
 */
record PaidLeaveStatus(Integer granted, LocalDate yearStart, LocalDate yearEnd, int taken, int planned,
        Integer balance, boolean dutyApplies, int dutyRemaining) {

    static final int DUTY_DAYS = 5;

    static final int DUTY_THRESHOLD = 10;

    public boolean dutyMet() {
        return dutyApplies && dutyRemaining == 0;
    }

    /**
     * @param granted      the days granted for the current leave year, or null
     * @param hiredOn      the hiring date, or null
     * @param paidLeaveDays the dates of approved paid leave of the worker (any year)
     */
    static PaidLeaveStatus of(Integer granted, LocalDate hiredOn, Collection<LocalDate> paidLeaveDays,
            LocalDate today) {
        LocalDate start = yearStart(hiredOn, today);
        LocalDate end = start.plusYears(1).minusDays(1);
        int taken = 0;
        int planned = 0;
        for (LocalDate day : paidLeaveDays) {
            if (day.isBefore(start) || day.isAfter(end)) {
                continue;
            }
            if (day.isAfter(today)) {
                planned++;
            } else {
                taken++;
            }
        }
        Integer balance = granted == null ? null : granted - taken - planned;
        boolean duty = granted != null && granted >= DUTY_THRESHOLD;
        int remaining = duty ? Math.max(0, DUTY_DAYS - taken - planned) : 0;
        return new PaidLeaveStatus(granted, start, end, taken, planned, balance, duty, remaining);
    }

    static LocalDate yearStart(LocalDate hiredOn, LocalDate today) {
        if (hiredOn == null || today.isBefore(hiredOn.plusMonths(6))) {
            LocalDate april = MonthDay.of(4, 1).atYear(today.getYear());
            return today.isBefore(april) ? april.minusYears(1) : april;
        }
        LocalDate grant = hiredOn.plusMonths(6);
        while (!grant.plusYears(1).isAfter(today)) {
            grant = grant.plusYears(1);
        }
        return grant;
    }
}
