package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkerMonth;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static jp.tsumugi.solver.score.ConstraintTestSupport.ANALYZER;
import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fairness rules. Monthly targets are {@link WorkerMonth} facts: taken from a {@link Roster} (pro-rated by the roster)
 * or made by hand. {@code penalizesBy} asserts the match weight; constraint weights are in {@link #constraintWeights()}.
 *
 * <p>Load balance: Timefold's {@code LoadBalance.unfairness()} is √(Σ (loadᵢ − mean)²), rounded to 6 significant
 * digits; the constraints penalise its integer part.
 */
class FairnessConstraintsTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);
    private static final YearMonth AUGUST = YearMonth.of(2026, 8);
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);

    /** Window July–August 2026: month index 0 = July, 1 = August. Default target 160 h = 9600 min a month. */
    private final TestData data = new TestData().window(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 31));
    private final Worker yamada = data.worker("yamada");

    // ---------------------------------------------------------------- monthly hours below target

    @Test
    void belowTargetCostsEveryMissingMinuteIncludingMonthsWithoutWork() {
        Slot july = data.slot(yamada, MONDAY, "08:00", "17:00", 60); // 480 min in July
        List<WorkerMonth> months = data.roster(List.of(july)).getWorkerMonths();
        assertThat(months).containsExactly(new WorkerMonth(yamada, 0, JULY, 9600), new WorkerMonth(yamada, 1, AUGUST, 9600));
        // July 9600 − 480 = 9120; August has no slot, so its whole target 9600 is short: 9120 + 9600 = 18720 (× 2 soft)
        var assertion = VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursBelowTarget(f))
                .given(facts(months, july));
        assertion.penalizesBy(18720);
        assertion.justifiesWithExactly(
                new RuleBreak(FairnessConstraints.MONTHLY_HOURS_BELOW_TARGET, yamada, null, JULY.atDay(1),
                        JULY.atEndOfMonth(), 480, 9600, Unit.MINUTES),
                new RuleBreak(FairnessConstraints.MONTHLY_HOURS_BELOW_TARGET, yamada, null, AUGUST.atDay(1),
                        AUGUST.atEndOfMonth(), 0, 9600, Unit.MINUTES));
    }

    @Test
    void belowTargetUsesTheRosterProRatedTarget() {
        TestData half = new TestData().window(LocalDate.of(2026, 7, 16), LocalDate.of(2026, 8, 31));
        Worker worker = half.worker("tanaka");
        List<WorkerMonth> months = half.roster(List.of()).getWorkerMonths();
        // July has 16 of 31 days in the window: 9600 × 16 / 31 = 4954.8 → 4954; August 9600. No slots: 14554 short.
        assertThat(months).containsExactly(new WorkerMonth(worker, 0, JULY, 4954), new WorkerMonth(worker, 1, AUGUST, 9600));
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursBelowTarget(f)).given(months.toArray())
                .penalizesBy(4954 + 9600);
    }

    @Test
    void belowTargetTargetIsLoweredByWholeDaysOff() {
        Roster roster = new Roster(data.calendar(), List.of(data.member), List.of(data.site), List.of(data.job),
                List.of(), List.of(), data.workers(), List.of(), List.of(data.dayOff(yamada, LocalDate.of(2026, 7, 10))),
                List.of(), List.of(), List.of());
        // July: 30 of 31 days available: 9600 × 30 / 31 = 9290.3 → 9290
        assertThat(roster.getWorkerMonths()).contains(new WorkerMonth(yamada, 0, JULY, 9290));
    }

    @Test
    void belowTargetAcceptsExactlyTheTarget() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60); // 480
        Slot empty = data.slot(null, MONDAY, "08:00", "17:00", 60);  // unassigned slots count for nobody
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursBelowTarget(f))
                .given(new WorkerMonth(yamada, 0, JULY, 480), slot, empty)
                .penalizesBy(0);
    }

    @Test
    void belowTargetPenalisesOneMinuteShort() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60); // 480
        var assertion = VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursBelowTarget(f))
                .given(new WorkerMonth(yamada, 0, JULY, 481), slot);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(new RuleBreak(FairnessConstraints.MONTHLY_HOURS_BELOW_TARGET, yamada, null,
                JULY.atDay(1), JULY.atEndOfMonth(), 480, 481, Unit.MINUTES));
    }

    @Test
    void belowTargetCountsOnlyTheMonthOfTheSlot() {
        Slot july = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        // the July slot does not help August: August's whole 480 is short
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursBelowTarget(f))
                .given(new WorkerMonth(yamada, 1, AUGUST, 480), july)
                .penalizesBy(480);
    }

    // ---------------------------------------------------------------- monthly hours above target

    @Test
    void aboveTargetCostsEveryExtraMinute() {
        Slot monday = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Slot tuesday = data.slot(yamada, MONDAY.plusDays(1), "08:00", "17:00", 60);
        // 2 × 480 = 960 against a target of 480: 480 above (× 1 soft)
        var assertion = VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursAboveTarget(f))
                .given(new WorkerMonth(yamada, 0, JULY, 480), monday, tuesday);
        assertion.penalizesBy(480);
        assertion.justifiesWithExactly(new RuleBreak(FairnessConstraints.MONTHLY_HOURS_ABOVE_TARGET, yamada, null,
                JULY.atDay(1), JULY.atEndOfMonth(), 960, 480, Unit.MINUTES));
    }

    @Test
    void aboveTargetPenalisesOneMinuteOver() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursAboveTarget(f))
                .given(new WorkerMonth(yamada, 0, JULY, 479), slot)
                .penalizesBy(1);
    }

    @Test
    void aboveTargetAcceptsExactlyTheTargetAndMonthsWithoutWork() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.monthlyHoursAboveTarget(f))
                .given(new WorkerMonth(yamada, 0, JULY, 480), new WorkerMonth(yamada, 1, AUGUST, 0), slot)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- worker load balance

    @Test
    void workerLoadBalanceIsZeroForEqualLoads() {
        Worker sato = data.worker("sato");
        Slot a = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Slot b = data.slot(sato, MONDAY.plusDays(1), "08:00", "17:00", 60);
        Slot empty = data.slot(null, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.workerLoadBalance(f)).given(yamada, sato, a, b, empty)
                .penalizesBy(0);
    }

    @Test
    void workerLoadBalanceCountsAnIdleWorker() {
        Worker sato = data.worker("sato");
        Slot a = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        // loads 480 and 0 (sato is added by the complement), mean 240: √(240² + 240²) = √115200 = 339.41 → 339
        var assertion = VERIFIER.verifyThat((p, f) -> FairnessConstraints.workerLoadBalance(f)).given(yamada, sato, a);
        assertion.penalizesBy(339);
        assertion.justifiesWithExactly(new RuleBreak(FairnessConstraints.WORKER_LOAD_BALANCE, null, null, null, null,
                339, 0, Unit.MINUTES));
    }

    @Test
    void workerLoadBalanceWithThreeWorkers() {
        Worker sato = data.worker("sato");
        Worker suzuki = data.worker("suzuki");
        Slot a = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Slot b = data.slot(sato, MONDAY, "08:00", "17:00", 60);
        // loads 480, 480, 0, mean 320: √(160² + 160² + 320²) = √153600 = 391.92 → 391
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.workerLoadBalance(f)).given(yamada, sato, suzuki, a, b)
                .penalizesBy(391);
    }

    // ---------------------------------------------------------------- member shortage balance

    private final Member other = data.member("m2", MemberKind.MEMBER);
    private final Site otherSite = data.site("s2", other, 34.40, 131.50);

    @Test
    void memberShortageBalanceIsZeroWhenNothingIsShort() {
        Slot a = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Slot b = data.slot(data.worker("sato"), otherSite, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.memberShortageBalance(f)).given(a, b)
                .penalizesBy(0);
    }

    @Test
    void memberShortageBalanceIsZeroWhenTheShortageIsShared() {
        // each member: 1 of 2 required heads filled → 500 ‰ each, equal shares
        Cover a = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(2, 0));
        Cover b = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).site(otherSite).headcount(2, 0));
        List<Slot> slots = new ArrayList<>(a.createSlots());
        slots.addAll(b.createSlots());
        slots.get(0).setWorker(yamada);
        slots.get(2).setWorker(data.worker("sato"));
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.memberShortageBalance(f)).given(slots.toArray())
                .penalizesBy(0);
    }

    @Test
    void memberShortageBalancePenalisesOneMemberCarryingTheShortage() {
        Slot a = data.slot(null, MONDAY, "08:00", "17:00", 60);                         // member m1: 1000 ‰ unfilled
        Slot b = data.slot(yamada, otherSite, MONDAY, "08:00", "17:00", 60);            // member m2: 0 ‰
        // shares 1000 and 0, mean 500: √(500² + 500²) = √500000 = 707.11 → 707
        var assertion = VERIFIER.verifyThat((p, f) -> FairnessConstraints.memberShortageBalance(f)).given(a, b);
        assertion.penalizesBy(707);
        assertion.justifiesWithExactly(new RuleBreak(FairnessConstraints.MEMBER_SHORTAGE_BALANCE, null, null, null, null,
                707, 0, Unit.WEIGHT));
    }

    @Test
    void memberShortageBalanceWeighsByMinutes() {
        // m1: an unfilled 480-min head and a filled 240-min head → 480 × 1000 / 720 = 666 ‰; m2: 0 ‰
        Slot unfilled = data.slot(null, MONDAY, "08:00", "17:00", 60);
        Slot filled = data.slot(yamada, MONDAY.plusDays(1), "08:00", "12:00", 0);
        Slot b = data.slot(data.worker("sato"), otherSite, MONDAY, "08:00", "17:00", 60);
        // √(333² + 333²) = √(666² / 2) = 470.93 → 470
        VERIFIER.verifyThat((p, f) -> FairnessConstraints.memberShortageBalance(f)).given(unfilled, filled, b)
                .penalizesBy(470);
    }

    // ---------------------------------------------------------------- weights

    @Test
    void constraintWeights() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        var analysis = ANALYZER.analyze(data.roster(List.of(slot)));
        var below = analysis.getConstraintAnalysis(FairnessConstraints.MONTHLY_HOURS_BELOW_TARGET);
        assertThat(below.weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(2).negate());
        assertThat(below.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-2 * (9120 + 9600)));
        assertThat(analysis.getConstraintAnalysis(FairnessConstraints.MONTHLY_HOURS_ABOVE_TARGET).weight())
                .isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
        assertThat(analysis.getConstraintAnalysis(FairnessConstraints.WORKER_LOAD_BALANCE).weight())
                .isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
        assertThat(analysis.getConstraintAnalysis(FairnessConstraints.MEMBER_SHORTAGE_BALANCE).weight())
                .isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
    }

    private static Object[] facts(List<?> facts, Object... more) {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(List.of(more));
        return all.toArray();
    }

}
