package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jp.tsumugi.solver.SmallYear;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pattern moves inside a real local search in FULL_ASSERT mode: Timefold checks after every move and its undo that
 * the incremental score equals a from-scratch score, so a move that announced a change wrongly, or whose undo did not
 * restore the roster, fails here. Pinned slots keep their worker.
 */
class PatternMovesFullAssertTest {

    @Test
    void patternMovesKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(null);
    }

    @Test
    void balancedTradesKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(PatternMoveFactory.BalancedTrade.class);
    }

    @Test
    void nearbySwapsKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(PatternMoveFactory.NearbySwap.class);
    }

    @Test
    void fillEmptyHeadChainsKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(FillEmptyHead.class);
    }

    @Test
    void fillWeekendHeadMovesKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(FillWeekendHead.class);
    }

    @Test
    void rowRebuildsKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(RowRebuild.class, true);
    }

    @Test
    void pairRowRebuildsKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(PairRowRebuild.class, true);
    }

    /**
     * The chain prices its follow-up rows on slots it changes and restores itself: the score must not notice (on any
     * roster size: this one is below the kind's worker-days).
     */
    @Test
    void chainRowRebuildsKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(ChainRowRebuildTest.AnySize.class, true);
    }

    @Test
    void hoursToTargetMovesKeepTheScoreExactAndNeverMovePinnedSlots() {
        solveAndCheck(HoursToTarget.class);
    }

    /**
     * With {@code only}, construction first (these moves only move assigned slots), then a local search that draws
     * moves of that factory only; with {@code null} the default local search from the unassigned roster.
     */
    private static void solveAndCheck(Class<? extends PatternMoveFactory> only) {
        solveAndCheck(only, false);
    }

    /** As {@link #solveAndCheck(Class)}; with {@code contracts}, every other worker has contract rules. */
    private static void solveAndCheck(Class<? extends PatternMoveFactory> only, boolean contracts) {
        Roster problem = SmallYear.build(4, 8, 42);
        Map<String, Worker> pinned = pinEverySeventhSlot(problem);
        // Contract rows (which only RowRebuild and PairRowRebuild read, and the contract rules score) for every other worker.
        for (int i = 0; contracts && i < problem.getWorkers().size(); i += 2) {
            problem.getWorkers().get(i).withContract(new ContractRules(Map.of(), 60 * 60, 1_500 * 60, 2, 5, 2, 30));
        }
        SolverConfig config = RosterSolverConfig.create(null, RosterSolverConfig.Variant.LATE_ACCEPTANCE_PATTERNS)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withRandomSeed(3L);
        // Local search only (from the half-pinned, otherwise empty roster): every evaluated move is asserted.
        PhaseConfig<?> localSearch = config.getPhaseConfigList().get(1);
        localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(150));
        if (only != null) {
            ((LocalSearchPhaseConfig) localSearch).setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(only));
            config.setPhaseConfigList(List.of(config.getPhaseConfigList().get(0), localSearch));
        } else {
            config.setPhaseConfigList(List.of(localSearch));
        }

        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);

        assertPinnedKeptAndOthersMoved(solved, pinned);
    }

    /**
     * Pins every seventh slot of {@code problem}, every other one of them empty and the rest to a worker; returns the
     * pinned slots' workers by slot id.
     */
    static Map<String, Worker> pinEverySeventhSlot(Roster problem) {
        List<Slot> slots = problem.getSlots();
        List<Worker> workers = problem.getWorkers();
        Map<String, Worker> pinned = new HashMap<>();
        for (int i = 0; i < slots.size(); i += 7) {
            Slot slot = slots.get(i);
            Worker worker = i % 14 == 0 ? null : workers.get(i % workers.size());
            slot.setWorker(worker);
            slot.setPinned(true);
            pinned.put(slot.getId(), worker);
        }
        return pinned;
    }

    /** Every pinned slot kept its worker (or stayed empty), and some unpinned slot got one. */
    static void assertPinnedKeptAndOthersMoved(Roster solved, Map<String, Worker> pinned) {
        for (Slot slot : solved.getSlots()) {
            if (pinned.containsKey(slot.getId())) {
                Worker expected = pinned.get(slot.getId());
                assertThat(slot.getWorker() == null ? null : slot.getWorker().getId())
                        .isEqualTo(expected == null ? null : expected.getId());
            }
        }
        assertThat(solved.getSlots()).anyMatch(slot -> !slot.isPinned() && slot.isAssigned());
    }
}
