package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColumnGenerationPhase}: where it runs, and that on a roster whose every worker has contract rules (and where
 * only the rules the master prices weigh) it finds one row per worker that together fill every head and keep every
 * rule. On the Curtois instances (benchmarks'
 * {@code ColumnGenerationPhaseCurtoisTest}) it reaches the known optima.
 */
class ColumnGenerationPhaseTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    /** At most 5 working days in a row, at least 2 days off between runs. */
    private static final ContractRules FIVE_ON_TWO_OFF = new ContractRules(Map.of(), null, null, null, 5, 2, null);

    /** The roster with every rule the master does not price weighed at zero (as the Curtois mapping weighs them). */
    private static Roster roster(TestData data, List<Slot> slots) {
        Roster roster = data.roster(slots);
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        RosterConstraintProvider.defaultWeights().keySet().stream()
                .filter(id -> !ColumnGenerationPhase.PRICED.contains(id))
                .forEach(id -> weights.put(id, HardMediumSoftLongScore.ZERO));
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        return roster;
    }

    /** {@code days} days from Monday, one cover a day of {@code heads} required heads, {@code workers} workers. */
    private static Roster roster(int days, int heads, int workers, ContractRules rules) {
        TestData data = new TestData().window(MONDAY, MONDAY.plusDays(days - 1));
        for (int w = 0; w < workers; w++) {
            data.worker("w" + w).withContract(rules);
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            slots.addAll(data.cover(data.coverBuilder(MONDAY.plusDays(d), "08:00", "16:00", 60).headcount(heads, 0))
                    .createSlots());
        }
        return roster(data, slots);
    }

    @Test
    void runsOnlyWhereEveryWorkerHasRulesNothingIsPinnedAndWorkersTimesDaysAreAtMostTheMaximum() {
        int days = 20;
        int most = ColumnGenerationPhase.MAX_WORKER_DAYS / days;
        assertThat(most * days).isEqualTo(ColumnGenerationPhase.MAX_WORKER_DAYS);
        assertThat(ColumnGenerationPhase.applies(roster(days, 1, most, FIVE_ON_TWO_OFF))).isTrue();
        assertThat(ColumnGenerationPhase.applies(roster(days, 1, most + 1, FIVE_ON_TWO_OFF))).isFalse();
        // One day more than the maximum over one day.
        assertThat(ColumnGenerationPhase.applies(roster(1, 1, ColumnGenerationPhase.MAX_WORKER_DAYS, FIVE_ON_TWO_OFF)))
                .isTrue();
        assertThat(ColumnGenerationPhase.applies(
                roster(1, 1, ColumnGenerationPhase.MAX_WORKER_DAYS + 1, FIVE_ON_TWO_OFF))).isFalse();
        assertThat(ColumnGenerationPhase.applies(roster(days, 1, 3, ContractRules.NONE))).isFalse();

        // A rule the master does not price that weighs something (here the law's rest between two days' work).
        Roster weighed = roster(days, 1, 3, FIVE_ON_TWO_OFF);
        Map<String, HardMediumSoftLongScore> weights = new HashMap<>();
        RosterConstraintProvider.defaultWeights().keySet().stream()
                .filter(id -> !ColumnGenerationPhase.PRICED.contains(id))
                .forEach(id -> weights.put(id, HardMediumSoftLongScore.ZERO));
        String rest = weights.keySet().stream().filter(id -> id.startsWith("legal.")).sorted().findFirst()
                .orElseThrow();
        weights.remove(rest);
        weighed.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        assertThat(ColumnGenerationPhase.applies(weighed)).as(rest).isFalse();
        weights.put(rest, HardMediumSoftLongScore.ofSoft(1));
        weighed.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        assertThat(ColumnGenerationPhase.applies(weighed)).as(rest).isFalse();
        weights.put(rest, HardMediumSoftLongScore.ZERO);
        weighed.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        assertThat(ColumnGenerationPhase.applies(weighed)).isTrue();
        // A priced rule may weigh anything.
        weights.put(ColumnGenerationPhase.PRICED.iterator().next(), HardMediumSoftLongScore.ofHard(7));
        weighed.setConstraintWeightOverrides(ConstraintWeightOverrides.of(weights));
        assertThat(ColumnGenerationPhase.applies(weighed)).isTrue();

        Roster pinned = roster(days, 1, 3, FIVE_ON_TWO_OFF);
        assertThat(ColumnGenerationPhase.applies(pinned)).isTrue();
        pinned.getSlots().get(0).setWorker(pinned.getWorkers().get(0));
        pinned.getSlots().get(0).setPinned(true);
        assertThat(ColumnGenerationPhase.applies(pinned)).isFalse();
    }

    @Test
    void fillsEveryHeadWithRowsThatKeepTheRulesWhereThatIsPossible() {
        // Two heads a day for 14 days: 28 shifts; three workers may work 10 days each (5 on, 2 off, 5 on, 2 off).
        Roster problem = roster(14, 2, 3, FIVE_ON_TWO_OFF);
        assertThat(ColumnGenerationPhase.applies(problem)).isTrue();
        SolverConfig config = new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new ColumnGenerationPhase()));
        Roster solved = SolverFactory.<Roster>create(config).buildSolver().solve(problem);
        HardMediumSoftLongScore score = solved.getScore();
        assertThat(score.hardScore()).as("%s", score).isZero();
        assertThat(solved.getSlots()).allSatisfy(slot -> assertThat(slot.getWorker()).isNotNull());
        for (Worker worker : solved.getWorkers()) {
            boolean[] works = new boolean[14];
            for (Slot slot : solved.getSlots()) {
                if (slot.getWorker() == worker) {
                    assertThat(works[slot.getDayIndex()]).as("one shift a day").isFalse();
                    works[slot.getDayIndex()] = true;
                }
            }
            assertThat(runs(works, true)).as("%s works %s", worker.getId(), runs(works, true)).allMatch(r -> r <= 5);
            List<Integer> off = runs(works, false);
            // Stretches of days off between two runs: at least 2 (the plan's first and last day exempt).
            if (!works[0] && !off.isEmpty()) {
                off.remove(0);
            }
            if (!works[13] && !off.isEmpty()) {
                off.remove(off.size() - 1);
            }
            assertThat(off).as("%s off %s", worker.getId(), off).allMatch(r -> r >= 2);
        }
    }

    @Test
    void theConfigurationHasThePhaseOnlyWithATimeLimitAndWorkersWithRules() {
        assertThat(phases(RosterSolverConfig.create(SolveLimits.spent(Duration.ofSeconds(10)),
                RosterSolverConfig.DEFAULT, 100, true))).hasSize(1);
        assertThat(phases(RosterSolverConfig.create(SolveLimits.spent(Duration.ofSeconds(10)),
                RosterSolverConfig.DEFAULT, 100, false))).isEmpty();
        assertThat(phases(RosterSolverConfig.create(null, RosterSolverConfig.DEFAULT, 100, true))).isEmpty();
        CustomPhaseConfig phase = phases(RosterSolverConfig.create(SolveLimits.spent(Duration.ofSeconds(10)),
                RosterSolverConfig.DEFAULT, 100, true)).get(0);
        assertThat(phase.getTerminationConfig().getSpentLimit())
                .isEqualTo(Duration.ofMillis(Math.round(10_000 * RosterSolverConfig.COLUMN_GENERATION_SHARE)));
    }

    private static List<CustomPhaseConfig> phases(SolverConfig config) {
        return config.getPhaseConfigList().stream().filter(CustomPhaseConfig.class::isInstance)
                .map(CustomPhaseConfig.class::cast)
                .filter(p -> p.getCustomPhaseCommandList() != null
                        && p.getCustomPhaseCommandList().stream().anyMatch(ColumnGenerationPhase.class::isInstance))
                .toList();
    }

    /** The lengths of the stretches of days {@code value} in {@code days}, in order. */
    private static List<Integer> runs(boolean[] days, boolean value) {
        List<Integer> runs = new ArrayList<>();
        int run = 0;
        for (boolean day : days) {
            if (day == value) {
                run++;
            } else if (run > 0) {
                runs.add(run);
                run = 0;
            }
        }
        if (run > 0) {
            runs.add(run);
        }
        return runs;
    }
}
