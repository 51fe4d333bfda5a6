package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Agreement;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Curtois suite in the normal test command: Instances 1–3 solved with the production solver configuration for a
 * fixed number of local-search steps (default seed), so that a busy machine does as much search as a quiet one. A
 * correctness check, not a timing one; the objective is only printed.
 *
 * <ul>
 * <li>Asserted: the solver's score says what the independent evaluator says about the same roster (−soft = objective,
 * hard = 0 exactly when the evaluator finds no violation). This must always hold.</li>
 * <li>Asserted: the roster is feasible (0 hard violations by the evaluator, 0 hard in the solver's score). With the
 * default configuration (clash filter, days off weighted 2) Instances 1–3 were feasible from 3,000 steps on
 * (objectives 610, 1227, 1841; at 2,000 steps Instance3 still worked one shift on a day off); 5,000 steps leave a
 * margin (610, 1223, 1619). Since session 8 the default also draws {@code FillEmptyHead} chains (weight 0.5): on
 * Instance1 its path then keeps one MAX_WEEKENDS break from about step 5,000 to beyond 8,000, so the check takes
 * 10,000 steps (906, 923, 1227 then; 607, 1124, 1102 since session 16's wider beam on small rosters; 607, 1022,
 * 1105 since session 17's row-search states; feasible on all three). The path is the same alone, in the module's
 * full run and after other solves in the same JVM, which {@link CurtoisReproducibilityTest} checks (1129 and 1330,
 * noted once for an older default, most likely came from another solver build, since {@code -pl benchmarks} without
 * {@code -am} takes the solver jar from the
 * local Maven repository). The check used to stop after 8 s of wall-clock time, which at load 16 was not enough for
 * any of the three.</li>
 * </ul>
 */
class CurtoisFastCheckTest {
    private static final int STEPS = 10_000;

    @ParameterizedTest(name = "Instance{0}")
    @ValueSource(ints = {1, 2, 3})
    void solverAndEvaluatorAgreeAndTheRosterIsFeasible(int n) {
        CurtoisInstance instance = Resources.instance(n);

        SolverConfig config = RosterSolverConfig.fixedSteps(RosterSolverConfig.create(null), STEPS);
        Result result = CurtoisRun.solve(instance, config, OptionalHeads.DEFAULT, null);

        System.out.printf("Instance%d after %s: objective %d (best known %s), solver %s, hard violations %d: %s%n", n,
                STEPS + " steps", result.evaluation().objective(),
                BestKnown.read(Resources.folder().resolve("best-known.csv")).of(instance.name()).orElse(null),
                result.solverScore(), result.hardViolations(), CurtoisRunner.violationSummary(result));
        assertThat(result.agreement())
                .as("solver %s vs evaluator objective %d, violations %s, two shifts on a day %s", result.solverScore(),
                        result.evaluation().objective(), result.evaluation().violations(), result.doubleBookings())
                .isEqualTo(result.doubleBookings().isEmpty() ? Agreement.YES : Agreement.UNCOMPARABLE);

        String infeasible = "Instance" + n + " not feasible after " + STEPS + " steps: " + result.hardViolations()
                + " hard violations (" + CurtoisRunner.violationSummary(result) + "), solver " + result.solverScore();
        assertThat(result.hardViolations()).as(infeasible).isZero();
        assertThat(result.solverScore().hardScore()).isZero();
    }
}
