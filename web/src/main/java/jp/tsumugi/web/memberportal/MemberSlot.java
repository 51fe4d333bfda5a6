package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One slot of the member's own demand in a plan, as the member sees it.
 *
 * @param slotKey the slot's name ({@code pattern@date#n}); the pattern is the member's own
 * @param worker the §35 items of the worker on it, or null when unfilled
 * @param workerCode internal: matches actuals to the worker; never shown
 */
public record MemberSlot(String slotKey, LocalDate date, LocalTime start, LocalTime end, int breakMinutes,
        int netMinutes, String siteName, String jobTypeName, boolean required, NoticeItems worker,
        String workerCode) {

    public boolean filled() {
        return worker != null;
    }

    /** The code of the slot's pattern (the part of {@code pattern@date#n} before the date). */
    public String patternCode() {
        return slotKey.substring(0, slotKey.lastIndexOf('@', slotKey.lastIndexOf('#')));
    }
}
