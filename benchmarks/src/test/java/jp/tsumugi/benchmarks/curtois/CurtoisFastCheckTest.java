package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisRun.Agreement;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Curtois suite in the normal test command: Instances 1–3 solved for 8 s each with the production solver
 * configuration. A correctness check, not a timing one; the objective is only printed.
 *
 * <ul>
 * <li>Asserted: the solver's score says what the independent evaluator says about the same roster (−soft = objective,
 * hard = 0 exactly when the evaluator finds no violation). This must always hold.</li>
 * <li>Asserted: the roster is feasible (0 hard violations by the evaluator, 0 hard in the solver's score). With the
 * default configuration (late acceptance of size 10) Instances 1–3 are feasible after 2–3 s on a quiet 2-core machine
 * and within 5 s with two runs competing for the cores; 8 s leaves a margin for a busy CI machine.</li>
 * </ul>
 */
class CurtoisFastCheckTest {
    private static final Duration LIMIT = Duration.ofSeconds(8);

    @ParameterizedTest(name = "Instance{0}")
    @ValueSource(ints = {1, 2, 3})
    void solverAndEvaluatorAgreeAndTheRosterIsFeasible(int n) {
        CurtoisInstance instance = Resources.instance(n);

        Result result = CurtoisRun.solve(instance, LIMIT, OptionalHeads.DEFAULT, null);

        System.out.printf("Instance%d after %s: objective %d (best known %s), solver %s, hard violations %d: %s%n", n,
                LIMIT, result.evaluation().objective(),
                BestKnown.read(Resources.folder().resolve("best-known.csv")).of(instance.name()).orElse(null),
                result.solverScore(), result.hardViolations(), CurtoisRunner.violationSummary(result));
        assertThat(result.agreement())
                .as("solver %s vs evaluator objective %d, violations %s, two shifts on a day %s", result.solverScore(),
                        result.evaluation().objective(), result.evaluation().violations(), result.doubleBookings())
                .isEqualTo(result.doubleBookings().isEmpty() ? Agreement.YES : Agreement.UNCOMPARABLE);

        String infeasible = "Instance" + n + " not feasible after " + LIMIT + ": " + result.hardViolations()
                + " hard violations (" + CurtoisRunner.violationSummary(result) + "), solver " + result.solverScore();
        assertThat(result.hardViolations()).as(infeasible).isZero();
        assertThat(result.solverScore().hardScore()).isZero();
    }
}
