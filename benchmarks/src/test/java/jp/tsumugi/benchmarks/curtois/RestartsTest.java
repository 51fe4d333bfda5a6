package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchStepScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default local search's restarts ({@link RosterSolverConfig#withRestarts}) on Instance1, with small numbers so
 * that several happen: each restart starts from the best roster found so far (Timefold resets the working solution to
 * the best between phases, which the restarts rely on), its simulated annealing does take worse steps (else it would
 * be late acceptance again), and the solve ends with the best of all phases.
 */
class RestartsTest {

    @Test
    void everyRestartStartsFromTheBestAndTakesWorseSteps() {
        SolverConfig config = RosterSolverConfig.create(null);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        List<PhaseConfig> restarting = new ArrayList<>(phases.subList(0, 1));
        restarting.addAll(RosterSolverConfig.withRestarts(search, 300, RosterSolverConfig.RESTART_TEMPERATURE, 600, 4));
        restarting.get(restarting.size() - 1).setTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        config.setPhaseConfigList(restarting);

        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(config).buildSolver();
        List<Object[]> restarts = new ArrayList<>(); // {phase start score, best score then, worse steps}
        int[] localSearchPhases = {0};
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            Object[] current;
            HardMediumSoftLongScore last;

            @Override
            public void phaseStarted(AbstractPhaseScope<Roster> scope) {
                if (scope instanceof LocalSearchPhaseScope<Roster> phase) {
                    localSearchPhases[0]++;
                    last = (HardMediumSoftLongScore) phase.getStartingScore().raw();
                    current = new Object[] {last, scope.getBestScore().raw(), 0};
                    if (localSearchPhases[0] > 1 && localSearchPhases[0] < 6) {
                        restarts.add(current);
                    }
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<Roster> scope) {
                if (scope instanceof LocalSearchStepScope<Roster> step && current != null) {
                    HardMediumSoftLongScore score = (HardMediumSoftLongScore) step.getScore().raw();
                    if (score.compareTo(last) < 0) {
                        current[2] = (int) current[2] + 1;
                    }
                    last = score;
                }
            }
        });
        Roster solved = solver.solve(CurtoisMapping.of(Resources.instance(1)).roster());

        assertThat(localSearchPhases[0]).as("late acceptance, 4 restarts, late acceptance").isEqualTo(6);
        assertThat(restarts).hasSize(4).allSatisfy(restart -> {
            assertThat(restart[0]).as("a restart starts from the best roster").isEqualTo(restart[1]);
            assertThat((int) restart[2]).as("simulated annealing takes worse steps").isPositive();
            assertThat(solved.getScore().compareTo((HardMediumSoftLongScore) restart[1])).isNotNegative();
        });
    }
}
