package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import jp.tsumugi.solver.SmallYear;
import jp.tsumugi.solver.domain.Roster;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole year (4 workers, 8 members, 365 days) solved in FULL_ASSERT mode: every incremental score is checked against
 * a from-scratch calculation, so any score corruption in the constraints fails this test.
 */
class FullAssertYearTest {

    @Test
    void yearSolvesWithoutScoreCorruptionAndWithoutHardBreaks() {
        RosterSolver solver = new RosterSolver();
        // Build the year at full speed first, so that the asserted run spends its time on local search moves
        // (change and swap) over a complete year rather than on the first days of construction.
        Roster built = solver.solve(SmallYear.build(4, 8, 42), SolveLimits.spent(Duration.ofSeconds(5))).roster();
        SolveResult result = solver.solve(built,
                SolveLimits.spent(Duration.ofSeconds(10)).withEnvironmentMode(EnvironmentMode.FULL_ASSERT));
        assertThat(result.roster().getScore().hardScore()).isZero();
        assertThat(result.summary().assignedMinutes()).isPositive();
    }
}
