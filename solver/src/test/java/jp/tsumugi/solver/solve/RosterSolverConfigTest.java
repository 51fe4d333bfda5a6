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
