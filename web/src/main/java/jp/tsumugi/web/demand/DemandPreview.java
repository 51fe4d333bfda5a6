package jp.tsumugi.web.demand;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The slots a pattern expands to, for the form's preview: every date from–to (clipped to the planning year) on the
 * chosen weekdays (none: every day), less the cooperative's holidays when the pattern skips them.
 *
 * @param dates the working dates
 * @param skippedHolidays dates on the chosen weekdays that are left out because they are holidays
 * @param clipped true when from–to reaches outside the planning year
 */
public record DemandPreview(List<LocalDate> dates, List<LocalDate> skippedHolidays, int required, int optional,
        long requiredMinutes, boolean clipped) {

    public static final int FIRST_DATES = 10;

    public static DemandPreview of(LocalDate from, LocalDate to, Collection<DayOfWeek> weekdays, boolean skipHolidays,
            Set<LocalDate> holidays, LocalDate planFrom, LocalDate planTo, LocalTime start, LocalTime end,
            int breakMinutes, int required, int optional) {
        LocalDate first = planFrom != null && from.isBefore(planFrom) ? planFrom : from;
        LocalDate last = planTo != null && to.isAfter(planTo) ? planTo : to;
        List<LocalDate> dates = new ArrayList<>();
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (weekdays != null && !weekdays.isEmpty() && !weekdays.contains(day.getDayOfWeek())) {
                continue;
            }
            if (skipHolidays && holidays.contains(day)) {
                skipped.add(day);
            } else {
                dates.add(day);
            }
        }
        long paidMinutes = Math.max(0, Duration.between(start, end).toMinutes() - breakMinutes);
        return new DemandPreview(dates, skipped, required, optional, paidMinutes * required * dates.size(),
                !first.equals(from) || !last.equals(to));
    }

    public int days() {
        return dates.size();
    }

    public long requiredSlots() {
        return (long) required * dates.size();
    }

    public long optionalSlots() {
        return (long) optional * dates.size();
    }

    /** Hours with up to two decimals, as a page shows them. */
    public String requiredHours() {
        return java.math.BigDecimal.valueOf(requiredMinutes)
                .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    public List<LocalDate> firstDates() {
        return dates.subList(0, Math.min(FIRST_DATES, dates.size()));
    }

    public boolean hasMoreDates() {
        return dates.size() > FIRST_DATES;
    }
}
