package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;

/** One verifier, and one score analyser for tests that check weights on a whole roster, for all constraint tests. */
final class ConstraintTestSupport {
    static final ConstraintVerifier<RosterConstraintProvider, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, Slot.class);

    static final SolutionManager<Roster, HardMediumSoftLongScore> ANALYZER = SolutionManager.create(
            SolverFactory.create(new SolverConfig()
                    .withSolutionClass(Roster.class)
                    .withEntityClasses(Slot.class)
                    .withConstraintProviderClass(RosterConstraintProvider.class)));

    private ConstraintTestSupport() {
    }
}
