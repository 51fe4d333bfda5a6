package jp.tsumugi.solver.domain;

import jp.tsumugi.solver.TestData;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemandPatternTest {
    private final TestData data = new TestData();

    @Test
    void expandsToChosenWeekdaysInsideTheWindowSkippingHolidays() {
        DemandPattern pattern = new DemandPattern("sake", data.site, data.job,
                new DateRange(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 30)),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), LocalTime.of(5, 0), LocalTime.of(14, 0), 60, 2, 1, 3,
                null, true, List.of());
        List<Cover> covers = pattern.expand(data.calendar(), Set.of(LocalDate.of(2027, 3, 22)));
        // March 2027: Mondays 1, 8, 15, (22 holiday), 29 and Wednesdays 3, 10, 17, 24, 31; April is outside FY2026.
        assertThat(covers).extracting(Cover::getDate).containsExactly(
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 24),
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 31));
        Cover first = covers.get(0);
        assertThat(first.getNetMinutes()).isEqualTo(480);
        assertThat(first.getNightMinutes()).isZero();
        assertThat(first.getUnfilledWeightPerHead()).isEqualTo(3 * 480);
        assertThat(first.getPatternId()).isEqualTo("sake");
        assertThat(first.createSlots()).hasSize(3);
    }

    @Test
    void nightMinutesCountBetweenTenAndFive() {
        DemandPattern early = new DemandPattern("steam", data.site, data.job,
                new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1)), null,
                LocalTime.of(4, 0), LocalTime.of(12, 0), 30, 1, 0, 1, null, false, List.of());
        assertThat(early.expand(data.calendar(), Set.of()).get(0).getNightMinutes()).isEqualTo(60);
        DemandPattern overnight = new DemandPattern("night", data.site, data.job,
                new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1)), null,
                LocalTime.of(21, 0), LocalTime.of(6, 0), 60, 1, 0, 1, null, false, List.of());
        Cover cover = overnight.expand(data.calendar(), Set.of()).get(0);
        assertThat(cover.getNightMinutes()).isEqualTo(7 * 60);
        assertThat(cover.getEnd()).isEqualTo(LocalDate.of(2027, 2, 2).atTime(6, 0));
    }

    @Test
    void rejectsNegativeHeadcountAndEmptyPatterns() {
        DateRange range = new DateRange(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));
        assertThatThrownBy(() -> new DemandPattern("x", data.site, data.job, range, null, LocalTime.of(8, 0),
                LocalTime.of(17, 0), 60, -1, 0, 1, null, false, List.of())).hasMessageContaining("negative");
        assertThatThrownBy(() -> new DemandPattern("x", data.site, data.job, range, null, LocalTime.of(8, 0),
                LocalTime.of(17, 0), 60, 0, 0, 1, null, false, List.of())).hasMessageContaining("at least one head");
        assertThatThrownBy(() -> new DateRange(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .hasMessageContaining("before");
    }
}
