package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jp.tsumugi.solver.SmallYear;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RosterMovesTest extends TwoWeekRosterTest {
    private static final String BLOCK = PatternMoveFactory.BlockSwap.class.getName();


    private RosterMoves moves(String kinds) {
        RosterMoves moves = new RosterMoves();
        moves.setKinds(kinds);
        moves.index(roster);
        return moves;
    }

    /** Nobody holds two slots that overlap in time. */
    private void assertNoDoubleBooking(Map<Slot, Worker> assignment) {
        for (Slot x : roster.getSlots()) {
            for (Slot y : roster.getSlots()) {
                if (x != y && assignment.get(x) != null && assignment.get(x) == assignment.get(y)) {
                    assertThat(x.getStartEpochMinute() < y.getEndEpochMinute()
                            && y.getStartEpochMinute() < x.getEndEpochMinute()).isFalse();
                }
            }
        }
    }

    @Test
    void changeGivesASlotToAnotherWorkerOrToNobodyAndNeverDoubleBooks() {
        fill(9);
        RosterMoves moves = moves("change:1");
        Random random = new Random(2);
        int assigned = 0;
        int emptied = 0;
        int reassigned = 0;
        for (int i = 0; i < 3000; i++) {
            ReassignMove move = moves.change(random);
            assertThat(move.slots()).hasSize(1);
            Slot slot = move.slots().get(0);
            Worker to = move.workers().get(0);
            assertThat(to).isNotSameAs(slot.getWorker());
            if (to != null) {
                assertNoDoubleBooking(after(move));
            }
            if (slot.getWorker() == null) {
                assigned++;
            } else if (to == null) {
                emptied++;
            } else {
                reassigned++;
            }
            doAndUndo(move);
        }
        assertThat(assigned).isPositive();
        assertThat(emptied).isPositive();
        assertThat(reassigned).isPositive();
    }

    @Test
    void changeLeavesOutAWorkerWhoseSlotOverlapsByOneMinuteAndKeepsOneWhoseSlotEndsAtTheStart() {
        Slot morning = data.cover(MONDAY, "06:00", "14:00", 0).createSlots().get(0);
        Slot overlapping = data.cover(MONDAY, "13:59", "22:00", 0).createSlots().get(0);
        Slot afterward = data.cover(MONDAY, "14:00", "22:00", 0).createSlots().get(0);
        roster = data.roster(List.of(morning, overlapping, afterward));
        morning.setWorker(a);
        morning.setPinned(true);
        RosterMoves moves = moves("change:1");
        Random random = new Random(5);
        int toAfterward = 0;
        for (int i = 0; i < 2000; i++) {
            ReassignMove move = moves.change(random);
            Slot slot = move.slots().get(0);
            assertThat(slot).isNotSameAs(morning);
            if (move.workers().get(0) == a) {
                assertThat(slot).isSameAs(afterward);
                toAfterward++;
            }
        }
        assertThat(toAfterward).isPositive();
    }

    @Test
    void swapTradesTwoDifferentWorkersInBothDirectionsWithoutDoubleBooking() {
        fill(11);
        RosterMoves moves = moves("swap:1");
        Random random = new Random(3);
        int withNobody = 0;
        int twoWorkers = 0;
        for (int i = 0; i < 3000; i++) {
            ReassignMove move = moves.swap(random);
            assertThat(move.slots()).hasSize(2);
            Slot left = move.slots().get(0);
            Slot right = move.slots().get(1);
            assertThat(left.getWorker()).isNotSameAs(right.getWorker());
            assertThat(move.workers()).containsExactly(right.getWorker(), left.getWorker());
            assertNoDoubleBooking(after(move));
            if (left.getWorker() == null || right.getWorker() == null) {
                withNobody++;
            } else {
                twoWorkers++;
            }
            doAndUndo(move);
        }
        assertThat(withNobody).isPositive();
        assertThat(twoWorkers).isPositive();
    }

    @Test
    void pinnedSlotsAreInNoMoveOfAnyKind() {
        fill(4);
        early[3].setPinned(true);
        late[8].setPinned(true);
        RosterMoves moves = moves("change:4;swap:2;" + BLOCK + ":1;" + PatternMoveFactory.Weekend.class.getName()
                + ":1;" + PatternMoveFactory.SameDayChange.class.getName() + ":1");
        Iterator<Move<Roster>> iterator = moves.createRandomMoveIterator(null, new Random(6));
        int patterns = 0;
        for (int i = 0; i < 5000; i++) {
            assertThat(iterator.hasNext()).isTrue();
            ReassignMove move = (ReassignMove) iterator.next();
            assertThat(move.slots()).doesNotContain(early[3], late[8]);
            if (move.slots().size() > 2) {
                patterns++;
            }
        }
        assertThat(patterns).isPositive();
    }

    @Test
    void kindsAreDrawnByWeightAndAZeroWeightLeavesAKindOut() {
        fill(7);
        Iterator<Move<Roster>> moves = moves("change:3;swap:1;" + BLOCK + ":0").createRandomMoveIterator(null,
                new Random(8));
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 8000; i++) {
            counts.merge(moves.next().getSimpleMoveTypeDescription(), 1, Integer::sum);
        }
        assertThat(counts).containsOnlyKeys("ReassignMove(change)", "ReassignMove(swap)");
        assertThat(counts.get("ReassignMove(change)")).isBetween(5700, 6300);
        assertThat(counts.get("ReassignMove(swap)")).isBetween(1700, 2300);

        Iterator<Move<Roster>> blocks = moves(BLOCK + ":2").createRandomMoveIterator(null, new Random(8));
        for (int i = 0; i < 200; i++) {
            assertThat(blocks.next().getSimpleMoveTypeDescription()).isEqualTo("ReassignMove(block-swap)");
        }
    }

    @Test
    void aRosterWithNothingToChangeGivesAMoveThatIsNotDoableAndEveryPinnedSlotNoMoveAtAll() {
        // Every slot empty and no worker: no change, no swap is possible.
        Slot only = data.cover(MONDAY, "06:00", "14:00", 0).createSlots().get(0);
        roster = new TestData().window(MONDAY, MONDAY).roster(List.of(only));
        RosterMoves moves = moves("change:1;swap:1");
        assertThat(moves.change(new Random(1)).isMoveDoable(TwoWeekRosterTest.director())).isFalse();
        assertThat(moves.swap(new Random(1)).isMoveDoable(TwoWeekRosterTest.director())).isFalse();

        only.setPinned(true);
        moves.index(roster);
        assertThat(moves.createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
    }

    @Test
    void badKindsAreRefused() {
        RosterMoves moves = new RosterMoves();
        assertThatThrownBy(() -> moves.setKinds("change")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> moves.setKinds("change:-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> moves.setKinds("java.lang.String:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> moves.setKinds(RosterMoves.class.getName() + ":1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> moves.setKinds("no.such.Kind:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultUnionBecomesTheSameKindsAndWeights() {
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) RosterSolverConfig.create(null).getPhaseConfigList().get(1);
        MoveIteratorFactoryConfig single = RosterSolverConfig.asRosterMoves(
                (UnionMoveSelectorConfig) search.getMoveSelectorConfig());
        assertThat(single.getMoveIteratorFactoryClass()).isEqualTo(RosterMoves.class);
        assertThat(single.getMoveIteratorFactoryCustomProperties().get("kinds")).isEqualTo(
                "change:4.0;swap:2.0;" + BLOCK + ":1.0;" + PatternMoveFactory.Weekend.class.getName() + ":1.0;"
                        + PatternMoveFactory.SameDayChange.class.getName() + ":1.0;" + FillEmptyHead.class.getName()
                        + ":0.5;" + SeasonSwap.class.getName() + ":0.5;" + RowRebuild.class.getName() + ":1.0;"
                        + PairRowRebuild.class.getName() + ":0.5;" + RepairRowRebuild.class.getName() + ":2.0;"
                        + SplitRowRebuild.class.getName() + ":0.5;" + ChainRowRebuild.class.getName() + ":1.0");

        UnionMoveSelectorConfig unfiltered = new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig()));
        assertThatThrownBy(() -> RosterSolverConfig.asRosterMoves(unfiltered))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A real local search in FULL_ASSERT mode drawing from {@link RosterMoves}: Timefold checks after every move and its
     * undo that the incremental score equals a from-scratch score. Pinned slots keep their worker.
     */
    @Test
    void aFullAssertSolveKeepsTheScoreExactAndNeverMovesPinnedSlots() {
        Roster problem = SmallYear.build(4, 8, 42);
        Map<String, Worker> pinned = PatternMovesFullAssertTest.pinEverySeventhSlot(problem);
        SolverConfig config = RosterSolverConfig.create(null).withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(3L);
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
        localSearch.setMoveSelectorConfig(RosterSolverConfig.asRosterMoves(
                (UnionMoveSelectorConfig) localSearch.getMoveSelectorConfig()));
        localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        config.setPhaseConfigList(List.<PhaseConfig>of(localSearch));

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);

        PatternMovesFullAssertTest.assertPinnedKeptAndOthersMoved(solved, pinned);
    }
}
