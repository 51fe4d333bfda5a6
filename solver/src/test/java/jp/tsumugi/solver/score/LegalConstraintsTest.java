package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.test.api.score.stream.SingleConstraintAssertion;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Labour Standards Act rules, each tested on the penalised side with the exact amount and one step inside its
 * threshold. Default window FY2026 (2026-04-01 Wed .. 2027-03-31), weeks from Sunday.
 */
class LegalConstraintsTest {
    /** Week Sun 2026-07-05 .. Sat 2026-07-11. */
    private static final LocalDate SUNDAY = LocalDate.of(2026, 7, 5);
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);
    private static final LocalDate SATURDAY = LocalDate.of(2026, 7, 11);
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final List<Slot> slots = new ArrayList<>();

    // ---------------------------------------------------------------- legal.daily-hours

    @Test
    void dailyHoursPenalisesMinutesBeyondEightHours() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        Slot morning = data.slot(yamada, day, "06:00", "12:00", 0);
        Slot afternoon = data.slot(yamada, day, "13:00", "15:01", 0);
        var assertion = VERIFIER.verifyThat((p, f) -> LegalConstraints.dailyHours(f)).given(morning, afternoon);
        assertion.penalizesBy(1);
        assertion.justifiesWith(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, data.member, day, 481, 480,
                        RuleBreak.Unit.MINUTES));
    }

    @Test
    void dailyHoursAcceptsExactlyEightHours() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        VERIFIER.verifyThat((p, f) -> LegalConstraints.dailyHours(f))
                .given(data.slot(yamada, day, "06:00", "12:00", 0), data.slot(yamada, day, "13:00", "15:00", 0))
                .penalizes(0);
    }

    @Test
    void dailyHoursSumsWorkAtTwoMembersOnOneDay() {
        Site brewery = brewerySameAsPackingHouse();
        work(MONDAY, "08:00", "12:00", 0);
        work(brewery, MONDAY, "13:00", "17:05", 0);
        // 労基法 §38: 240 at the JA + 245 at the brewery = 485 > 480 → 5; two members, so none is named
        var assertion = verify(LegalConstraints::dailyHours);
        assertion.penalizesBy(5);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, null, MONDAY, 485, 480,
                Unit.MINUTES));
    }

    @Test
    void dailyHoursCountsTheDriveBetweenDistantSitesAsWork() {
        Site field = farSiteOfTheSameMember();
        work(MONDAY, "07:00", "11:00", 0);
        work(field, MONDAY, "12:00", "16:00", 0);
        // 0.1° of latitude = 11.12 km, ×1.3 road factor = 14.46 km, at 40 km/h = 21.7 → 22 min
        assertEquals(22, driveToFarSite(field));
        // 240 + 240 + 22 = 502 → 22
        var assertion = verify(LegalConstraints::dailyHours);
        assertion.penalizesBy(22);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, data.member, MONDAY, 502,
                480, Unit.MINUTES));
    }

    @Test
    void dailyHoursLeavesTheDriveOutWhenTravelIsNotWork() {
        data.settings.withTravelCountsAsWork(false);
        Site field = farSiteOfTheSameMember();
        work(MONDAY, "07:00", "11:00", 0);
        work(field, MONDAY, "12:00", "16:00", 0);
        // 240 + 240 = 480, the 22-minute drive is not working time
        verify(LegalConstraints::dailyHours).penalizes(0);
    }

    @Test
    void dailyHoursUnderVariableRegimeAcceptsTenHours() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        work(MONDAY, "07:00", "18:00", 60); // 600
        verify(LegalConstraints::dailyHours).penalizes(0);
    }

    @Test
    void dailyHoursUnderVariableRegimePenalisesMinutesBeyondTenHours() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        work(MONDAY, "07:00", "18:01", 60); // 601 - 600 = 1
        var assertion = verify(LegalConstraints::dailyHours);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, data.member, MONDAY, 601,
                600, Unit.MINUTES));
    }

    @Test
    void dailyHoursLeavesOutAgricultureExemptWorkWhenTheCoopAppliesTheExemption() {
        data.settings.withApplyAgricultureExemption(true);
        Site field = data.farm("field", data.member("nouji", MemberKind.MEMBER), 34.40, 131.40);
        work(field, MONDAY, "05:00", "09:00", 0); // 240 exempt (§41)
        work(MONDAY, "10:00", "16:00", 0);         // 360 regulated
        // 600 worked, only 360 regulated ≤ 480
        verify(LegalConstraints::dailyHours).penalizes(0);
    }

    @Test
    void dailyHoursCountsFarmWorkWhenTheCoopDoesNotApplyTheExemption() {
        Site field = data.farm("field", data.member("nouji", MemberKind.MEMBER), 34.40, 131.40);
        work(field, MONDAY, "05:00", "09:00", 0);
        work(MONDAY, "10:00", "16:00", 0);
        // 240 + 360 = 600 → 120
        var assertion = verify(LegalConstraints::dailyHours);
        assertion.penalizesBy(120);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, null, MONDAY, 600, 480,
                Unit.MINUTES));
    }

    // ---------------------------------------------------------------- legal.weekly-hours

    @Test
    void weeklyHoursPenalisesMinutesBeyondFortyHours() {
        eightHourDays(MONDAY, 4);                      // 4 × 480 = 1920
        work(MONDAY.plusDays(4), "08:00", "17:01", 60); // Fri 481
        // 2401 - 2400 = 1
        var assertion = verify(LegalConstraints::weeklyHours);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_HOURS, yamada, null, SUNDAY, SATURDAY,
                2401, 2400, Unit.MINUTES));
    }

    @Test
    void weeklyHoursAcceptsExactlyFortyHours() {
        eightHourDays(MONDAY, 5); // 2400
        verify(LegalConstraints::weeklyHours).penalizes(0);
    }

    @Test
    void weeklyHoursSumsWorkAtTwoMembers() {
        eightHourDays(MONDAY, 5);                                        // 2400 at the JA
        work(brewerySameAsPackingHouse(), SATURDAY, "09:00", "10:00", 0); // 60 at the brewery
        // §38: 2460 - 2400 = 60
        var assertion = verify(LegalConstraints::weeklyHours);
        assertion.penalizesBy(60);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_HOURS, yamada, null, SUNDAY, SATURDAY,
                2460, 2400, Unit.MINUTES));
    }

    @Test
    void weeklyHoursStartsWeeksOnSundayByDefault() {
        eightHourDays(MONDAY, 5);                 // Mon 6 .. Fri 10 July
        eightHourDays(LocalDate.of(2026, 7, 12), 1); // Sun 12 July starts the next week
        verify(LegalConstraints::weeklyHours).penalizes(0);
    }

    @Test
    void weeklyHoursFollowsTheCoopsWeekStart() {
        data.settings.withWeekStart(DayOfWeek.MONDAY);
        eightHourDays(MONDAY, 5);
        LocalDate sunday = LocalDate.of(2026, 7, 12);
        eightHourDays(sunday, 1);
        // week Mon 6 .. Sun 12 July: 6 × 480 = 2880 → 480
        var assertion = verify(LegalConstraints::weeklyHours);
        assertion.penalizesBy(480);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_HOURS, yamada, null, MONDAY, sunday,
                2880, 2400, Unit.MINUTES));
    }

    @Test
    void weeklyHoursUnderVariableRegimeAcceptsFiftyTwoHours() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        for (int i = 0; i < 5; i++) {
            work(MONDAY.plusDays(i), "07:00", "18:00", 60); // 5 × 600 = 3000
        }
        work(SATURDAY, "08:00", "10:00", 0); // 120 → 3120
        verify(LegalConstraints::weeklyHours).penalizes(0);
    }

    @Test
    void weeklyHoursUnderVariableRegimePenalisesMinutesBeyondFiftyTwoHours() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        for (int i = 0; i < 5; i++) {
            work(MONDAY.plusDays(i), "07:00", "18:00", 60); // 3000
        }
        work(SATURDAY, "08:00", "10:01", 0); // 121 → 3121 - 3120 = 1
        var assertion = verify(LegalConstraints::weeklyHours);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_HOURS, yamada, null, SUNDAY, SATURDAY,
                3121, 3120, Unit.MINUTES));
    }

    // ---------------------------------------------------------------- legal.breaks

    @Test
    void breaksPenaliseMissingMinutesBeyondSixHours() {
        work(MONDAY, "08:00", "15:01", 30); // 391 worked > 360 needs 45, has 30 → 15
        var assertion = verify(LegalConstraints::breaks);
        assertion.penalizesBy(15);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.BREAKS, yamada, data.member, MONDAY, 30, 45,
                Unit.MINUTES));
    }

    @Test
    void breaksAreNotNeededForExactlySixHours() {
        work(MONDAY, "08:00", "14:00", 0); // 360 is not more than 6 h
        verify(LegalConstraints::breaks).penalizes(0);
    }

    @Test
    void breaksOfFortyFiveMinutesSufficeForExactlyEightHours() {
        work(MONDAY, "08:00", "16:45", 45); // 480 is not more than 8 h
        verify(LegalConstraints::breaks).penalizes(0);
    }

    @Test
    void breaksNeedSixtyMinutesBeyondEightHours() {
        work(MONDAY, "08:00", "16:46", 45); // 481 > 480 needs 60, has 45 → 15
        var assertion = verify(LegalConstraints::breaks);
        assertion.penalizesBy(15);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.BREAKS, yamada, data.member, MONDAY, 45, 60,
                Unit.MINUTES));
    }

    @Test
    void breaksAreCheckedOnTheCombinedDayWithTheGapBetweenMembersAsBreak() {
        work(MONDAY, "08:00", "12:00", 0);
        work(brewerySameAsPackingHouse(), MONDAY, "12:30", "16:30", 0);
        // each part is 240 (no break needed alone); combined 480 > 360 needs 45, the 30-minute gap counts → 15
        var assertion = verify(LegalConstraints::breaks);
        assertion.penalizesBy(15);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.BREAKS, yamada, null, MONDAY, 30, 45,
                Unit.MINUTES));
    }

    @Test
    void breaksDoNotIncludeTheDriveBetweenSites() {
        Site field = farSiteOfTheSameMember();
        work(MONDAY, "07:00", "11:00", 0);
        work(field, MONDAY, "12:00", "16:00", 0);
        // 60-minute gap - 22 drive = 38 break; 240 + 240 + 22 = 502 > 480 needs 60 → 22
        var assertion = verify(LegalConstraints::breaks);
        assertion.penalizesBy(22);
        assertion.justifiesWithExactly(RuleBreak.ofDay(LegalConstraints.BREAKS, yamada, data.member, MONDAY, 38, 60,
                Unit.MINUTES));
    }

    // ---------------------------------------------------------------- legal.weekly-rest-day

    @Test
    void weeklyRestDayPenalisesSevenWorkingDaysInAWeek() {
        eightHourDays(SUNDAY, 7); // Sun 5 .. Sat 11 July: 7 - 6 = 1
        var assertion = verify(LegalConstraints::weeklyRestDay);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_REST_DAY, yamada, null, SUNDAY, SATURDAY,
                7, 6, Unit.DAYS));
    }

    @Test
    void weeklyRestDayAcceptsSixWorkingDaysInAWeek() {
        eightHourDays(SUNDAY, 6);
        verify(LegalConstraints::weeklyRestDay).penalizes(0);
    }

    @Test
    void weeklyRestDayCountsCalendarWeeksNotRunsOfDays() {
        eightHourDays(MONDAY, 12); // Mon 6 .. Fri 17 July: 6 days in each week
        verify(LegalConstraints::weeklyRestDay).penalizes(0);
    }

    @Test
    void weeklyRestDayIsNotCheckedUnderFourDaysInFourWeeks() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS);
        eightHourDays(SUNDAY, 7);
        verify(LegalConstraints::weeklyRestDay).penalizes(0);
    }

    @Test
    void weeklyRestDayAppliesUnderVariableRegimeEvenWhenFourInFourWeeksIsChosen() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS).withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        eightHourDays(SUNDAY, 7);
        var assertion = verify(LegalConstraints::weeklyRestDay);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.WEEKLY_REST_DAY, yamada, null, SUNDAY, SATURDAY,
                7, 6, Unit.DAYS));
    }

    @Test
    void weeklyRestDayLeavesOutADayOfOnlyAgricultureExemptWork() {
        data.settings.withApplyAgricultureExemption(true);
        Site field = data.farm("field", data.member("nouji", MemberKind.MEMBER), 34.40, 131.40);
        work(field, SUNDAY, "06:00", "10:00", 0); // §41: no rest-day rule for the farm
        eightHourDays(MONDAY, 6);                  // Mon .. Sat at the JA
        verify(LegalConstraints::weeklyRestDay).penalizes(0);
    }

    // ---------------------------------------------------------------- legal.four-week-rest-days

    private static final LocalDate PLAN_START = LocalDate.of(2026, 4, 1); // 4-week block 0: 1 .. 28 April

    @Test
    void fourWeekRestDaysPenalisesTwentyFiveWorkingDaysInABlock() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS);
        eightHourDays(PLAN_START, 25); // 25 - 24 = 1
        var assertion = verify(LegalConstraints::fourWeekRestDays);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.FOUR_WEEK_REST_DAYS, yamada, null, PLAN_START,
                LocalDate.of(2026, 4, 28), 25, 24, Unit.DAYS));
    }

    @Test
    void fourWeekRestDaysAcceptsTwentyFourWorkingDaysInABlock() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS);
        eightHourDays(PLAN_START, 24);
        verify(LegalConstraints::fourWeekRestDays).penalizes(0);
    }

    @Test
    void fourWeekRestDaysCountsBlocksFromThePlanStart() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS);
        eightHourDays(LocalDate.of(2026, 4, 15), 28); // 15 .. 28 April (14) + 29 April .. 12 May (14)
        verify(LegalConstraints::fourWeekRestDays).penalizes(0);
    }

    @Test
    void fourWeekRestDaysSkipsABlockCutShortByThePlanEnd() {
        data.window(PLAN_START, LocalDate.of(2026, 5, 24)); // block 1 would run to 26 May
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS);
        eightHourDays(LocalDate.of(2026, 4, 29), 26);
        verify(LegalConstraints::fourWeekRestDays).penalizes(0);
    }

    @Test
    void fourWeekRestDaysIsIgnoredUnderVariableRegime() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS).withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        eightHourDays(PLAN_START, 28);
        verify(LegalConstraints::fourWeekRestDays).penalizes(0);
    }

    @Test
    void fourWeekRestDaysLeavesOutDaysOfOnlyAgricultureExemptWork() {
        data.settings.withRestDayRule(RestDayRule.FOUR_IN_FOUR_WEEKS).withApplyAgricultureExemption(true);
        Site field = data.farm("field", data.member("nouji", MemberKind.MEMBER), 34.40, 131.40);
        eightHourDays(PLAN_START, 24);
        work(field, LocalDate.of(2026, 4, 25), "06:00", "10:00", 0);
        verify(LegalConstraints::fourWeekRestDays).penalizes(0);
    }

    // ---------------------------------------------------------------- legal.monthly-overtime-cap

    @Test
    void monthlyOvertimeCapPenalisesOvertimeBeyondFortyFiveHours() {
        allowOvertime();
        monthOvertime(JULY, 45 * 60 + 1); // 2701 - 2700 = 1
        var assertion = verify(LegalConstraints::monthlyOvertimeCap);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_CAP, JULY, 2701, 2700));
    }

    @Test
    void monthlyOvertimeCapAcceptsExactlyFortyFiveHours() {
        allowOvertime();
        monthOvertime(JULY, 45 * 60);
        verify(LegalConstraints::monthlyOvertimeCap).penalizes(0);
    }

    @Test
    void monthlyOvertimeCapLeavesOutWorkOnTheStatutoryRestDay() {
        allowOvertime();
        yamada.withLegalRestDay(DayOfWeek.SUNDAY);
        monthOvertime(JULY, 45 * 60);
        eightHourDays(SUNDAY, 1); // holiday work, not overtime
        verify(LegalConstraints::monthlyOvertimeCap).penalizes(0);
    }

    @Test
    void monthlyOvertimeCapCountsTheSixthDayAsWeeklyOvertimeWithoutADesignatedRestDay() {
        allowOvertime();
        monthOvertime(JULY, 45 * 60); // includes Mon 6 .. Fri 10 July at 780 each
        eightHourDays(SUNDAY, 1);
        // week of 5 July on capped hours: Sun 480 + 5 × 480 = 2880, the 40 h are crossed on Friday → +480
        // 2700 + 480 = 3180 → 480
        var assertion = verify(LegalConstraints::monthlyOvertimeCap);
        assertion.penalizesBy(480);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_CAP, JULY, 3180, 2700));
    }

    @Test
    void monthlyOvertimeCapBooksWeeklyOvertimeInTheMonthOfTheDayFortyHoursAreCrossed() {
        data.settings.withMonthlyOvertimeCapMinutes(0); // no overtime agreed at all
        eightHourDays(LocalDate.of(2026, 5, 31), 6); // Sun 31 May .. Fri 5 June: 40 h reached Thu, Fri is overtime
        var assertion = verify(LegalConstraints::monthlyOvertimeCap);
        assertion.penalizesBy(480);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_CAP, YearMonth.of(2026, 6), 480, 0));
    }

    @Test
    void monthlyOvertimeCapUnderVariableRegimeIsFortyTwoHours() {
        data.settings.withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        monthOvertime(JULY, 42 * 60 + 1); // overtime beyond 10 h a day: 2521 - 2520 = 1
        var assertion = verify(LegalConstraints::monthlyOvertimeCap);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_CAP, JULY, 2521, 2520));
    }

    @Test
    void monthlyOvertimeCapUnderSpecialClauseIsTheClausesCap() {
        allowOvertime();
        data.settings.withSpecialClause(80 * 60, 720 * 60, 6);
        monthOvertime(JULY, 80 * 60 + 1); // 4801 - 4800 = 1
        var assertion = verify(LegalConstraints::monthlyOvertimeCap);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_CAP, JULY, 4801, 4800));
    }

    // ---------------------------------------------------------------- legal.annual-overtime-cap

    @Test
    void annualOvertimeCapPenalisesOvertimeBeyondThreeHundredSixtyHours() {
        allowOvertime();
        for (int m = 0; m < 8; m++) {
            monthOvertime(YearMonth.of(2026, 4).plusMonths(m), 45 * 60); // April .. November: 8 × 2700 = 21600
        }
        monthOvertime(YearMonth.of(2026, 12), 1); // 21601 - 21600 = 1
        var assertion = verify(LegalConstraints::annualOvertimeCap);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.ANNUAL_OVERTIME_CAP, yamada, null, PLAN_START,
                LocalDate.of(2027, 3, 31), 21601, 21600, Unit.MINUTES));
    }

    @Test
    void annualOvertimeCapAcceptsExactlyThreeHundredSixtyHours() {
        allowOvertime();
        for (int m = 0; m < 8; m++) {
            monthOvertime(YearMonth.of(2026, 4).plusMonths(m), 45 * 60);
        }
        verify(LegalConstraints::annualOvertimeCap).penalizes(0);
    }

    // ---------------------------------------------------------------- legal.special-clause-months

    @Test
    void specialClauseMonthsPenalisesASeventhMonthBeyondFortyFiveHours() {
        allowOvertime();
        data.settings.withSpecialClause(80 * 60, 720 * 60, 6);
        for (int m = 0; m < 7; m++) {
            monthOvertime(YearMonth.of(2026, 4).plusMonths(m), 45 * 60 + 1); // April .. October: 7 months - 6 = 1
        }
        var assertion = verify(LegalConstraints::specialClauseMonths);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.SPECIAL_CLAUSE_MONTHS, yamada, null, PLAN_START,
                LocalDate.of(2027, 3, 31), 7, 6, Unit.COUNT));
    }

    @Test
    void specialClauseMonthsAcceptsSixMonthsBeyondAndOneAtExactlyFortyFiveHours() {
        allowOvertime();
        data.settings.withSpecialClause(80 * 60, 720 * 60, 6);
        for (int m = 0; m < 6; m++) {
            monthOvertime(YearMonth.of(2026, 4).plusMonths(m), 45 * 60 + 1);
        }
        monthOvertime(YearMonth.of(2026, 10), 45 * 60);
        verify(LegalConstraints::specialClauseMonths).penalizes(0);
    }

    @Test
    void specialClauseMonthsAreNotCountedWithoutASpecialClause() {
        allowOvertime();
        for (int m = 0; m < 7; m++) {
            monthOvertime(YearMonth.of(2026, 4).plusMonths(m), 45 * 60 + 1);
        }
        verify(LegalConstraints::specialClauseMonths).penalizes(0);
    }

    // ---------------------------------------------------------------- legal.monthly-overtime-holiday-limit

    @Test
    void monthlyOvertimeHolidayLimitPenalisesOneHundredHoursIncludingHolidayWork() {
        allowOvertime();
        yamada.withLegalRestDay(DayOfWeek.SUNDAY);
        sundaysOfJuly(); // 4 × 480 = 1920 holiday work
        monthOvertime(JULY, 4080);
        // 4080 + 1920 = 6000, which is not below 100 h → 6000 - 6000 + 1 = 1
        var assertion = verify(LegalConstraints::monthlyOvertimeHolidayLimit);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(monthBreak(LegalConstraints.MONTHLY_OVERTIME_HOLIDAY_LIMIT, JULY, 6000, 6000));
    }

    @Test
    void monthlyOvertimeHolidayLimitAcceptsNinetyNineHoursFiftyNine() {
        allowOvertime();
        yamada.withLegalRestDay(DayOfWeek.SUNDAY);
        sundaysOfJuly();
        monthOvertime(JULY, 4079); // 4079 + 1920 = 5999
        verify(LegalConstraints::monthlyOvertimeHolidayLimit).penalizes(0);
    }

    // ---------------------------------------------------------------- legal.average-overtime-holiday-limit

    @Test
    void averageOvertimeHolidayLimitPenalisesTwoMonthsAveragingAboveEightyHours() {
        allowOvertime();
        yamada.withLegalRestDay(DayOfWeek.SUNDAY);
        monthOvertime(JULY, 4800);
        monthOvertime(AUGUST, 4321);
        eightHourDays(LocalDate.of(2026, 8, 2), 1); // Sunday: 480 holiday work → August 4801
        // July + August = 9601 > 2 × 4800 → 1; every other window stays within its limit
        var assertion = verify(LegalConstraints::averageOvertimeHolidayLimit);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.AVERAGE_OVERTIME_HOLIDAY_LIMIT, yamada, null,
                JULY.atDay(1), AUGUST.atEndOfMonth(), 9601, 9600, Unit.MINUTES));
    }

    @Test
    void averageOvertimeHolidayLimitAcceptsExactlyEightyHoursOnAverage() {
        allowOvertime();
        monthOvertime(JULY, 4800);
        monthOvertime(AUGUST, 4800);
        verify(LegalConstraints::averageOvertimeHolidayLimit).penalizes(0);
    }

    @Test
    void averageOvertimeHolidayLimitChecksThreeMonthWindows() {
        allowOvertime();
        monthOvertime(JULY, 5900);
        monthOvertime(AUGUST, 3600);
        monthOvertime(SEPTEMBER, 5900);
        // 2-month windows: 9500 and 9500 ≤ 9600; July .. September: 15400 > 3 × 4800 = 14400 → 1000
        var assertion = verify(LegalConstraints::averageOvertimeHolidayLimit);
        assertion.penalizesBy(1000);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.AVERAGE_OVERTIME_HOLIDAY_LIMIT, yamada, null,
                JULY.atDay(1), SEPTEMBER.atEndOfMonth(), 15400, 14400, Unit.MINUTES));
    }

    // ---------------------------------------------------------------- rest.interval-below-target / -minimum

    @Test
    void restIntervalBelowTargetPenalisesEachMinuteBelowElevenHours() {
        work(MONDAY, "08:00", "21:01", 60);
        work(TUESDAY, "08:00", "17:00", 60);
        // 21:01 → 08:00 = 659 → 660 - 659 = 1
        var assertion = verify(LegalConstraints::restIntervalBelowTarget);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.REST_INTERVAL_BELOW_TARGET, yamada, null, MONDAY,
                TUESDAY, 659, 660, Unit.MINUTES));
    }

    @Test
    void restIntervalBelowTargetAcceptsElevenHours() {
        work(MONDAY, "08:00", "21:00", 60);
        work(TUESDAY, "08:00", "17:00", 60);
        verify(LegalConstraints::restIntervalBelowTarget).penalizes(0);
    }

    @Test
    void restIntervalBelowTargetIsMeasuredFromTheEndOfAnOvernightShift() {
        work(MONDAY, "20:00", "05:00", 60); // ends Tuesday 05:00
        work(TUESDAY, "12:00", "17:00", 0);
        // 05:00 → 12:00 = 420 → 660 - 420 = 240
        var assertion = verify(LegalConstraints::restIntervalBelowTarget);
        assertion.penalizesBy(240);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.REST_INTERVAL_BELOW_TARGET, yamada, null, MONDAY,
                TUESDAY, 420, 660, Unit.MINUTES));
    }

    @Test
    void restIntervalBelowMinimumPenalisesEachMinuteBelowNineHours() {
        work(MONDAY, "08:00", "23:01", 60);
        work(TUESDAY, "08:00", "17:00", 60);
        // 23:01 → 08:00 = 539 → 540 - 539 = 1 (weighted 5 soft on top of the target rule)
        var assertion = verify(LegalConstraints::restIntervalBelowMinimum);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(LegalConstraints.REST_INTERVAL_BELOW_MINIMUM, yamada, null, MONDAY,
                TUESDAY, 539, 540, Unit.MINUTES));
    }

    @Test
    void restIntervalBelowMinimumAcceptsNineHoursWhichStillMissTheTarget() {
        work(MONDAY, "08:00", "23:00", 60);
        work(TUESDAY, "08:00", "17:00", 60);
        // 540: not below the minimum, 120 below the target
        verify(LegalConstraints::restIntervalBelowMinimum).penalizes(0);
        verify(LegalConstraints::restIntervalBelowTarget).penalizesBy(120);
    }

    // ---------------------------------------------------------------- helpers

    private SingleConstraintAssertion verify(Function<ConstraintFactory, Constraint> rule) {
        return VERIFIER.verifyThat((provider, factory) -> rule.apply(factory)).given(slots.toArray());
    }

    private Slot work(LocalDate date, String start, String end, int breakMinutes) {
        return work(data.site, date, start, end, breakMinutes);
    }

    private Slot work(Site site, LocalDate date, String start, String end, int breakMinutes) {
        Slot slot = data.slot(yamada, site, date, start, end, breakMinutes);
        slots.add(slot);
        return slot;
    }

    /** 08:00–17:00 with a 60-minute break: 480 minutes a day. */
    private void eightHourDays(LocalDate from, int days) {
        slots.addAll(data.days(yamada, from, days));
    }

    /** Another member's site at the same place as the default site: no drive between them. */
    private Site brewerySameAsPackingHouse() {
        Member brewer = data.member("sakagura", MemberKind.MEMBER);
        return data.site("brewery", brewer, 34.40, 131.40);
    }

    /** The default member's second site, 0.1° of latitude north of the first. */
    private Site farSiteOfTheSameMember() {
        return data.site("far", data.member, 34.50, 131.40);
    }

    private int driveToFarSite(Site far) {
        return data.settings.getTravel().minutes(data.site.getLocation(), far.getLocation());
    }

    /** The 36協定 lets the coop roster beyond 8 h / 40 h; overtime is still measured against 8 h / 40 h. */
    private void allowOvertime() {
        data.settings.withStandardDailyMaxMinutes(13 * 60).withStandardWeeklyMaxMinutes(65 * 60);
    }

    /**
     * Puts {@code overtimeMinutes} of daily overtime on the month's weekdays from the 1st, at most 5 h a day (06:00
     * start, 60-minute break). Mon–Fri only, so no week passes its weekly baseline on capped hours: the month's
     * overtime is exactly the sum.
     */
    private void monthOvertime(YearMonth month, int overtimeMinutes) {
        int baseline = data.settings.getDailyOvertimeBaselineMinutes();
        int left = overtimeMinutes;
        for (LocalDate date = month.atDay(1); left > 0; date = date.plusDays(1)) {
            if (!YearMonth.from(date).equals(month)) {
                throw new IllegalArgumentException("too much overtime for the weekdays of " + month);
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int overtime = Math.min(300, left);
            work(date, "06:00", LocalTime.of(6, 0).plusMinutes(baseline + overtime + 60).toString(), 60);
            left -= overtime;
        }
    }

    private void sundaysOfJuly() {
        for (int day : new int[] {5, 12, 19, 26}) {
            eightHourDays(LocalDate.of(2026, 7, day), 1);
        }
    }

    private RuleBreak monthBreak(String rule, YearMonth month, long actual, long limit) {
        return new RuleBreak(rule, yamada, null, month.atDay(1), month.atEndOfMonth(), actual, limit, Unit.MINUTES);
    }
}
