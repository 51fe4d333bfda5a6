package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Evaluation;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.SolveLimits;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Solves one Curtois instance with Tsumugi's one solver configuration ({@link RosterSolverConfig}, as the facade and
 * the web app use it) and judges the result twice: by the solver's score and by the independent
 * {@link CurtoisEvaluator} reading the grid text.
 */
public final class CurtoisRun {
    private CurtoisRun() {
    }

    /**
     * @param grid            the best roster as a grid (what is written to the grid file, without its comments)
     * @param evaluation      the evaluator's verdict on that grid, parsed back from its text
     * @param solverScore     the solver's score of the best roster
     * @param doubleBookings  Curtois hard rule 1 broken in the roster (a grid cannot show it; counted as violations)
     * @param timeToBestMillis time of the last best-solution event
     * @param moveEvaluationSpeed moves evaluated per second over the whole solve, as Timefold counts them
     */
    public record Result(CurtoisInstance instance, CurtoisGrid grid, Evaluation evaluation,
            HardMediumSoftLongScore solverScore, List<String> doubleBookings, long timeToBestMillis,
            long moveEvaluationSpeed, int slots, int saturatedCovers) {

        public int hardViolations() {
            return evaluation.violations().size() + doubleBookings.size();
        }

        /**
         * YES: −soft = objective, nothing left on medium, and hard = 0 exactly when the evaluator finds no violation.
         * When the roster gives someone two shifts on a day the grid cannot show the roster, so only the hard side can
         * be compared: UNCOMPARABLE if the solver saw it (hard &lt; 0), NO if it did not.
         */
        public Agreement agreement() {
            if (!doubleBookings.isEmpty()) {
                return solverScore.hardScore() < 0 ? Agreement.UNCOMPARABLE : Agreement.NO;
            }
            boolean agree = solverScore.mediumScore() == 0
                    && -solverScore.softScore() == evaluation.objective()
                    && (solverScore.hardScore() == 0) == (hardViolations() == 0);
            return agree ? Agreement.YES : Agreement.NO;
        }

        public boolean agrees() {
            return agreement() == Agreement.YES;
        }
    }

    public enum Agreement { YES, NO, UNCOMPARABLE }

    public static Result solve(CurtoisInstance instance, Duration limit, OptionalHeads optionalHeads,
            BiConsumer<Long, HardMediumSoftLongScore> onBest) {
        return solve(instance, limit, optionalHeads, RosterSolverConfig.DEFAULT, onBest);
    }

    /** {@code variant}: {@link RosterSolverConfig#DEFAULT} is what users run; the others are for comparison. */
    public static Result solve(CurtoisInstance instance, Duration limit, OptionalHeads optionalHeads,
            RosterSolverConfig.Variant variant, BiConsumer<Long, HardMediumSoftLongScore> onBest) {
        CurtoisMapping mapping = CurtoisMapping.of(instance, optionalHeads);
        return solve(instance, mapping, RosterSolverConfig.forProblem(SolveLimits.spent(limit), variant,
                mapping.roster()), onBest);
    }

    /**
     * Solves with a given configuration (the production one with another termination, e.g. a step count so that the
     * same work is done on any machine at any load).
     */
    public static Result solve(CurtoisInstance instance, SolverConfig config, OptionalHeads optionalHeads,
            BiConsumer<Long, HardMediumSoftLongScore> onBest) {
        return solve(instance, CurtoisMapping.of(instance, optionalHeads), config, onBest);
    }

    private static Result solve(CurtoisInstance instance, CurtoisMapping mapping, SolverConfig config,
            BiConsumer<Long, HardMediumSoftLongScore> onBest) {
        Roster problem = mapping.roster();
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        long[] lastBest = {0L};
        solver.addEventListener((BestSolutionChangedEvent<Roster> event) -> {
            lastBest[0] = event.getTimeMillisSpent();
            if (onBest != null) {
                onBest.accept(event.getTimeMillisSpent(), (HardMediumSoftLongScore) event.getNewBestScore());
            }
        });
        Roster best = solver.solve(problem);
        long speed = solver instanceof DefaultSolver<Roster> inner ? inner.getMoveEvaluationSpeed() : -1L;

        CurtoisMapping.GridConversion conversion = mapping.toGrid(best, List.of());
        // Judge the grid as any reader of the file would: from its text.
        CurtoisGrid grid = CurtoisGrid.parse(instance.name() + ".grid.txt", conversion.grid().toText());
        Evaluation evaluation = CurtoisEvaluator.evaluate(instance, grid);
        return new Result(instance, grid, evaluation, best.getScore(), new ArrayList<>(conversion.doubleBookings()),
                lastBest[0], speed, best.getSlots().size(), CurtoisMapping.saturatedCovers(best));
    }
}
