package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broken contract rules {@link RowPricing#breaks} reads off the rows (each rule at its threshold and one beyond,
 * the plan's edges exempt as the score has them), and {@link RepairRowRebuild}, which draws its rows around them.
 */
class RepairRowRebuildTest extends TwoWeekRosterTest {

    private static ContractRules runs(Integer minRun, Integer maxRun, Integer minOff) {
        return new ContractRules(Map.of(), null, null, minRun, maxRun, minOff, null);
    }

    private void works(Worker worker, int... days) {
        for (int d : days) {
            early[d].setWorker(worker);
        }
    }

    private List<RowPricing.Break> breaks() {
        return RowRebuild.on(roster).breaks();
    }

    @Test
    void aRunLongerThanTheMaximumIsBrokenOnItsDays() {
        a.withContract(runs(null, 3, null));
        works(a, 2, 3, 4);
        assertThat(breaks()).isEmpty();
        works(a, 5);
        assertThat(breaks()).containsExactly(new RowPricing.Break(a, 2, 5));
    }

    @Test
    void aRunShorterThanTheMinimumIsBrokenUnlessItTouchesThePlansEdge() {
        a.withContract(runs(2, null, null));
        works(a, 4, 5);
        assertThat(breaks()).isEmpty();
        works(a, 8, 13);
        assertThat(breaks()).containsExactly(new RowPricing.Break(a, 8, 8));
        works(a, 0);
        assertThat(breaks()).containsExactly(new RowPricing.Break(a, 8, 8));
    }

    @Test
    void daysOffShorterThanTheMinimumAreBrokenUnlessTheyTouchThePlansEdge() {
        a.withContract(runs(null, null, 2));
        // Day 0 off alone touches the plan's first day; days 4–5 off are two.
        works(a, 1, 2, 3, 6, 7);
        assertThat(breaks()).isEmpty();
        works(a, 9);
        assertThat(breaks()).containsExactly(new RowPricing.Break(a, 8, 8));
    }

    @Test
    void aPlanTotalBreaksTheWholePlanAndTooManyWeekendsEachWorkedWeekend() {
        int day = early[0].getNetMinutes();
        a.withContract(new ContractRules(Map.of(), 3 * day, 4 * day, null, null, null, 1));
        works(a, 0, 1, 2);
        assertThat(breaks()).isEmpty();
        early[0].setWorker(null);
        assertThat(breaks()).as("below the minimum of minutes").containsExactly(new RowPricing.Break(a, 0, 13));
        works(a, 0, 3, 4);
        assertThat(breaks()).as("above the maximum of minutes").containsExactly(new RowPricing.Break(a, 0, 13));
        roster.getSlots().forEach(slot -> slot.setWorker(null));
        works(a, 2, 5, 6);
        assertThat(breaks()).as("one weekend").isEmpty();
        early[6].setWorker(null);
        works(a, 12);
        assertThat(breaks()).as("two weekends, one allowed: each worked weekend").containsExactly(
                new RowPricing.Break(a, 5, 6), new RowPricing.Break(a, 12, 13));
    }

    @Test
    void aForbiddenSuccessionIsBrokenOnItsTwoDaysAndTooManyShiftsOfATypeOnTheWholePlan() {
        jp.tsumugi.solver.domain.ShiftType night = data.shiftType("N");
        jp.tsumugi.solver.domain.ShiftType morning = data.shiftType("M");
        night.forbidSuccessor(morning);
        List<jp.tsumugi.solver.domain.Slot> slots = new java.util.ArrayList<>();
        jp.tsumugi.solver.domain.Slot[] nights = new jp.tsumugi.solver.domain.Slot[14];
        jp.tsumugi.solver.domain.Slot[] mornings = new jp.tsumugi.solver.domain.Slot[14];
        for (int d = 0; d < 14; d++) {
            mornings[d] = data.cover(data.coverBuilder(MONDAY.plusDays(d), "06:00", "14:00", 0).shiftType(morning))
                    .createSlots().get(0);
            nights[d] = data.cover(data.coverBuilder(MONDAY.plusDays(d), "22:00", "06:00", 0).shiftType(night))
                    .createSlots().get(0);
            slots.add(mornings[d]);
            slots.add(nights[d]);
        }
        roster = data.roster(slots);
        a.withContract(new ContractRules(Map.of("N", 2), null, null, null, null, null, null));
        nights[3].setWorker(a);
        mornings[5].setWorker(a);
        nights[6].setWorker(a);
        assertThat(breaks()).as("a morning two days after a night, two nights").isEmpty();
        mornings[4].setWorker(a);
        assertThat(breaks()).containsExactly(new RowPricing.Break(a, 3, 4));
        mornings[4].setWorker(null);
        nights[9].setWorker(a);
        assertThat(breaks()).as("three nights, two allowed").containsExactly(new RowPricing.Break(a, 0, 13));
    }

    @Test
    void workersWithoutRulesBreakNothing() {
        works(a, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        b.withContract(runs(null, 3, null));
        works(b);
        assertThat(breaks()).isEmpty();
    }

    @Test
    void whileARowBreaksARuleEveryDrawRebuildsThatWorkersRowAndOtherwiseNone() {
        a.withContract(runs(null, null, 2));
        b.withContract(runs(null, null, 2));
        works(a, 5, 6, 8, 9);
        late[0].setWorker(b);
        RepairRowRebuild repair = new RepairRowRebuild();
        repair.index(roster);
        List<ReassignMove> moves = draws(repair, 7, 100);
        assertThat(moves).hasSizeGreaterThan(50);
        for (ReassignMove move : moves) {
            Set<Worker> touched = move.slots().stream().map(slot -> slot.getWorker()).collect(Collectors.toSet());
            touched.addAll(move.workers());
            touched.remove(null);
            assertThat(touched).containsExactly(a);
        }
        assertThat(repair.canDraw()).isTrue();
        // Once no row breaks a rule, the kind has nothing to draw (the union then draws as without it).
        early[7].setWorker(a);
        repair.index(roster);
        assertThat(repair.canDraw()).isFalse();
        assertThat(draws(repair, 7, 100)).isEmpty();
    }

    @Test
    void aKindWithNothingToDrawSeesARuleALaterStepBreaksWithoutBeingIndexedAgain() {
        a.withContract(runs(null, 3, null));
        works(a, 2, 3, 4);
        RepairRowRebuild repair = new RepairRowRebuild();
        repair.index(roster);
        assertThat(repair.canDraw()).isFalse();
        // A step of the phase breaks the rule; the kind is indexed once per phase, so only its reads can see it.
        works(a, 5);
        boolean seen = false;
        for (int read = 0; read < RepairRowRebuild.REFRESH && !seen; read++) {
            seen = repair.canDraw();
        }
        assertThat(seen).isTrue();
    }

    @Test
    void everyWidenthDrawOfTheSameBrokenRuleSearchesTheWholePlanAndTheOtherDrawsAWindowAroundIt() {
        // Sixty days, one early slot each: a window of at most 28 days is never the whole plan.
        jp.tsumugi.solver.TestData sixty = new jp.tsumugi.solver.TestData().window(MONDAY, MONDAY.plusDays(59));
        Worker w = sixty.worker("w").withContract(runs(null, null, 2));
        Worker x = sixty.worker("x").withContract(runs(null, null, 2));
        List<jp.tsumugi.solver.domain.Slot> slots = new java.util.ArrayList<>();
        for (int d = 0; d < 60; d++) {
            jp.tsumugi.solver.domain.Slot slot = sixty.cover(MONDAY.plusDays(d), "06:00", "14:00", 0).createSlots()
                    .get(0);
            slot.setWorker(d == 28 || d == 29 || d == 31 || d == 32 ? w : d == 10 || d == 12 ? x : null);
            slots.add(slot);
        }
        RepairRowRebuild repair = new RepairRowRebuild();
        repair.index(sixty.roster(slots));
        RowPricing.Break wOff = new RowPricing.Break(w, 30, 30);
        RowPricing.Break xOff = new RowPricing.Break(x, 11, 11);
        assertThat(repair.breaks()).containsExactlyInAnyOrder(wOff, xOff);
        java.util.Random random = new java.util.Random(3);
        // The two rules drawn in turn: each counts its own draws.
        for (int draw = 1; draw <= 3 * RepairRowRebuild.WIDEN; draw++) {
            for (RowPricing.Break broken : List.of(wOff, xOff)) {
                int[] window = repair.repairWindow(broken, random);
                if (draw % RepairRowRebuild.WIDEN == 0) {
                    assertThat(window).as("draw %d of %s", draw, broken).containsExactly(0, 59);
                } else {
                    assertThat(window[1] - window[0] + 1).as("draw %d of %s", draw, broken)
                            .isBetween(RowPricing.MIN_WINDOW_DAYS, RowPricing.MAX_WINDOW_DAYS);
                    assertThat(window[0]).isLessThanOrEqualTo(broken.from());
                    assertThat(window[1]).isGreaterThanOrEqualTo(broken.to());
                }
            }
        }
        // The kind's draws search the windows repairWindow gives: x's row keeps its rules now, so w's is drawn.
        slots.get(11).setWorker(x);
        slots.get(13).setWorker(x);
        List<int[]> searched = new java.util.ArrayList<>();
        RepairRowRebuild drawing = new RepairRowRebuild() {
            @Override
            public Proposal propose(Worker worker, int first, int last) {
                searched.add(new int[] {first, last});
                return super.propose(worker, first, last);
            }
        };
        drawing.index(sixty.roster(slots));
        assertThat(drawing.breaks()).containsExactly(wOff);
        for (int draw = 1; draw <= RepairRowRebuild.WIDEN; draw++) {
            drawing.draw(random);
        }
        assertThat(searched).hasSize(RepairRowRebuild.WIDEN);
        assertThat(searched.get(RepairRowRebuild.WIDEN - 1)).containsExactly(0, 59);
        assertThat(searched.subList(0, RepairRowRebuild.WIDEN - 1))
                .allSatisfy(window -> assertThat(window[1] - window[0] + 1).isLessThanOrEqualTo(28));
    }
}
