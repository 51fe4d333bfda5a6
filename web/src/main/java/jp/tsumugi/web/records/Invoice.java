package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * A member's monthly invoice for the cooperative's dispatch (利用料金): hours × the fee per hour, consumption tax
 * rounded down to the yen, as an 適格請求書 when the cooperative has a registration number. The hours are the actual
 * ones once the member has submitted the month's actuals, else the planned ones; {@code basis} says which.
 *
 * @param plannedMinutes the month's planned minutes at the member, whatever the basis
 * @param actualSubmittedAt when the member submitted the month's actuals; null on a planned basis
 */
record Invoice(RecordRoster.Origin origin, YearMonth month, LocalDate issuedOn, String issuerName,
        String issuerAddress, String issuerPhone, String registrationNumber, String paymentNote, String memberCode,
        String memberName, long feePerHourYen, List<Line> lines, long totalMinutes, long subtotalYen, int taxPercent,
        long taxYen, long totalYen, Basis basis, long plannedMinutes, java.time.OffsetDateTime actualSubmittedAt) {

    /** Which hours an invoice charges. */
    enum Basis { PLANNED, ACTUAL }

    public boolean actual() {
        return basis == Basis.ACTUAL;
    }

    public double plannedHours() {
        return plannedMinutes / 60.0;
    }

    /** When the actuals were submitted, in Japan's time. */
    public java.time.LocalDateTime actualSubmittedAtInJapan() {
        return actualSubmittedAt == null ? null
                : actualSubmittedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo")).toLocalDateTime();
    }

    /** One worker-shift at the member. */
    record Line(LocalDate date, String workerName, String siteName, LocalTime start, LocalTime end, int breakMinutes,
            int minutes, long amountYen) {

        public double hours() {
            return minutes / 60.0;
        }
    }

    public double totalHours() {
        return totalMinutes / 60.0;
    }

    /** Fee of some minutes at an hourly fee, rounded down to the yen. */
    static long fee(long minutes, long feePerHourYen) {
        return Math.floorDiv(minutes * feePerHourYen, 60);
    }

    /** Consumption tax, rounded down to the yen (端数切り捨て, once per invoice and rate). */
    static long tax(long subtotalYen, int percent) {
        return Math.floorDiv(subtotalYen * percent, 100);
    }
}
