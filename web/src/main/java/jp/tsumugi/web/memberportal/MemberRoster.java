package jp.tsumugi.web.memberportal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The member's own slots in the cooperative's latest plan.
 *
 * @param planName null when the cooperative has no plan yet
 * @param published whether a version of the plan has been published
 */
public record MemberRoster(String planName, boolean published, List<MemberSlot> slots, long feePerHourYen) {

    static MemberRoster none(long feePerHourYen) {
        return new MemberRoster(null, false, List.of(), feePerHourYen);
    }

    public boolean hasPlan() {
        return planName != null;
    }

    public List<MemberSlot> in(YearMonth month) {
        return slots.stream().filter(slot -> YearMonth.from(slot.date()).equals(month)).toList();
    }

    /** Paid minutes of the filled slots of the month. */
    public long plannedMinutes(YearMonth month) {
        return in(month).stream().filter(MemberSlot::filled).mapToLong(MemberSlot::netMinutes).sum();
    }

    public String plannedHours(YearMonth month) {
        return BigDecimal.valueOf(plannedMinutes(month)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** The month's fee estimate: planned hours × the cooperative's fee per hour, in whole yen. */
    public long feeEstimateYen(YearMonth month) {
        return BigDecimal.valueOf(plannedMinutes(month) * feePerHourYen)
                .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
    }

    public long unfilledRequired(YearMonth month) {
        return in(month).stream().filter(slot -> slot.required() && !slot.filled()).count();
    }

    /** Required slots from the given day on that nobody fills yet. */
    public long unfilledRequiredFrom(LocalDate day) {
        return slots.stream().filter(slot -> !slot.date().isBefore(day) && slot.required() && !slot.filled())
                .count();
    }
}
