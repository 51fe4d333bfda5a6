package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pay tagging (労基法 §37): night minutes, overtime and statutory-holiday work per worker per month, and unfilled demand. */
class RosterSummaryTest {

    @Test
    void tagsNightOvertimeAndHolidayMinutesAndCountsUnfilledDemand() {
        TestData data = new TestData();
        data.settings.withStandardDailyMaxMinutes(10 * 60).withStandardWeeklyMaxMinutes(60 * 60);
        Worker brewer = data.worker("brewer").withLegalRestDay(DayOfWeek.SUNDAY);
        List<Slot> slots = new ArrayList<>();
        // Week from Sunday 2027-01-31: Sunday 4 h (holiday work), Mon–Fri 04:00–14:00 with 60 min break (9 h, 1 h night each).
        slots.add(data.slot(brewer, LocalDate.of(2027, 1, 31), "08:00", "12:00", 0));
        for (int d = 1; d <= 5; d++) {
            slots.add(data.slot(brewer, LocalDate.of(2027, 1, 31).plusDays(d), "04:00", "14:00", 60));
        }
        Cover unfilledCover = data.cover(LocalDate.of(2027, 2, 6), "08:00", "17:00", 60);
        slots.addAll(unfilledCover.createSlots());
        Roster roster = data.roster(slots);
        RosterSummary summary = new RosterSolver().summarize(roster);

        var january = summary.workerMonths().get(brewer).get(YearMonth.of(2027, 1));
        var february = summary.workerMonths().get(brewer).get(YearMonth.of(2027, 2));
        assertThat(january.holidayMinutes()).isEqualTo(240);
        assertThat(january.workMinutes()).isEqualTo(240);
        assertThat(february.workMinutes()).isEqualTo(5 * 540);
        assertThat(february.nightMinutes()).isEqualTo(5 * 60);
        // Daily overtime 60 min × 5; the week's capped hours are 5 × 8 h = 40 h, so no weekly overtime on top.
        assertThat(february.overtimeMinutes()).isEqualTo(300);
        assertThat(summary.unfilledRequiredMinutes()).isEqualTo(480);
        assertThat(summary.unfilledMinutes(data.member)).isEqualTo(480);
        assertThat(summary.assignedMinutes()).isEqualTo(240 + 5 * 540);
        assertThat(summary.feeRevenueYen()).isEqualTo((240 + 5 * 540) * 1100L / 60);
    }
}
