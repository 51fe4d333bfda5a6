package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The fixed-step harness for score-calculation speed work (benchmarks/PERFORMANCE.md): solves a preset with the
 * configuration users run, the construction heuristic to the end and then the local search for a fixed number of
 * steps (default seed), and prints the best score and the local search's score calculations per CPU second of the
 * solver thread. A change that keeps every constraint's meaning takes the same search path, so baseline and candidate
 * must print the same best score; the CPU time is then for the same work.
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/domain.classpath) \
 *     jp.tsumugi.benchmarks.domain.LocalSearchHarness medium 6000 [seed]</pre>
 *
 * A Curtois instance file ({@code .../Instance2.txt}, mapped as {@code run-curtois} maps it) instead of a preset name
 * checks the rules that instance uses.
 *
 * <p>{@code constraints=SPEC} anywhere in the arguments scores with only some of the constraints
 * ({@link ConstraintSubset}: {@code only:demand}, {@code drop:legal}, {@code trivial}) to measure what a theme's nodes
 * cost. {@code moves=single} draws the moves from one {@code RosterMoves} iterator ({@code SearchTuning moves=single}):
 * another random path, so compare its calculations per CPU second, not its best score. The roster is constructed with every constraint first, so every subset starts its local search from the same
 * roster; but fewer constraints take another search path, so compare those runs by score calculations per CPU second
 * over the same number of steps, not by best score.
 */
public final class LocalSearchHarness {
    private LocalSearchHarness() {
    }

    public static void main(String[] rawArgs) {
        String constraints = null;
        boolean single = false;
        java.util.List<String> positional = new java.util.ArrayList<>();
        for (String arg : rawArgs) {
            if (arg.startsWith("constraints=")) {
                constraints = arg.substring("constraints=".length());
            } else if (arg.equals("moves=single") || arg.equals("moves=union")) {
                single = arg.equals("moves=single");
            } else {
                positional.add(arg);
            }
        }
        String[] args = positional.toArray(new String[0]);
        String preset = args.length > 0 ? args[0] : "medium";
        long steps = args.length > 1 ? Long.parseLong(args[1]) : 6000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        Roster roster = Problem.roster(preset, seed);
        SolverConfig config = RosterSolverConfig.fixedSteps(RosterSolverConfig.create(null), (int) steps);
        if (single) {
            SearchTuning.singleSelector(config);
        }
        if (constraints != null) {
            // Construct with every constraint, as users do, so that each subset's local search starts from the same
            // roster; then the local search alone with the subset.
            SolverConfig construction = RosterSolverConfig.create(null);
            construction.setPhaseConfigList(construction.getPhaseConfigList().stream()
                    .filter(phase -> !(phase instanceof LocalSearchPhaseConfig)).toList());
            roster = SolverFactory.<Roster>create(construction).buildSolver().solve(roster);
            config.setPhaseConfigList(config.getPhaseConfigList().stream()
                    .filter(phase -> phase instanceof LocalSearchPhaseConfig).toList());
            ConstraintSubset.select(constraints);
            config.getScoreDirectorFactoryConfig().setConstraintProviderClass(ConstraintSubset.class);
        }
        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(config).buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[2];
        long[] wall = new long[2];
        long[] count = new long[2];
        String[] constructed = {null};
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<Roster> scope) {
                if (scope instanceof LocalSearchPhaseScope<Roster>) {
                    constructed[0] = String.valueOf(scope.getBestScore().raw());
                    cpu[0] = threads.getCurrentThreadCpuTime();
                    wall[0] = System.nanoTime();
                    count[0] = scope.getSolverScope().getScoreCalculationCount();
                }
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<Roster> scope) {
                if (scope instanceof LocalSearchPhaseScope<Roster>) {
                    cpu[1] = threads.getCurrentThreadCpuTime();
                    wall[1] = System.nanoTime();
                    count[1] = scope.getSolverScope().getScoreCalculationCount();
                }
            }
        });
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Roster best = solver.solve(roster);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long calculations = count[1] - count[0];
        double cpuSeconds = (cpu[1] - cpu[0]) / 1e9;
        double wallSeconds = (wall[1] - wall[0]) / 1e9;
        System.out.printf(Locale.ROOT,
                "%s %d steps%s: constructed %s, best %s; local search %,d score calculations in %.2f CPU s (%.2f s wall):"
                        + " %,.0f per CPU s; load %.2f -> %.2f%n",
                preset, steps, constraints == null ? "" : " (constraints " + ConstraintSubset.spec() + ")", constructed[0], best.getScore(), calculations, cpuSeconds, wallSeconds,
                calculations / cpuSeconds, loadBefore, loadAfter);
    }
}
