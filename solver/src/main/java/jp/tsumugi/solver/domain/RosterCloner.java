package jp.tsumugi.solver.domain;

import ai.timefold.solver.core.api.domain.solution.cloner.SolutionCloner;


/**
 * Clones a roster for Timefold (each new best solution is a clone). The facts are immutable and shared; only the slots
 * (the planning entities) are copied. Timefold's generic cloner walks every element of every fact collection by
 * reflection to find entities to clone: on the medium preset that was a quarter of the local search's time. The slots
 * are copied when the clone is first read ({@link SlotSnapshot}): most clones are replaced by a better one unread.
 */
public final class RosterCloner implements SolutionCloner<Roster> {

    @Override
    public Roster cloneSolution(Roster original) {
        return original.cloneWithSlots(new SlotSnapshot(original.getSlots()));
    }
}
