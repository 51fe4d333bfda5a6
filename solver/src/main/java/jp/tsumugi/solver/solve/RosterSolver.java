package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.explain.RuleBreak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one entry point to planning: solve a roster, score and summarise it, explain every penalised rule, and rank who
 * could take a slot. Thread-safe; build one and keep it.
 */
public final class RosterSolver {
    private final SolverFactory<Roster> analysisFactory;
    private final SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;

    public RosterSolver() {
        this.analysisFactory = SolverFactory.create(RosterSolverConfig.forAnalysis());
        this.solutionManager = SolutionManager.create(analysisFactory);
    }

    public SolveResult solve(Roster problem, SolveLimits limits) {
        return solve(problem, limits, null);
    }

    /** Solves; {@code onBest} (optional) hears every new best roster, e.g. to save it. */
    public SolveResult solve(Roster problem, SolveLimits limits, Consumer<Roster> onBest) {
        Solver<Roster> solver = SolverFactory.<Roster>create(RosterSolverConfig.forProblem(limits, problem)).buildSolver();
        if (onBest != null) {
            solver.addEventListener((BestSolutionChangedEvent<Roster> event) -> onBest.accept(event.getNewBestSolution()));
        }
        Roster best = solver.solve(problem);
        return new SolveResult(best, RosterSummary.of(best));
    }

    /** Sets the roster's score from its current assignments and returns it. */
    public HardMediumSoftLongScore score(Roster roster) {
        return solutionManager.update(roster);
    }

    public RosterSummary summarize(Roster roster) {
        score(roster);
        return RosterSummary.of(roster);
    }

    /** Every match of every rule with a score impact, hard first, largest impact first within a level. */
    public List<Explanation> explain(Roster roster) {
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(roster);
        List<Explanation> result = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintMap().values()) {
            if (constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                if (match.justification() instanceof RuleBreak reason && !match.score().isZero()) {
                    result.add(new Explanation(constraint.constraintRef().constraintName(),
                            Explanation.levelOf(match.score()), match.score(), reason));
                }
            }
        }
        result.sort(Comparator.comparing(Explanation::level).thenComparing(Explanation::impact));
        return result;
    }

    /**
     * Who could cover an unassigned slot, best first: for each worker, the score difference of assigning them and the
     * rule breaks it would add. The roster is left as it was.
     */
    public List<Candidate> whoCanCover(Roster roster, Slot slot) {
        if (slot.getWorker() != null) {
            throw new IllegalArgumentException("slot " + slot.getId() + " already has a worker");
        }
        List<RecommendedAssignment<Worker, HardMediumSoftLongScore>> recommendations =
                solutionManager.recommendAssignment(roster, slot, Slot::getWorker);
        List<Candidate> candidates = new ArrayList<>();
        for (RecommendedAssignment<Worker, HardMediumSoftLongScore> recommendation : recommendations) {
            if (recommendation.proposition() == null) {
                continue;
            }
            List<RuleBreak> added = new ArrayList<>();
            for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : recommendation.scoreAnalysisDiff().constraintMap().values()) {
                if (constraint.matches() == null) {
                    continue;
                }
                for (MatchAnalysis<HardMediumSoftLongScore> match : constraint.matches()) {
                    if (match.score().compareTo(HardMediumSoftLongScore.ZERO) < 0 && match.justification() instanceof RuleBreak reason) {
                        added.add(reason);
                    }
                }
            }
            candidates.add(new Candidate(recommendation.proposition(), recommendation.scoreAnalysisDiff().score(), added));
        }
        return candidates;
    }
}
