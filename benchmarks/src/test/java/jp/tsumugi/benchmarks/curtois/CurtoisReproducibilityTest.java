package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same instance solved for the same number of local-search steps with the default seed gives the same roster, also
 * when other solves ran before in the same JVM. The second solve builds every domain object anew (other identity hash
 * codes), so an iteration order over identity-hashed keys, a static cache or a shared {@code Random} that steered the
 * search would show here. {@link CurtoisFastCheckTest}'s objectives rely on this.
 */
class CurtoisReproducibilityTest {
    private static final int STEPS = 2_000;

    @Test
    void sameRosterAfterAnotherSolveInTheSameJvm() {
        Result first = solve(2, STEPS);
        solve(3, STEPS / 2);
        Result again = solve(2, STEPS);

        assertThat(again.solverScore()).isEqualTo(first.solverScore());
        assertThat(again.grid().toText()).isEqualTo(first.grid().toText());
    }

    private static Result solve(int n, int steps) {
        SolverConfig config = RosterSolverConfig.fixedSteps(RosterSolverConfig.create(null), steps);
        return CurtoisRun.solve(Resources.instance(n), config, OptionalHeads.DEFAULT, null);
    }
}
