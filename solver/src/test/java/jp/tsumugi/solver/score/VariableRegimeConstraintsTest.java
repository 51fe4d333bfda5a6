package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.test.api.score.stream.SingleConstraintAssertion;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;

/**
 * The extra limits of the 1-year variable working-hours system (労基法 §32-4), each tested on the penalised side with
 * the exact amount and one step inside its threshold. Default window FY2026 (2026-04-01 Wed .. 2027-03-31), weeks from
 * Sunday; the first 3-month block is April .. June.
 */
class VariableRegimeConstraintsTest {
    private static final LocalDate PLAN_START = LocalDate.of(2026, 4, 1);
    private static final LocalDate PLAN_END = LocalDate.of(2027, 3, 31);
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    /** Sundays starting the weeks used for heavy-week tests. */
    private static final LocalDate APR_5 = LocalDate.of(2026, 4, 5);
    private static final LocalDate APR_12 = LocalDate.of(2026, 4, 12);
    private static final LocalDate APR_19 = LocalDate.of(2026, 4, 19);
    private static final LocalDate APR_26 = LocalDate.of(2026, 4, 26);
    private static final LocalDate MAY_3 = LocalDate.of(2026, 5, 3);
    private static final LocalDate MAY_17 = LocalDate.of(2026, 5, 17);
    /** 48 h: a week must pass this to be heavy. */
    private static final int HEAVY = 48 * 60;

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final List<Slot> slots = new ArrayList<>();

    @BeforeEach
    void adoptTheVariableRegime() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
    }

    // ---------------------------------------------------------------- variable.working-days

    @Test
    void workingDaysPenalisesTheDayBeyondTwoHundredEightyInAYear() {
        eightHourDays(PLAN_START, 281); // 281 - 280 = 1
        var assertion = verify(VariableRegimeConstraints::workingDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.WORKING_DAYS, yamada, null, PLAN_START,
                PLAN_END, 281, 280, Unit.DAYS));
    }

    @Test
    void workingDaysAcceptsTwoHundredEightyDaysInAYear() {
        eightHourDays(PLAN_START, 280);
        verify(VariableRegimeConstraints::workingDays).penalizes(0);
    }

    @Test
    void workingDaysAreProRatedForAShorterPlan() {
        data.window(PLAN_START, LocalDate.of(2026, 6, 30)); // 91 days: 280 × 91 / 365 = 69.8 → 69
        eightHourDays(PLAN_START, 70); // 70 - 69 = 1
        var assertion = verify(VariableRegimeConstraints::workingDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.WORKING_DAYS, yamada, null, PLAN_START,
                LocalDate.of(2026, 6, 30), 70, 69, Unit.DAYS));
    }

    @Test
    void workingDaysProRatedAcceptSixtyNineDaysInNinetyOne() {
        data.window(PLAN_START, LocalDate.of(2026, 6, 30));
        eightHourDays(PLAN_START, 69);
        verify(VariableRegimeConstraints::workingDays).penalizes(0);
    }

    @Test
    void workingDaysAreCountedPerFiscalYearPartOfAPlanAcrossTwoYears() {
        LocalDate october = LocalDate.of(2026, 10, 1);
        data.window(october, LocalDate.of(2027, 9, 30));
        // FY2026 part: 1 Oct .. 31 Mar = 182 days: 280 × 182 / 365 = 139.6 → 139
        eightHourDays(october, 140); // 140 - 139 = 1
        var assertion = verify(VariableRegimeConstraints::workingDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.WORKING_DAYS, yamada, null, october,
                PLAN_END, 140, 139, Unit.DAYS));
    }

    @Test
    void workingDaysLeaveOutDaysOfOnlyAgricultureExemptWork() {
        data.window(PLAN_START, LocalDate.of(2026, 6, 30)); // limit 69
        data.settings.withApplyAgricultureExemption(true);
        eightHourDays(PLAN_START, 69);
        work(farm(), LocalDate.of(2026, 6, 30), "06:00", "10:00", 0); // §41: outside the variable regime
        verify(VariableRegimeConstraints::workingDays).penalizes(0);
    }

    @Test
    void workingDaysAreNotLimitedUnderTheStandardRegime() {
        data.settings.withRegime(WorkingTimeRegime.STANDARD);
        eightHourDays(PLAN_START, 281);
        verify(VariableRegimeConstraints::workingDays).penalizes(0);
    }

    // ---------------------------------------------------------------- variable.consecutive-heavy-weeks

    @Test
    void consecutiveHeavyWeeksPenalisesAFourthWeekInARowOverFortyEightHours() {
        week(APR_5, HEAVY + 1);
        week(APR_12, HEAVY + 1);
        week(APR_19, HEAVY + 1);
        week(APR_26, HEAVY + 1);
        // run of 4 - 3 = 1
        var assertion = verify(VariableRegimeConstraints::consecutiveHeavyWeeks);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.CONSECUTIVE_HEAVY_WEEKS, yamada, null,
                APR_5, LocalDate.of(2026, 5, 2), 4, 3, Unit.WEEKS));
    }

    @Test
    void consecutiveHeavyWeeksAcceptsThreeHeavyWeeksThenExactlyFortyEightHours() {
        week(APR_5, HEAVY + 1);
        week(APR_12, HEAVY + 1);
        week(APR_19, HEAVY + 1);
        week(APR_26, HEAVY); // 48 h is not over 48 h
        verify(VariableRegimeConstraints::consecutiveHeavyWeeks).penalizes(0);
    }

    // ---------------------------------------------------------------- variable.heavy-weeks-per-quarter

    @Test
    void heavyWeeksPerQuarterPenalisesAFourthHeavyWeekInAThreeMonthBlock() {
        week(APR_5, HEAVY + 1);
        week(APR_19, HEAVY + 1);
        week(MAY_3, HEAVY + 1);
        week(MAY_17, HEAVY + 1);
        // never two in a row, but 4 in April .. June - 3 = 1
        var assertion = verify(VariableRegimeConstraints::heavyWeeksPerQuarter);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.HEAVY_WEEKS_PER_QUARTER, yamada, null,
                PLAN_START, LocalDate.of(2026, 6, 30), 4, 3, Unit.WEEKS));
    }

    @Test
    void heavyWeeksPerQuarterAcceptsThreeHeavyWeeksInABlock() {
        week(APR_5, HEAVY + 1);
        week(APR_19, HEAVY + 1);
        week(MAY_3, HEAVY + 1);
        week(MAY_17, HEAVY);                          // exactly 48 h: not heavy
        week(LocalDate.of(2026, 7, 5), HEAVY + 1);    // the next block
        verify(VariableRegimeConstraints::heavyWeeksPerQuarter).penalizes(0);
    }

    @Test
    void heavyWeeksPerQuarterCountsAWeekInTheBlockWhereItStarts() {
        week(APR_5, HEAVY + 1);
        week(APR_19, HEAVY + 1);
        week(MAY_3, HEAVY + 1);
        week(LocalDate.of(2026, 6, 28), HEAVY + 1); // Sun 28 June: worked Mon 29 June .. Fri 3 July, 3 days in July
        var assertion = verify(VariableRegimeConstraints::heavyWeeksPerQuarter);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.HEAVY_WEEKS_PER_QUARTER, yamada, null,
                PLAN_START, LocalDate.of(2026, 6, 30), 4, 3, Unit.WEEKS));
    }

    // ---------------------------------------------------------------- variable.consecutive-work-days

    @Test
    void consecutiveWorkDaysPenalisesASeventhDayInARow() {
        eightHourDays(MONDAY, 7); // 7 - 6 = 1
        var assertion = verify(VariableRegimeConstraints::consecutiveWorkDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.CONSECUTIVE_WORK_DAYS, yamada, null,
                MONDAY, MONDAY.plusDays(6), 7, 6, Unit.DAYS));
    }

    @Test
    void consecutiveWorkDaysAcceptsSixDaysInARowThenADayOff() {
        eightHourDays(MONDAY, 6);              // Mon 6 .. Sat 11 July
        eightHourDays(MONDAY.plusDays(7), 6);  // Mon 13 .. Sat 18 July
        verify(VariableRegimeConstraints::consecutiveWorkDays).penalizes(0);
    }

    @Test
    void consecutiveWorkDaysAllowsTwelveDaysInABusyPeriod() {
        brewingSeasonIsBusy();
        eightHourDays(LocalDate.of(2026, 12, 1), 12);
        verify(VariableRegimeConstraints::consecutiveWorkDays).penalizes(0);
    }

    @Test
    void consecutiveWorkDaysPenalisesAThirteenthDayInABusyPeriod() {
        brewingSeasonIsBusy();
        LocalDate first = LocalDate.of(2026, 12, 1);
        eightHourDays(first, 13); // 13 - 12 = 1
        var assertion = verify(VariableRegimeConstraints::consecutiveWorkDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.CONSECUTIVE_WORK_DAYS, yamada, null,
                first, first.plusDays(12), 13, 12, Unit.DAYS));
    }

    @Test
    void consecutiveWorkDaysKeepsTheSixDayLimitForARunStartingBeforeTheBusyPeriod() {
        brewingSeasonIsBusy();
        LocalDate first = LocalDate.of(2026, 11, 25);
        eightHourDays(first, 12); // 25 Nov .. 6 Dec: not wholly in the busy period → 12 - 6 = 6
        var assertion = verify(VariableRegimeConstraints::consecutiveWorkDays);
        assertion.penalizesBy(6);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.CONSECUTIVE_WORK_DAYS, yamada, null,
                first, LocalDate.of(2026, 12, 6), 12, 6, Unit.DAYS));
    }

    @Test
    void consecutiveWorkDaysLeaveOutADayOfOnlyAgricultureExemptWork() {
        data.settings.withApplyAgricultureExemption(true);
        eightHourDays(MONDAY, 6);                                 // Mon 6 .. Sat 11 July at the JA
        work(farm(), MONDAY.plusDays(6), "06:00", "10:00", 0);    // Sun 12 July on the farm (§41)
        verify(VariableRegimeConstraints::consecutiveWorkDays).penalizes(0);
    }

    @Test
    void consecutiveWorkDaysAreNotLimitedUnderTheStandardRegime() {
        data.settings.withRegime(WorkingTimeRegime.STANDARD);
        eightHourDays(MONDAY, 7);
        verify(VariableRegimeConstraints::consecutiveWorkDays).penalizes(0);
    }

    // ---------------------------------------------------------------- variable.total-hours

    private static final LocalDate TWO_WEEKS_FROM = LocalDate.of(2026, 4, 5);
    private static final LocalDate TWO_WEEKS_TO = LocalDate.of(2026, 4, 18);

    @Test
    void totalHoursPenalisesMinutesBeyondFortyHoursAWeekOnAverage() {
        data.window(TWO_WEEKS_FROM, TWO_WEEKS_TO); // 14 days: 40 h × 14 / 7 = 4800
        eightHourDays(LocalDate.of(2026, 4, 6), 6);  // Mon .. Sat: 2880, a 48 h week is fine on its own
        eightHourDays(LocalDate.of(2026, 4, 13), 3); // Mon .. Wed: 1440
        work(LocalDate.of(2026, 4, 16), "08:00", "17:01", 60); // Thu 481 → 4801 - 4800 = 1
        var assertion = verify(VariableRegimeConstraints::totalHours);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(VariableRegimeConstraints.TOTAL_HOURS, yamada, null,
                TWO_WEEKS_FROM, TWO_WEEKS_TO, 4801, 4800, Unit.MINUTES));
    }

    @Test
    void totalHoursAcceptsExactlyFortyHoursAWeekOnAverage() {
        data.window(TWO_WEEKS_FROM, TWO_WEEKS_TO);
        eightHourDays(LocalDate.of(2026, 4, 6), 6);
        eightHourDays(LocalDate.of(2026, 4, 13), 4); // 2880 + 1920 = 4800
        verify(VariableRegimeConstraints::totalHours).penalizes(0);
    }

    @Test
    void totalHoursAreNotLimitedUnderTheStandardRegime() {
        data.settings.withRegime(WorkingTimeRegime.STANDARD);
        data.window(TWO_WEEKS_FROM, TWO_WEEKS_TO);
        eightHourDays(LocalDate.of(2026, 4, 6), 11);
        verify(VariableRegimeConstraints::totalHours).penalizes(0);
    }

    // ---------------------------------------------------------------- helpers

    private SingleConstraintAssertion verify(Function<ConstraintFactory, Constraint> rule) {
        return VERIFIER.verifyThat((provider, factory) -> rule.apply(factory)).given(slots.toArray());
    }

    private void work(LocalDate date, String start, String end, int breakMinutes) {
        work(data.site, date, start, end, breakMinutes);
    }

    private void work(Site site, LocalDate date, String start, String end, int breakMinutes) {
        slots.add(data.slot(yamada, site, date, start, end, breakMinutes));
    }

    /** Another member's farm at the same place as the default site. */
    private Site farm() {
        return data.farm("field", data.member("nouji", MemberKind.MEMBER), 34.40, 131.40);
    }

    /** 08:00–17:00 with a 60-minute break: 480 minutes a day. */
    private void eightHourDays(LocalDate from, int days) {
        slots.addAll(data.days(yamada, from, days));
    }

    /** {@code minutes} spread over Monday .. Friday of the week starting on {@code sunday}, the remainder on Friday. */
    private void week(LocalDate sunday, int minutes) {
        for (int i = 1; i <= 5; i++) {
            int net = minutes / 5 + (i == 5 ? minutes % 5 : 0);
            work(sunday.plusDays(i), "06:00", LocalTime.of(6, 0).plusMinutes(net + 60).toString(), 60);
        }
    }

    /** The sake-brewing season as a designated busy period (特定期間). */
    private void brewingSeasonIsBusy() {
        data.settings.withVariableBusyPeriods(List.of(new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 28))));
    }
}
