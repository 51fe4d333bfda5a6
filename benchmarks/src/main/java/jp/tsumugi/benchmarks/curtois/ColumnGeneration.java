package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import jp.tsumugi.solver.solve.ColumnGenerationPhase;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The solver's {@link ColumnGenerationPhase} alone on a Curtois instance, from the empty roster and to its end (no
 * time limit, no other phase): what the dive reaches, judged by the evaluator, and how long it took. Until session 18
 * this was a probe with a master of its own (and an ojAlgo MIP over the pool); the solver's phase grew out of it
 * (benchmarks/CURTOIS.md, "Session 16" to "Session 18").
 *
 * <pre>java -cp … jp.tsumugi.benchmarks.curtois.ColumnGeneration InstanceN.txt [out.grid.txt]</pre>
 */
public final class ColumnGeneration {
    private ColumnGeneration() {
    }

    /** The phase alone, from the empty roster, as a solver configuration. */
    static SolverConfig phaseAlone() {
        return new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new ColumnGenerationPhase()));
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ColumnGeneration InstanceN.txt [out.grid.txt]");
            System.exit(1);
        }
        CurtoisInstance instance = CurtoisParser.parse(Path.of(args[0]));
        if (!ColumnGenerationPhase.applies(CurtoisMapping.of(instance).roster())) {
            System.err.println(instance.name() + ": the phase does not run on it (more than "
                    + ColumnGenerationPhase.MAX_WORKER_DAYS + " worker-days)");
            System.exit(2);
        }
        long start = System.nanoTime();
        CurtoisRun.Result result = CurtoisRun.solve(instance, phaseAlone(), OptionalHeads.DEFAULT, null);
        CurtoisEvaluator.Evaluation e = result.evaluation();
        System.out.printf(Locale.ROOT, "%s\tobjective %d (under %d, over %d, on %d, off %d)\t%d violations\t"
                        + "solver %s\t%.1f s%n", instance.name(), e.objective(), e.underCover(), e.overCover(),
                e.onRequests(), e.offRequests(), e.violations().size(), result.solverScore(),
                (System.nanoTime() - start) / 1e9);
        if (args.length > 1) {
            result.grid().write(Path.of(args[1]));
        }
    }
}
