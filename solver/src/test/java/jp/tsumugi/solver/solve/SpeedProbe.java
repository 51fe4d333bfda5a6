package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.solver.SmallYear;
import jp.tsumugi.solver.domain.Roster;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * Not a test: a quick probe of solving speed on a generated year, for closing notes and profiling. Reports moves per
 * second of wall time and per second of this thread's CPU time (the latter stays meaningful on a busy machine). The
 * benchmarks module measures properly. Run: java -cp ... jp.tsumugi.solver.solve.SpeedProbe 20 60 30
 */
public final class SpeedProbe {
    public static void main(String[] args) {
        int workers = Integer.parseInt(args[0]);
        int members = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Roster problem = SmallYear.build(workers, members, 1);
        String disable = System.getProperty("disable", "");
        if (!disable.isBlank()) {
            // Profiling aid: switch off constraints whose id starts with one of the given prefixes.
            java.util.Map<String, ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore> off =
                    new java.util.HashMap<>();
            for (String id : jp.tsumugi.solver.score.RosterConstraintProvider.constraintIds()) {
                for (String prefix : disable.split(",")) {
                    if (id.startsWith(prefix)) {
                        off.put(id, ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ZERO);
                    }
                }
            }
            problem.setConstraintWeightOverrides(ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides.of(off));
            System.out.println("disabled " + off.keySet());
        }
        System.out.printf("slots=%d covers=%d%n", problem.getSlots().size(), problem.getCovers().size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Solver<Roster> solver = SolverFactory.<Roster>create(
                RosterSolverConfig.create(SolveLimits.spent(Duration.ofSeconds(seconds)))).buildSolver();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        Roster best = solver.solve(problem);
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double wall = (System.nanoTime() - wallStart) / 1e9;
        DefaultSolver<Roster> solverImpl = (DefaultSolver<Roster>) solver;
        long moves = solverImpl.getMoveEvaluationCount();
        long calcs = solverImpl.getScoreCalculationCount();
        RosterSummary summary = RosterSummary.of(best);
        System.out.printf("score=%s assigned=%d of %d required min (unfilled %d)%n", best.getScore(),
                summary.assignedMinutes(), summary.requiredMinutes(), summary.unfilledRequiredMinutes());
        System.out.printf("moves=%d calcs=%d wall=%.1fs cpu=%.1fs -> %.0f moves/s wall, %.0f moves/s cpu, %.0f calcs/s cpu%n",
                moves, calcs, wall, cpu, moves / wall, moves / cpu, calcs / cpu);
    }
}
