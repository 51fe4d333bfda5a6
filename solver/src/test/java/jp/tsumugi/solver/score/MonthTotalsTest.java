package jp.tsumugi.solver.score;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.LegalConstraints.WindowExcess;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LegalConstraints.MonthTotals}, the collector behind legal.average-overtime-holiday-limit, as the local search
 * uses it: months come and go (each add returns its undo), and the windows must always be those of the months present.
 * The ConstraintVerifier tests only ever add. Default window FY2026 (April 2026 is month 0), limit 80 h = 4800 min.
 */
class MonthTotalsTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final PlanCalendar calendar = data.calendar();

    private MonthWork month(int monthIndex, int overtime, int holiday) {
        return new MonthWork(yamada, monthIndex, 0, calendar, overtime, holiday);
    }

    @Test
    void aWindowAppearsAtOneMinuteAboveItsLimitAndGoesWithTheMonthThatCausedIt() {
        LegalConstraints.MonthTotals totals = new LegalConstraints.MonthTotals();
        totals.add(month(3, 4800, 0)); // July
        Runnable august = totals.add(month(4, 4000, 801)); // August 4801
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(JULY.atDay(1), AUGUST.atEndOfMonth(), 9601, 9600));
        august.run();
        assertThat(totals.windowExcesses()).isEmpty();
        totals.add(month(4, 4800, 0)); // exactly 80 h on average
        assertThat(totals.windowExcesses()).isEmpty();
    }

    @Test
    void undoingAMonthKeepsTheOthersSums() {
        LegalConstraints.MonthTotals totals = new LegalConstraints.MonthTotals();
        totals.add(month(3, 5900, 0));
        Runnable august = totals.add(month(4, 3600, 0));
        totals.add(month(5, 5900, 0));
        // 2-month windows 9500 ≤ 9600; July .. September 15400 > 14400
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(JULY.atDay(1), SEPTEMBER.atEndOfMonth(), 15400, 14400));
        august.run();
        totals.add(month(4, 3700, 0));
        // July + August 9600 (not above), August + September 9600, July .. September 15500
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(JULY.atDay(1), SEPTEMBER.atEndOfMonth(), 15500, 14400));
        totals.add(month(4, 1, 0)); // a second share of August (another week): 3701
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(JULY.atDay(1), AUGUST.atEndOfMonth(), 9601, 9600),
                new WindowExcess(AUGUST.atDay(1), SEPTEMBER.atEndOfMonth(), 9601, 9600),
                new WindowExcess(JULY.atDay(1), SEPTEMBER.atEndOfMonth(), 15501, 14400));
    }

    @Test
    void theWindowsAreThoseOfTheMonthsPresentWhateverTheOrderOfUndo() {
        LegalConstraints.MonthTotals totals = new LegalConstraints.MonthTotals();
        Runnable july = totals.add(month(3, 4800, 0));
        Runnable august = totals.add(month(4, 4801, 0));
        Runnable september = totals.add(month(5, 4800, 0));
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(JULY.atDay(1), AUGUST.atEndOfMonth(), 9601, 9600),
                new WindowExcess(AUGUST.atDay(1), SEPTEMBER.atEndOfMonth(), 9601, 9600),
                new WindowExcess(JULY.atDay(1), SEPTEMBER.atEndOfMonth(), 14401, 14400));
        july.run();
        assertThat(totals.windowExcesses()).containsExactly(
                new WindowExcess(AUGUST.atDay(1), SEPTEMBER.atEndOfMonth(), 9601, 9600));
        september.run();
        august.run();
        assertThat(totals.windowExcesses()).isEmpty();
    }
}
