package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;

import java.util.List;

/**
 * A worker who could take a slot, with what the roster's score would gain or lose and the rule breaks that taking it
 * would add (the reasons this candidate is worse than the best one).
 */
public record Candidate(Worker worker, HardMediumSoftLongScore scoreDifference, List<RuleBreak> addedBreaks) {

    public boolean isFeasible() {
        return scoreDifference.hardScore() >= 0;
    }
}
