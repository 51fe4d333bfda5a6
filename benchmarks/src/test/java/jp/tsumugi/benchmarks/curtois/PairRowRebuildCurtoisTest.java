package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.move.PairRowRebuild;
import jp.tsumugi.solver.solve.move.ReassignMove;
import jp.tsumugi.solver.solve.move.RowRebuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static jp.tsumugi.benchmarks.curtois.RowRebuildCurtoisTest.apply;
import static jp.tsumugi.benchmarks.curtois.RowRebuildCurtoisTest.assertCostIsScoreChange;
import static jp.tsumugi.benchmarks.curtois.RowRebuildCurtoisTest.costOf;
import static jp.tsumugi.benchmarks.curtois.RowRebuildCurtoisTest.randomRoster;
import static jp.tsumugi.benchmarks.curtois.RowRebuildCurtoisTest.undo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PairRowRebuild} on the real Curtois instances, against the constraint provider: the search's cost of a pair of
 * rows minus that of the current pair is exactly the score's change (the covers do not change, both workers' contract
 * rules and requests are priced across the window's edges), and on short windows the proposed exchange is the best of
 * all exchanges, found by trying every one.
 */
class PairRowRebuildCurtoisTest {
    private static SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    @BeforeAll
    static void buildSolverOnce() {
        solutionManager = SolutionManager.create(SolverFactory.create(RosterSolverConfig.create(null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theSearchCostOfTheProposedPairIsTheScoreChange(int n) {
        CurtoisMapping mapping = CurtoisMapping.of(Resources.instance(n));
        Random random = new Random(100 + n);
        int compared = 0;
        for (int round = 0; round < 8; round++) {
            Roster roster = randomRoster(mapping, random, 0.3 + round * 0.08);
            HardMediumSoftLongScore before = solutionManager.update(roster);
            PairRowRebuild rebuild = PairRowRebuild.on(roster);
            List<Worker> workers = roster.getWorkers();
            int days = roster.getCalendar().getDayCount();
            for (int k = 0; k < 12; k++) {
                Worker a = workers.get(random.nextInt(workers.size()));
                Worker b = workers.get(random.nextInt(workers.size()));
                if (a == b) {
                    continue;
                }
                // Windows of 7 to 28 days, as drawn.
                int first = random.nextInt(days - 6);
                int last = Math.min(days - 1, first + 6 + random.nextInt(22));
                RowRebuild.Proposal proposal = rebuild.propose(a, b, first, last);
                if (proposal == null) {
                    continue; // both off on every day of the window
                }
                assertCostIsScoreChange(solutionManager, roster, before, proposal, String.format(
                        "Instance%d round %d, %s and %s days %d-%d", n, round, a.getId(), b.getId(), first, last));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(80);
    }

    /**
     * On windows of five days the proposed exchange is the best of every exchange that changes something (each day on
     * which the two may swap: kept or swapped), each scored by the solver.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void onShortWindowsTheProposedExchangeIsTheBestOfAllExchanges(int n) {
        CurtoisMapping mapping = CurtoisMapping.of(Resources.instance(n));
        Random random = new Random(200 + n);
        int compared = 0;
        for (int round = 0; round < 10; round++) {
            Roster roster = randomRoster(mapping, random, 0.5);
            HardMediumSoftLongScore before = solutionManager.update(roster);
            List<Worker> workers = roster.getWorkers();
            Worker a = workers.get(random.nextInt(workers.size()));
            Worker b = workers.get((workers.indexOf(a) + 1 + random.nextInt(workers.size() - 1)) % workers.size());
            int days = roster.getCalendar().getDayCount();
            int first = random.nextInt(days - 4);
            int last = first + 4;
            RowRebuild.Proposal proposal = PairRowRebuild.on(roster).propose(a, b, first, last);
            List<Integer> swappable = new ArrayList<>();
            for (int d = first; d <= last; d++) {
                if (swappable(roster, a, b, d)) {
                    swappable.add(d);
                }
            }
            if (swappable.isEmpty()) {
                assertThat(proposal).isNull();
                continue;
            }
            assertThat(proposal).isNotNull();
            long best = Long.MAX_VALUE;
            for (int mask = 1; mask < 1 << swappable.size(); mask++) {
                List<Slot> slots = new ArrayList<>();
                List<Worker> to = new ArrayList<>();
                for (int i = 0; i < swappable.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        int d = swappable.get(i);
                        addIfPresent(slots, to, slotOf(roster, a, d), b);
                        addIfPresent(slots, to, slotOf(roster, b, d), a);
                    }
                }
                ReassignMove exchange = new ReassignMove("test", slots, to);
                List<Worker> previous = apply(exchange);
                best = Math.min(best, costOf(before, solutionManager.update(roster)));
                undo(exchange, previous);
            }
            List<Worker> previous = apply(proposal.move());
            long proposed = costOf(before, solutionManager.update(roster));
            undo(proposal.move(), previous);
            assertThat(proposed).as("Instance%d round %d %s and %s days %d-%d", n, round, a.getId(), b.getId(), first,
                    last).isEqualTo(best);
            assertThat(proposal.cost() - proposal.currentCost()).isEqualTo(proposed);
            compared++;
        }
        assertThat(compared).isGreaterThan(5);
    }

    private static void addIfPresent(List<Slot> slots, List<Worker> to, Slot slot, Worker worker) {
        if (slot != null) {
            slots.add(slot);
            to.add(worker);
        }
    }

    private static Slot slotOf(Roster roster, Worker worker, int d) {
        for (Slot slot : roster.getSlots()) {
            if (slot.getDayIndex() == d && slot.getWorker() == worker) {
                return slot;
            }
        }
        return null;
    }

    /** Whether the two may swap their day {@code d}: not both off, not one cover, each may work the other's slot. */
    private static boolean swappable(Roster roster, Worker a, Worker b, int d) {
        Slot slotA = slotOf(roster, a, d);
        Slot slotB = slotOf(roster, b, d);
        if (slotA == null && slotB == null) {
            return false;
        }
        if (slotA != null && slotB != null && slotA.getCover() == slotB.getCover()) {
            return false;
        }
        return (slotA == null || !b.hasUnavailabilityOn(slotA.getDate()))
                && (slotB == null || !a.hasUnavailabilityOn(slotB.getDate()));
    }
}
