package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.explain.Explanations;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of constraint ids is complete, unique, and every id has a title and a message in both languages. */
class ConstraintIdsTest {

    @Test
    void idsMatchTheConstraintsTheProviderDefines() {
        var analysis = SolutionManager.create(SolverFactory.create(RosterSolverConfig.create(null)))
                .analyze(new TestData().roster(List.of()));
        List<String> defined = analysis.constraintMap().keySet().stream().map(ref -> ref.constraintName()).toList();
        assertThat(RosterConstraintProvider.constraintIds()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(defined);
    }

    @Test
    void defaultWeightsCoverEveryRuleWithItsLevel() {
        var weights = RosterConstraintProvider.defaultWeights();
        assertThat(weights.keySet()).containsExactlyElementsOf(RosterConstraintProvider.constraintIds());
        assertThat(weights.get(LegalConstraints.WEEKLY_HOURS))
                .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD);
        assertThat(weights.get(DemandConstraints.UNFILLED_REQUIRED))
                .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM);
        assertThat(weights.get(TravelConstraints.TOO_MANY_SITE_CHANGES))
                .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ofSoft(600));
        assertThat(weights.get(PreferenceConstraints.LIKED))
                .isEqualTo(ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT);
    }

    @Test
    void everyRuleHasATitleInJapaneseAndEnglish() {
        for (String id : RosterConstraintProvider.constraintIds()) {
            assertThat(Explanations.title(id, Locale.JAPANESE)).as(id).isNotEqualTo(id).matches(".*[^\\x00-\\x7F].*");
            assertThat(Explanations.title(id, Locale.ENGLISH)).as(id).isNotEqualTo(id);
        }
    }
}
