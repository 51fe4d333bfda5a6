package jp.tsumugi.web.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemandPreviewTest {

    private static final LocalDate YEAR_FROM = LocalDate.of(2026, 4, 1);

    private static final LocalDate YEAR_TO = LocalDate.of(2027, 3, 31);

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** 2026-07-13 (Mon) to 07-26 (Sun): ten weekdays, one of them 海の日 (07-20). */
    @Test
    void twoWeeksMondayToFridayLessOneHoliday() {
        DemandPreview preview = DemandPreview.of(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 26), WEEKDAYS, true,
                Set.of(LocalDate.of(2026, 7, 20)), YEAR_FROM, YEAR_TO, LocalTime.of(8, 0), LocalTime.of(17, 0), 60,
                2, 1);

        assertThat(preview.days()).isEqualTo(9);
        assertThat(preview.skippedHolidays()).containsExactly(LocalDate.of(2026, 7, 20));
        assertThat(preview.requiredSlots()).isEqualTo(18);
        assertThat(preview.optionalSlots()).isEqualTo(9);
        assertThat(preview.requiredMinutes()).isEqualTo(8 * 60 * 2 * 9);
        assertThat(preview.requiredHours()).isEqualTo("144");
        assertThat(preview.firstDates()).hasSize(9).startsWith(LocalDate.of(2026, 7, 13));
        assertThat(preview.clipped()).isFalse();
    }

    @Test
    void holidaysCountWhenNotSkippedAndNoWeekdayMeansEveryDay() {
        DemandPreview preview = DemandPreview.of(LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 26), List.of(),
                false, Set.of(LocalDate.of(2026, 7, 20)), YEAR_FROM, YEAR_TO, LocalTime.of(8, 0),
                LocalTime.of(12, 30), 0, 1, 0);

        assertThat(preview.days()).isEqualTo(14);
        assertThat(preview.skippedHolidays()).isEmpty();
        assertThat(preview.requiredHours()).isEqualTo("63");
        assertThat(preview.firstDates()).hasSize(DemandPreview.FIRST_DATES);
        assertThat(preview.hasMoreDates()).isTrue();
    }

    @Test
    void datesAreClippedToThePlanningYear() {
        DemandPreview preview = DemandPreview.of(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 5), List.of(),
                true, Set.of(), YEAR_FROM, YEAR_TO, LocalTime.of(8, 0), LocalTime.of(9, 0), 0, 1, 0);

        assertThat(preview.dates()).containsExactly(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 30),
                LocalDate.of(2027, 3, 31));
        assertThat(preview.clipped()).isTrue();
    }
}
