package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.Preference;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

/** What workers and members wish, with the weights they gave: liked and avoided combinations, on/off requests. Soft. */
public final class PreferenceConstraints {
    public static final String AVOIDED = "preference.avoided";
    public static final String LIKED = "preference.liked";
    public static final String SHIFT_ON_REQUEST = "preference.shift-on-request";
    public static final String SHIFT_OFF_REQUEST = "preference.shift-off-request";
    public static final String SAME_WORKER_IN_SEASON = "preference.same-worker-in-season";

    private PreferenceConstraints() {
    }

    private static final java.util.function.Function<Slot, jp.tsumugi.solver.domain.Worker> SLOT_WORKER = Slot::getWorker;
    private static final java.util.function.Function<Preference, jp.tsumugi.solver.domain.Worker> PREFERENCE_WORKER =
            Preference::worker;
    private static final java.util.function.BiPredicate<Slot, Preference> MATCHES =
            (slot, preference) -> preference.matches(slot);

    /**
     * Every slot with each preference of its worker that it matches: one join node that the avoided and the liked rule
     * share (built from the same function instances), instead of one each, since every move re-indexes its slots.
     */
    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<Slot, Preference> matchingPreferences(
            ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                // Only a slot whose member, job type or weekday one of its worker's preferences names can match below.
                .filter(slot -> slot.getWorker().mayPrefer(slot.getCover()))
                .join(Preference.class, Joiners.equal(SLOT_WORKER, PREFERENCE_WORKER), Joiners.filtering(MATCHES));
    }

    public static Constraint avoided(ConstraintFactory factory) {
        return matchingPreferences(factory)
                .filter((slot, preference) -> !preference.liked())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (slot, preference) -> preference.weight())
                .justifyWith((slot, preference, score) -> RuleBreak.ofDay(AVOIDED, slot.getWorker(), slot.getMember(),
                        slot.getDate(), preference.weight(), 0, Unit.WEIGHT))
                .asConstraint(AVOIDED);
    }

    public static Constraint liked(ConstraintFactory factory) {
        return matchingPreferences(factory)
                .filter((slot, preference) -> preference.liked())
                .rewardLong(HardMediumSoftLongScore.ONE_SOFT, (slot, preference) -> preference.weight())
                .justifyWith((slot, preference, score) -> RuleBreak.ofDay(LIKED, slot.getWorker(), slot.getMember(),
                        slot.getDate(), preference.weight(), 0, Unit.WEIGHT))
                .asConstraint(LIKED);
    }

    /** An on-request (work this shift type on this date) that the roster does not meet costs its weight. */
    public static Constraint shiftOnRequest(ConstraintFactory factory) {
        return factory.forEach(ShiftRequest.class)
                .filter(ShiftRequest::on)
                // An on-request names a shift type and a date, so only slots with a type, of a worker with an
                // on-request that date, can meet one: the others stay out of the index.
                .ifNotExists(RosterStreams.assignedSlots(factory).filter(slot -> slot.getShiftType() != null
                                && slot.getWorker().hasOnRequestOn(slot.getDate())),
                        Joiners.equal(ShiftRequest::worker, Slot::getWorker),
                        Joiners.equal(ShiftRequest::date, Slot::getDate),
                        Joiners.filtering((request, slot) -> slot.getShiftType() == request.shiftType()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ShiftRequest::weight)
                .justifyWith((request, score) -> RuleBreak.ofDay(SHIFT_ON_REQUEST, request.worker(), null, request.date(),
                        request.weight(), 0, Unit.WEIGHT))
                .asConstraint(SHIFT_ON_REQUEST);
    }

    /**
     * An off-request (not this shift type, or not at all, on this date) that the roster breaks costs its weight, once
     * however many slots break it (a split day). The member is named when all those slots are at one member.
     */
    public static Constraint shiftOffRequest(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                // Only a slot of a worker with a request on the slot's date can match one below.
                .filter(slot -> slot.getWorker().hasShiftRequestOn(slot.getDate()))
                .join(ShiftRequest.class,
                        Joiners.equal(Slot::getWorker, ShiftRequest::worker),
                        Joiners.equal(Slot::getDate, ShiftRequest::date),
                        Joiners.filtering((slot, request) -> !request.on() && request.matches(slot)))
                .groupBy((slot, request) -> request, ConstraintCollectors.toSet((slot, request) -> slot.getMember()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (request, members) -> request.weight())
                .justifyWith((request, members, score) -> RuleBreak.ofDay(SHIFT_OFF_REQUEST, request.worker(),
                        members.size() == 1 ? members.iterator().next() : null, request.date(), request.weight(), 0,
                        Unit.WEIGHT))
                .asConstraint(SHIFT_OFF_REQUEST);
    }

    /**
     * Members want the same people to come back through a season (a demand pattern): each distinct worker who works a
     * pattern costs 120, so fewer, returning faces are preferred.
     */
    public static Constraint sameWorkerInSeason(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> slot.getCover().getPatternId() != null)
                .groupBy(slot -> slot.getCover().getPatternId(), Slot::getWorker)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(120), (pattern, worker) -> 1L)
                .justifyWith((pattern, worker, score) -> new RuleBreak(SAME_WORKER_IN_SEASON, worker, null, null, null,
                        1, 0, Unit.COUNT))
                .asConstraint(SAME_WORKER_IN_SEASON);
    }
}
