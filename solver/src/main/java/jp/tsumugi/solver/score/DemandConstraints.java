package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

/**
 * Demand: fill as much required demand as the law allows (medium), fill optional demand only when it helps (soft),
 * and keep a published roster unless there is a reason to change it (soft).
 *
 * <p>Counted per cover rather than per slot, so that which of a cover's identical slots holds a worker never matters.
 */
public final class DemandConstraints {
    public static final String UNFILLED_REQUIRED = "demand.unfilled-required";
    public static final String OPTIONAL_FILLED = "demand.optional-filled";
    public static final String PUBLISHED_CHANGE = "demand.published-change";

    private DemandConstraints() {
    }

    static int unfilledHeads(Cover cover, int assigned) {
        return Math.max(0, cover.getRequiredHeadcount() - assigned);
    }

    /** Each missing required head costs the cover's weight (default priority × minutes). Medium. */
    public static Constraint unfilledRequired(ConstraintFactory factory) {
        return RosterStreams.assignedHeads(factory)
                .filter((cover, assigned) -> assigned < cover.getRequiredHeadcount())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM,
                        (cover, assigned) -> unfilledHeads(cover, assigned) * cover.getUnfilledWeightPerHead())
                .justifyWith((cover, assigned, score) -> RuleBreak.ofDay(UNFILLED_REQUIRED, null, cover.getMember(),
                        cover.getDate(), (long) unfilledHeads(cover, assigned) * cover.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(UNFILLED_REQUIRED);
    }

    /** Each head beyond the required count costs the cover's over-weight. Soft. */
    public static Constraint optionalFilled(ConstraintFactory factory) {
        return RosterStreams.assignedHeads(factory)
                .filter((cover, assigned) -> assigned > cover.getRequiredHeadcount() && cover.getOverWeightPerHead() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (cover, assigned) -> (assigned - cover.getRequiredHeadcount()) * cover.getOverWeightPerHead())
                .justifyWith((cover, assigned, score) -> RuleBreak.ofDay(OPTIONAL_FILLED, null, cover.getMember(),
                        cover.getDate(), assigned - cover.getRequiredHeadcount(), cover.getRequiredHeadcount(), Unit.COUNT))
                .asConstraint(OPTIONAL_FILLED);
    }

    /**
     * Re-planning: a published worker who no longer works the cover (same pattern, same day) costs the slot's minutes
     * × 10. Soft. The heads of a cover are interchangeable, so moving the worker to another head of the same cover
     * changes nothing anyone was told and costs nothing.
     */
    public static Constraint publishedChange(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Slot.class)
                .filter(slot -> slot.getPublishedWorker() != null && slot.getWorker() != slot.getPublishedWorker())
                // Only the slots of a cover with a published slot can keep that cover's published worker.
                .ifNotExists(RosterStreams.assignedSlots(factory).filter(slot -> slot.getCover().hasPublishedSlot()),
                        Joiners.equal(Slot::getCover), Joiners.equal(Slot::getPublishedWorker, Slot::getWorker))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(10), Slot::getNetMinutes)
                .justifyWith((slot, score) -> RuleBreak.ofDay(PUBLISHED_CHANGE, slot.getPublishedWorker(), slot.getMember(),
                        slot.getDate(), slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(PUBLISHED_CHANGE);
    }
}
