package jp.tsumugi.solver.score;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;

/** One verifier for all constraint tests. */
final class ConstraintTestSupport {
    static final ConstraintVerifier<RosterConstraintProvider, Roster> VERIFIER =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, Slot.class);

    private ConstraintTestSupport() {
    }
}
