package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PairRowRebuild} on the two-week roster (every slot a one-head required cover of 480 minutes): two workers
 * exchange days where neither can change its row alone without leaving a head empty, only days of the window change,
 * and drawn moves are whole-day exchanges between the two drawn workers (never a pinned slot, never a slot to a worker
 * unavailable that day). PairRowRebuildCurtoisTest (benchmarks) checks its costs against the score.
 */
class PairRowRebuildTest extends TwoWeekRosterTest {
    /**
     * One broken counted unit (a weekend too many, weighed as a shift's minutes, as the Curtois weights do) or 480
     * minutes missing or too many.
     */
    private static final long UNIT = 480 * RowPricing.HARD;

    /** Exactly two shifts (960 minutes) and at most {@code maxWeekends} weekends. */
    private static ContractRules twoShifts(int maxWeekends) {
        return new ContractRules(Map.of(), 960, 960, null, null, null, maxWeekends);
    }

    /**
     * a (no weekend allowed) works Monday and Saturday early, b (one weekend) Tuesday and Wednesday early; c, without
     * contract rules, works every other slot, so no head is empty.
     */
    private void weekendToTrade() {
        roster.setConstraintWeightOverrides(ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(
                Map.of(jp.tsumugi.solver.score.ContractConstraints.MAX_WEEKENDS,
                        ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ofHard(480))));
        a.withContract(twoShifts(0));
        b.withContract(twoShifts(1));
        early[0].setWorker(a);
        early[5].setWorker(a);
        early[1].setWorker(b);
        early[2].setWorker(b);
        for (Slot slot : roster.getSlots()) {
            if (slot.getWorker() == null) {
                slot.setWorker(c);
            }
        }
    }

    private static Set<Integer> daysOf(ReassignMove move) {
        Set<Integer> days = new HashSet<>();
        move.slots().forEach(slot -> days.add(slot.getDayIndex()));
        return days;
    }

    @Test
    void twoWorkersTradeAWeekendDayForAWeekdayWhichNeitherRowCanDoAlone() {
        weekendToTrade();
        RowRebuild.Proposal pair = PairRowRebuild.on(roster).propose(a, b, 0, 6);
        assertThat(pair).isNotNull();
        assertThat(pair.cost() - pair.currentCost()).as("a's weekend repaired, nothing broken").isEqualTo(-UNIT);
        TreeMap<Integer, Slot> rowA = rowAfter(a, pair.move());
        TreeMap<Integer, Slot> rowB = rowAfter(b, pair.move());
        assertThat(rowA).hasSize(2).doesNotContainKeys(5, 6);
        assertThat(rowB).hasSize(2).containsKey(5);
        // Every slot keeps a worker: the covers are as before.
        assertThat(after(pair.move()).values()).doesNotContainNull();
        doAndUndo(pair.move());

        RowRebuild.Proposal alone = RowRebuild.on(roster).propose(a, 0, 6);
        assertThat(alone.cost() - alone.currentCost()).as("alone, a only trades its weekend for missing minutes")
                .isGreaterThan(-UNIT);
    }

    @Test
    void onlyTheWindowsDaysAreExchanged() {
        weekendToTrade();
        PairRowRebuild factory = PairRowRebuild.on(roster);
        // Days 2–5: b's Wednesday for a's Saturday.
        RowRebuild.Proposal both = factory.propose(a, b, 2, 5);
        assertThat(daysOf(both.move())).containsExactlyInAnyOrder(2, 5);
        assertThat(both.cost() - both.currentCost()).isEqualTo(-UNIT);
        // One day less at either end: the Saturday alone (a a shift short, b one too many), or Wednesday alone.
        RowRebuild.Proposal noWednesday = factory.propose(a, b, 3, 5);
        assertThat(daysOf(noWednesday.move())).containsExactly(5);
        assertThat(noWednesday.cost() - noWednesday.currentCost()).isEqualTo(-UNIT + 2 * UNIT);
        RowRebuild.Proposal noSaturday = factory.propose(a, b, 2, 4);
        assertThat(daysOf(noSaturday.move())).containsExactly(2);
        assertThat(noSaturday.cost() - noSaturday.currentCost()).isEqualTo(2 * UNIT);
        // Nobody works days 3–4: nothing to exchange.
        assertThat(factory.propose(a, b, 3, 4)).isNull();
    }

    @Test
    void aSlotOnTheOthersDayOffIsNotExchanged() {
        weekendToTrade();
        // b may not work Saturday: a's weekend can only go by a shift short (no pair repairs it).
        data.dayOff(b, MONDAY.plusDays(5));
        RowRebuild.Proposal proposal = PairRowRebuild.on(roster).propose(a, b, 0, 6);
        assertThat(rowAfter(b, proposal.move())).doesNotContainKey(5);
        assertThat(proposal.cost() - proposal.currentCost()).isGreaterThan(-UNIT);
    }

    @Test
    void withFewerThanTwoWorkersWithContractRulesTheKindHasNothingToDraw() {
        PairRowRebuild factory = PairRowRebuild.on(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
        a.withContract(twoShifts(1));
        assertThat(PairRowRebuild.on(roster).createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
        b.withContract(twoShifts(1));
        fill(3);
        factory = PairRowRebuild.on(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).isTrue();
        for (ReassignMove move : draws(factory, 4, 30)) {
            assertThat(move.workers()).allMatch(w -> w == a || w == b);
        }
    }

    @Test
    void drawnMovesAreWholeDayExchangesOfTheTwoWorkersNeverOfPinnedSlots() {
        for (Worker worker : new Worker[] {a, b, c}) {
            worker.withContract(new ContractRules(Map.of(), 5 * 480, 9 * 480, 2, 4, 1, 1));
        }
        data.dayOff(c, MONDAY.plusDays(6));
        for (long seed = 1; seed <= 5; seed++) {
            fill(seed);
            early[3].setPinned(true);
            late[9].setPinned(true);
            PairRowRebuild factory = PairRowRebuild.on(roster);
            int drawn = 0;
            for (ReassignMove move : draws(factory, seed, 40)) {
                drawn++;
                assertThat(move.slots()).doesNotContain(early[3], late[9]).doesNotHaveDuplicates();
                Map<Slot, Worker> after = after(move);
                for (int k = 0; k < move.slots().size(); k++) {
                    Slot slot = move.slots().get(k);
                    Worker from = slot.getWorker();
                    Worker to = move.workers().get(k);
                    assertThat(from).as("only assigned slots move").isNotNull();
                    assertThat(to).as("to the other worker of the pair").isNotNull().isNotSameAs(from);
                    assertThat(to.hasUnavailabilityOn(slot.getDate())).isFalse();
                    // The whole day is exchanged: the receiver's own slot of that day goes to the giver.
                    for (Slot other : roster.getSlots()) {
                        if (other.getDayIndex() == slot.getDayIndex() && other.getWorker() == to) {
                            assertThat(after.get(other)).isSameAs(from);
                        }
                    }
                }
                rowAfter(a, move);
                rowAfter(b, move);
                rowAfter(c, move);
                doAndUndo(move);
            }
            assertThat(drawn).isGreaterThan(20);
        }
    }
}
