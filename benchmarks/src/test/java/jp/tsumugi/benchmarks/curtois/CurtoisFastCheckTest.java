package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisRun.Agreement;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Curtois suite in the normal test command: Instances 1–3 solved for 3 s each with the production solver
 * configuration. A correctness check, not a timing one; the objective is only printed.
 *
 * <ul>
 * <li>Asserted: the solver's score says what the independent evaluator says about the same roster (−soft = objective,
 * hard = 0 exactly when the evaluator finds no violation). This must always hold.</li>
 * <li>Feasibility (0 hard violations by the evaluator) is NOT yet asserted by default: neither the default solver
 * configuration (tabu search) nor the earlier one (late acceptance 400) makes Instances 1–3 feasible in 3 s; both
 * usually leave a weekend or a day off broken (benchmarks/CURTOIS.md, "What limits the gap"; issue 4 stays open for
 * it). The violations are printed; {@code -Dcurtois.requireFeasible=true} asserts them. Make that the default once
 * the solver finds these rosters.</li>
 * </ul>
 */
class CurtoisFastCheckTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @ParameterizedTest(name = "Instance{0}")
    @ValueSource(ints = {1, 2, 3})
    void solverAndEvaluatorAgree(int n) {
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
        if (Boolean.getBoolean("curtois.requireFeasible")) {
            assertThat(result.hardViolations()).as(infeasible).isZero();
            assertThat(result.solverScore().hardScore()).isZero();
        } else if (result.hardViolations() > 0) {
            System.out.println(infeasible);
        }
    }
}
