package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.SmallYear;
import jp.tsumugi.solver.domain.Roster;

import java.time.Duration;

/**
 * Not a test: a quick probe of solving speed on a generated year, for closing notes. The benchmarks module measures
 * properly. Run: java -cp ... jp.tsumugi.solver.solve.SpeedProbe 20 60 30
 */
public final class SpeedProbe {
    public static void main(String[] args) {
        int workers = Integer.parseInt(args[0]);
        int members = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Roster problem = SmallYear.build(workers, members, 1);
        System.out.printf("slots=%d covers=%d%n", problem.getSlots().size(), problem.getCovers().size());
        long start = System.nanoTime();
        SolveResult result = new RosterSolver().solve(problem, SolveLimits.spent(Duration.ofSeconds(seconds)));
        System.out.printf("score=%s assigned=%d min unfilled=%d min of %d required; %.1f s%n",
                result.roster().getScore(), result.summary().assignedMinutes(), result.summary().unfilledRequiredMinutes(),
                result.summary().requiredMinutes(), (System.nanoTime() - start) / 1e9);
    }
}
