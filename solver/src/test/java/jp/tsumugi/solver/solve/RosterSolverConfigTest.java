package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default local search's shape: late acceptance until it stalls, restarts by simulated annealing from the best
 * roster, late acceptance again at the end; the other variants and fixed-step runs are one phase. (What the restarts
 * do in a solve is tested on a Curtois instance in the benchmarks module, {@code RestartsTest}.)
 */
class RosterSolverConfigTest {

    @Test
    void theDefaultRestartsFromTheBestAfterLateAcceptanceStalls() {
        List<PhaseConfig> phases = RosterSolverConfig.create(SolveLimits.spent(java.time.Duration.ofSeconds(1)))
                .getPhaseConfigList();

        assertThat(phases).hasSize(1 + 1 + RosterSolverConfig.RESTARTS + 1);
        assertThat(phases.get(0)).isInstanceOf(CustomPhaseConfig.class);
        LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) phases.get(1);
        assertThat(first.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(RosterSolverConfig.SHORT_LATE_ACCEPTANCE_SIZE);
        assertThat(first.getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(RosterSolverConfig.RESTART_AFTER_UNIMPROVED_STEPS);
        for (PhaseConfig<?> phase : phases.subList(2, phases.size() - 1)) {
            LocalSearchPhaseConfig restart = (LocalSearchPhaseConfig) phase;
            assertThat(restart.getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
                    .isEqualTo(RosterSolverConfig.RESTART_TEMPERATURE);
            assertThat(restart.getTerminationConfig().getStepCountLimit()).isEqualTo(RosterSolverConfig.RESTART_STEPS);
            assertThat(restart.getMoveSelectorConfig()).isSameAs(first.getMoveSelectorConfig());
        }
        LocalSearchPhaseConfig last = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        assertThat(last.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(RosterSolverConfig.SHORT_LATE_ACCEPTANCE_SIZE);
        assertThat(last.getTerminationConfig()).as("runs until the solver's own limit").isNull();
    }

    @Test
    void theRestartTriggerGrowsWithTheSlotsAboveItsMinimum() {
        assertThat(RosterSolverConfig.restartTrigger(0)).isEqualTo(RosterSolverConfig.RESTART_AFTER_UNIMPROVED_STEPS);
        assertThat(RosterSolverConfig.restartTrigger(1_869)).as("hagi").isEqualTo(5_000);
        assertThat(RosterSolverConfig.restartTrigger(2_000)).isEqualTo(5_000);
        assertThat(RosterSolverConfig.restartTrigger(2_001)).as("5,002.5 rounded up").isEqualTo(5_003);
        assertThat(RosterSolverConfig.restartTrigger(7_328)).as("medium").isEqualTo(18_320);
        assertThat(RosterSolverConfig.restartTrigger(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
        assertThat(firstPhase(RosterSolverConfig.create(null, RosterSolverConfig.DEFAULT, 7_328))
                .getTerminationConfig().getUnimprovedStepCountLimit()).isEqualTo(18_320);
        assertThat(firstPhase(RosterSolverConfig.create(null)).getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(5_000);
    }

    /** SolverManager builds a job's solver with the job's override: the factory configures it for that problem. */
    @Test
    void theSolverManagersFactoryConfiguresEachJobForItsProblem() {
        ProblemSolverFactory factory = new ProblemSolverFactory(SolveLimits.spent(java.time.Duration.ofMinutes(10)));
        var large = factory.overrideFor(7_328, false, java.time.Duration.ofSeconds(30));
        var small = factory.overrideFor(100, false, java.time.Duration.ofSeconds(30));
        var rows = factory.overrideFor(100, true, java.time.Duration.ofSeconds(30));

        assertThat(firstPhase(factory.configFor(large)).getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(18_320);
        assertThat(firstPhase(factory.configFor(small)).getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(5_000);
        assertThat(firstPhase(factory.configFor(large)).getTerminationConfig().getUnimprovedStepCountLimit())
                .as("used once").isEqualTo(5_000);
        assertThat(factory.configFor(rows).getPhaseConfigList().get(1)).as("the row phase").isInstanceOfSatisfying(
                LocalSearchPhaseConfig.class, phase -> assertThat(phase.getTerminationConfig()
                        .getUnimprovedStepCountLimit()).isEqualTo(RosterSolverConfig.ROW_PHASE_UNIMPROVED_STEPS));
        assertThat(factory.configFor(null).getTerminationConfig().getSpentLimit())
                .isEqualTo(java.time.Duration.ofMinutes(10));
    }

    /** What the web app relies on: Timefold's SolverManager builds the job's solver with that very override. */
    @Test
    void theSolverManagerBuildsEachJobsSolverFromThatJobsOverride() throws Exception {
        ProblemSolverFactory factory = new ProblemSolverFactory(SolveLimits.spent(java.time.Duration.ofMinutes(10)));
        jp.tsumugi.solver.domain.Roster problem = jp.tsumugi.solver.SmallYear.build(2, 2, 1);
        try (ai.timefold.solver.core.api.solver.SolverManager<jp.tsumugi.solver.domain.Roster, Long> manager =
                ai.timefold.solver.core.api.solver.SolverManager.create(factory)) {
            var override = factory.overrideFor(problem, java.time.Duration.ofMillis(300));
            assertThat(factory.pending()).isEqualTo(1);
            manager.solveBuilder().withProblemId(1L).withProblem(problem).withConfigOverride(override).run()
                    .getFinalBestSolution();
            assertThat(factory.pending()).as("the job's solver was configured from its override").isZero();
        }
    }

    @Test
    void problemsWithContractRulesStartWithTheRowPhaseAndOthersDoNot() {
        jp.tsumugi.solver.domain.Roster problem = jp.tsumugi.solver.SmallYear.build(2, 2, 1);
        List<PhaseConfig> without = RosterSolverConfig.forProblem(null, problem).getPhaseConfigList();
        assertThat(without).hasSize(1 + 1 + RosterSolverConfig.RESTARTS + 1);
        assertThat(((LocalSearchPhaseConfig) without.get(1)).getMoveSelectorConfig())
                .isInstanceOf(ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig.class);

        problem.getWorkers().get(0).withContract(new jp.tsumugi.solver.domain.ContractRules(java.util.Map.of(), null,
                null, null, 5, null, null));
        List<PhaseConfig> with = RosterSolverConfig.forProblem(null, problem).getPhaseConfigList();
        assertThat(with).hasSize(without.size() + 1);
        assertThat(((ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig) with.get(0))
                .getCustomPhaseCommandList()).singleElement().isInstanceOfSatisfying(RosterConstruction.class,
                        construction -> assertThat(construction.rowPhaseFollows()).isTrue());
        assertThat(((ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig) without.get(0))
                .getCustomPhaseCommandList()).singleElement().isInstanceOfSatisfying(RosterConstruction.class,
                        construction -> assertThat(construction.rowPhaseFollows()).isFalse());
        LocalSearchPhaseConfig rows = (LocalSearchPhaseConfig) with.get(1);
        assertThat(((ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig)
                rows.getMoveSelectorConfig()).getMoveSelectorList()).extracting(child -> (Object) (
                        (ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig) child)
                        .getMoveIteratorFactoryClass())
                .as("rows around broken rules, any row once none is broken, rows around a rule and elsewhere")
                .containsExactly(jp.tsumugi.solver.solve.move.RepairRowRebuild.class,
                        jp.tsumugi.solver.solve.move.RowRebuild.class,
                        jp.tsumugi.solver.solve.move.SplitRepairRowRebuild.class);
        assertThat(rows.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(1);
        assertThat(rows.getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(RosterSolverConfig.ROW_PHASE_UNIMPROVED_STEPS);
        assertThat(rows.getTerminationConfig().getBestScoreFeasible()).as("or once every hard rule is kept").isTrue();
        assertThat(((LocalSearchPhaseConfig) with.get(2)).getTerminationConfig().getUnimprovedStepCountLimit())
                .as("then the default's first late acceptance").isEqualTo(RosterSolverConfig.restartTrigger(
                        problem.getSlots().size()));
        // Only the default variant has it.
        assertThat(RosterSolverConfig.forProblem(null, RosterSolverConfig.Variant.LATE_ACCEPTANCE_SHORT, problem)
                .getPhaseConfigList()).hasSize(2);
    }

    private static LocalSearchPhaseConfig firstPhase(SolverConfig config) {
        return (LocalSearchPhaseConfig) config.getPhaseConfigList().get(1);
    }

    @Test
    void otherVariantsAndFixedStepsAreOneLocalSearchPhase() {
        assertThat(RosterSolverConfig.create(null, RosterSolverConfig.Variant.LATE_ACCEPTANCE_SHORT)
                .getPhaseConfigList()).hasSize(2);

        SolverConfig fixed = RosterSolverConfig.fixedSteps(RosterSolverConfig.create(null), 1_234);
        assertThat(fixed.getPhaseConfigList()).hasSize(2);
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) fixed.getPhaseConfigList().get(1);
        assertThat(search.getTerminationConfig().getStepCountLimit()).isEqualTo(1_234);
        assertThat(search.getTerminationConfig().getUnimprovedStepCountLimit()).isNull();
        assertThat(search.getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(RosterSolverConfig.SHORT_LATE_ACCEPTANCE_SIZE);
    }
}
