package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.move.ReassignMove;
import jp.tsumugi.solver.solve.move.RowRebuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RowRebuild} on the real Curtois instances, against the constraint provider: the search's cost of a row is
 * exactly what the score says (so its model of the contract rules, the covers and the requests, across the window's
 * edges, is the provider's), and on short windows the row it proposes is the best of all rows, found by trying every
 * one.
 */
class RowRebuildCurtoisTest {
    private static SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    @BeforeAll
    static void buildSolverOnce() {
        solutionManager = SolutionManager.create(SolverFactory.create(RosterSolverConfig.create(null)));
    }

    /** Random rows (never on a day off, at most one slot a day): each employee works a day with {@code p}. */
    static Roster randomRoster(CurtoisMapping mapping, Random random, double p) {
        Roster roster = mapping.roster();
        roster.getSlots().forEach(slot -> slot.setWorker(null));
        Map<Integer, List<Slot>> byDay = new HashMap<>();
        roster.getSlots().forEach(slot -> byDay.computeIfAbsent(slot.getDayIndex(), d -> new ArrayList<>()).add(slot));
        for (Worker worker : roster.getWorkers()) {
            for (List<Slot> day : byDay.values()) {
                if (random.nextDouble() >= p || worker.hasUnavailabilityOn(day.get(0).getDate())) {
                    continue;
                }
                Slot slot = day.get(random.nextInt(day.size()));
                if (slot.getWorker() == null) {
                    slot.setWorker(worker);
                }
            }
        }
        return roster;
    }

    /** The score's change, in the search's units: hard × {@link RowRebuild#HARD} plus soft, as a cost (penalty up). */
    /**
     * Does {@code proposal}'s move on {@code roster} (scored {@code before}), checks that the search's cost difference
     * is the score change, undoes it and checks the roster's score is back.
     */
    static void assertCostIsScoreChange(SolutionManager<Roster, HardMediumSoftLongScore> solutionManager, Roster roster,
            HardMediumSoftLongScore before, RowRebuild.Proposal proposal, String what) {
        List<Worker> previous = apply(proposal.move());
        HardMediumSoftLongScore after = solutionManager.update(roster);
        assertThat(proposal.cost() - proposal.currentCost()).as("%s: %s → %s", what, before, after)
                .isEqualTo(costOf(before, after));
        undo(proposal.move(), previous);
        assertThat(solutionManager.update(roster)).isEqualTo(before);
    }

    static long costOf(HardMediumSoftLongScore before, HardMediumSoftLongScore after) {
        assertThat(after.mediumScore()).isZero();
        return (before.hardScore() - after.hardScore()) * RowRebuild.HARD + (before.softScore() - after.softScore());
    }

    static List<Worker> apply(ReassignMove move) {
        List<Worker> previous = new ArrayList<>();
        for (int i = 0; i < move.slots().size(); i++) {
            previous.add(move.slots().get(i).getWorker());
        }
        for (int i = 0; i < move.slots().size(); i++) {
            move.slots().get(i).setWorker(move.workers().get(i));
        }
        return previous;
    }

    static void undo(ReassignMove move, List<Worker> previous) {
        for (int i = move.slots().size() - 1; i >= 0; i--) {
            move.slots().get(i).setWorker(previous.get(i));
        }
    }

    /** A proposal for a random worker on a random roster, with what it was asked (for the failure message). */
    private interface Proposer {
        RowRebuild.Proposal propose(RowRebuild rebuild, Worker worker, int days, Random random, StringBuilder asked);
    }

    /**
     * On 8 random rosters of Instance {@code n} (days worked with probability 0.3 up to 0.86), 12 proposals each for
     * random workers: each one's cost difference is the score change; more than 80 proposals in all.
     */
    private static void assertProposalsCostTheScoreChange(int n, long seed, Proposer proposer) {
        CurtoisMapping mapping = CurtoisMapping.of(Resources.instance(n));
        Random random = new Random(seed);
        int compared = 0;
        for (int round = 0; round < 8; round++) {
            Roster roster = randomRoster(mapping, random, 0.3 + round * 0.08);
            HardMediumSoftLongScore before = solutionManager.update(roster);
            RowRebuild rebuild = RowRebuild.on(roster);
            int days = roster.getCalendar().getDayCount();
            for (int k = 0; k < 12; k++) {
                Worker worker = roster.getWorkers().get(random.nextInt(roster.getWorkers().size()));
                StringBuilder asked = new StringBuilder();
                RowRebuild.Proposal proposal = proposer.propose(rebuild, worker, days, random, asked);
                if (proposal == null) {
                    continue; // e.g. one day, a day off: no other row
                }
                assertThat(proposal.currentCost()).as("random rows keep days off").isNotNull();
                assertCostIsScoreChange(solutionManager, roster, before, proposal,
                        String.format("Instance%d round %d, %s %s", n, round, worker.getId(), asked));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(80);
    }

    /** Instance6 has part-timers (P, Q, R) whose maximum of minutes random rows pass: charged day by day. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void theSearchCostOfTheProposedRowIsTheScoreChange(int n) {
        assertProposalsCostTheScoreChange(n, n, (rebuild, worker, days, random, asked) -> {
            int first = random.nextInt(days);
            int last = Math.min(days - 1, first + random.nextInt(28));
            asked.append("days ").append(first).append('-').append(last);
            return rebuild.propose(worker, first, last);
        });
    }

    /**
     * Two windows of one row searched together, the days between them fixed ({@code SplitRowRebuild}): the cost
     * difference is still the score change, and only the windows' days change.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void theSearchCostOfARowOverTwoWindowsIsTheScoreChange(int n) {
        assertProposalsCostTheScoreChange(n, 20 + n, (rebuild, worker, days, random, asked) -> {
            int length = 2 + random.nextInt(4);
            int a = random.nextInt(days - 2 * length - 1);
            int b = a + length + 1 + random.nextInt(days - a - 2 * length);
            asked.append("days ").append(a).append('-').append(a + length - 1).append(" and ").append(b).append('-')
                    .append(b + length - 1);
            RowRebuild.Proposal proposal = rebuild.propose(worker, a, b + length - 1, d -> d < a + length || d >= b);
            if (proposal != null) {
                assertThat(proposal.move().slots()).as("%s", asked)
                        .allMatch(slot -> slot.getDayIndex() < a + length || slot.getDayIndex() >= b);
            }
            return proposal;
        });
    }

    /**
     * On windows of four days the proposed row is the best of every row that differs from the current one (each day:
     * off, or an empty head of a cover, or the worker's own slot), each scored by the solver.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void onShortWindowsTheProposedRowIsTheBestOfAllRows(int n) {
        CurtoisMapping mapping = CurtoisMapping.of(Resources.instance(n));
        Random random = new Random(10 + n);
        for (int round = 0; round < 6; round++) {
            Roster roster = randomRoster(mapping, random, 0.5);
            HardMediumSoftLongScore before = solutionManager.update(roster);
            Worker worker = roster.getWorkers().get(random.nextInt(roster.getWorkers().size()));
            int days = roster.getCalendar().getDayCount();
            int first = random.nextInt(days - 3);
            int last = first + 3;
            RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(worker, first, last);
            assertThat(proposal).isNotNull();
            long best = Long.MAX_VALUE;
            for (List<Slot> row : allRows(roster, worker, first, last)) {
                Map<Slot, Worker> saved = new HashMap<>();
                roster.getSlots().forEach(slot -> saved.put(slot, slot.getWorker()));
                for (Slot slot : roster.getSlots()) {
                    if (slot.getWorker() == worker && slot.getDayIndex() >= first && slot.getDayIndex() <= last) {
                        slot.setWorker(null);
                    }
                }
                row.forEach(slot -> slot.setWorker(worker));
                boolean same = roster.getSlots().stream().allMatch(slot -> slot.getWorker() == saved.get(slot));
                if (!same) {
                    best = Math.min(best, costOf(before, solutionManager.update(roster)));
                }
                saved.forEach(Slot::setWorker);
            }
            List<Worker> previous = apply(proposal.move());
            long proposed = costOf(before, solutionManager.update(roster));
            undo(proposal.move(), previous);
            assertThat(proposed).as("Instance%d round %d %s days %d-%d", n, round, worker.getId(), first, last)
                    .isEqualTo(best);
        }
    }

    /** Every row of {@code worker} over the days: per day nothing, its own slot or an empty slot of another cover. */
    private static List<List<Slot>> allRows(Roster roster, Worker worker, int first, int last) {
        List<List<Slot>> rows = new ArrayList<>();
        rows.add(List.of());
        for (int d = first; d <= last; d++) {
            List<Slot> choices = new ArrayList<>();
            Map<Object, Slot> byCover = new HashMap<>();
            for (Slot slot : roster.getSlots()) {
                if (slot.getDayIndex() != d || slot.isPinned() || worker.hasUnavailabilityOn(slot.getDate())) {
                    continue;
                }
                if (slot.getWorker() == worker) {
                    byCover.put(slot.getCover(), slot);
                } else if (slot.getWorker() == null) {
                    byCover.putIfAbsent(slot.getCover(), slot);
                }
            }
            choices.addAll(byCover.values());
            List<List<Slot>> grown = new ArrayList<>();
            for (List<Slot> row : rows) {
                grown.add(row);
                for (Slot choice : choices) {
                    List<Slot> longer = new ArrayList<>(row);
                    longer.add(choice);
                    grown.add(longer);
                }
            }
            rows = grown;
        }
        return rows;
    }

    /**
     * {@link RowRebuild#rowCost}, which the column generation phase keeps rows by, against the evaluator: a row's
     * rules cost nothing exactly when the evaluator finds none of them broken (the employee working that row alone),
     * and its requests cost what the evaluator's request counts change by against the employee off all plan. Rows: the
     * search's rows (most keep the rules) and random ones (most do not); both kinds must occur.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 6})
    void aRowsOwnCostIsItsRulesAndRequestsAsTheEvaluatorCountsThem(int n) {
        CurtoisInstance instance = Resources.instance(n);
        CurtoisMapping mapping = CurtoisMapping.of(instance);
        Random random = new Random(n);
        int days = instance.horizon();
        int[][] off = new int[instance.employees().size()][days];
        for (int[] row : off) {
            java.util.Arrays.fill(row, -1);
        }
        CurtoisEvaluator.Evaluation none = CurtoisEvaluator.evaluate(instance, off);
        int legal = 0;
        int broken = 0;
        for (int round = 0; round < 6; round++) {
            Roster roster = randomRoster(mapping, random, 0.3 + 0.6 * random.nextDouble());
            RowRebuild rows = RowRebuild.on(roster);
            for (int e = 0; e < roster.getWorkers().size(); e++) {
                Worker worker = roster.getWorkers().get(e);
                List<Slot[]> candidates = new ArrayList<>(rows.endRows(worker, null).stream().limit(3).toList());
                Slot[] current = new Slot[days];
                roster.getSlots().stream().filter(slot -> slot.getWorker() == worker)
                        .forEach(slot -> current[slot.getDayIndex()] = slot);
                candidates.add(current);
                for (Slot[] row : candidates) {
                    RowRebuild.RowCost cost = rows.rowCost(worker, row);
                    int[][] alone = new int[off.length][];
                    for (int other = 0; other < off.length; other++) {
                        alone[other] = off[other];
                    }
                    alone[e] = new int[days];
                    for (int d = 0; d < days; d++) {
                        alone[e][d] = row[d] == null ? -1 : shiftIndex(instance, row[d]);
                    }
                    CurtoisEvaluator.Evaluation evaluation = CurtoisEvaluator.evaluate(instance, alone);
                    String id = worker.getId();
                    boolean breaks = evaluation.violations().stream().anyMatch(v -> v.employee().equals(id));
                    assertThat(cost.rules() > 0).as("Instance%d %s: %s", n, id, evaluation.violations())
                            .isEqualTo(breaks);
                    assertThat(cost.rules()).isNotNegative();
                    assertThat(cost.requests() - rows.rowCost(worker, new Slot[days]).requests())
                            .as("Instance%d %s requests", n, id)
                            .isEqualTo(evaluation.onRequests() + evaluation.offRequests() - none.onRequests()
                                    - none.offRequests());
                    if (breaks) {
                        broken++;
                    } else {
                        legal++;
                    }
                }
            }
        }
        assertThat(legal).isPositive();
        assertThat(broken).isPositive();
    }

    private static int shiftIndex(CurtoisInstance instance, Slot slot) {
        for (int s = 0; s < instance.shifts().size(); s++) {
            if (instance.shifts().get(s).id().equals(slot.getShiftType().getId())) {
                return s;
            }
        }
        throw new IllegalStateException("no shift " + slot.getShiftType().getId());
    }
}
