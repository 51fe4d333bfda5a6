package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import jp.tsumugi.solver.solve.ColumnGenerationPhase;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColumnGenerationPhase} on Curtois instances whose optimum is known: after the construction and the row
 * phase of the default configuration, the phase alone (run to its end, no time limit, no local search after it)
 * reaches the optimum, and the solver's score agrees with the evaluator. Session 18: Instance1 (8 × 14) 607 and
 * Instance3 (20 × 14) 1,001, where 10,000 local-search steps reach 607 and 1,105
 * ({@link CurtoisFastCheckTest}).
 */
class ColumnGenerationPhaseCurtoisTest {

    @ParameterizedTest(name = "Instance{0}")
    @ValueSource(ints = {1, 3})
    void afterTheRowPhaseTheDiveReachesTheKnownOptimum(int n) {
        CurtoisInstance instance = Resources.instance(n);
        SolverConfig config = new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withPhases(RosterSolverConfig.construction(true), RosterSolverConfig.rowPhase(),
                        new CustomPhaseConfig().withCustomPhaseCommands(new ColumnGenerationPhase()));
        Result result = CurtoisRun.solve(instance, config, OptionalHeads.DEFAULT, null);
        long best = BestKnown.read(Resources.folder().resolve("best-known.csv")).of(instance.name()).orElseThrow();
        System.out.printf("Instance%d after the column generation phase: objective %d (best known %d), solver %s%n", n,
                result.evaluation().objective(), best, result.solverScore());
        assertThat(result.agreement()).isEqualTo(CurtoisRun.Agreement.YES);
        assertThat(result.hardViolations()).isZero();
        assertThat(result.evaluation().objective()).isEqualTo(best);
    }
}
