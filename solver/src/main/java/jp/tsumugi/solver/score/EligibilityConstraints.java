package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may work which slot at all (domain.md §6 A and the personal accommodations). Hard, in minutes of the slot, so
 * that a longer wrong slot weighs more.
 */
public final class EligibilityConstraints {
    public static final String OPEN_ENDED_CONTRACT = "eligibility.open-ended-contract";
    public static final String PROHIBITED_JOB_TYPE = "eligibility.prohibited-job-type";
    public static final String OUTSIDE_AREA = "eligibility.outside-area";
    public static final String MISSING_SKILL = "eligibility.missing-skill";
    public static final String RESIDENCE_STATUS = "eligibility.residence-status";
    public static final String UNAVAILABLE = "eligibility.unavailable";
    public static final String OVERLAP_OR_TRAVEL = "eligibility.overlap-or-travel";
    public static final String NIGHT_WORK_ACCOMMODATION = "eligibility.night-work-accommodation";
    public static final String DAILY_CAP_ACCOMMODATION = "eligibility.daily-cap-accommodation";
    public static final String REQUIRED_BUDDY = "eligibility.required-buddy";

    private EligibilityConstraints() {
    }

    private static RuleBreak slotBreak(String rule, Slot slot, long actual, long limit, Unit unit) {
        return RuleBreak.ofDay(rule, slot.getWorker(), slot.getMember(), slot.getDate(), actual, limit, unit);
    }

    /** 特定地域づくり事業推進法 §18: only staff employed without a fixed term may be dispatched (also rules out 日雇派遣). */
    public static Constraint openEndedContract(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> !slot.getWorker().isOpenEnded())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(OPEN_ENDED_CONTRACT, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(OPEN_ENDED_CONTRACT);
    }

    /** 派遣法 §4: 港湾運送, 建設, 警備 and most medical work are never dispatched. */
    public static Constraint prohibitedJobType(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> slot.getCover().getJobType().isProhibited())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(PROHIBITED_JOB_TYPE, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(PROHIBITED_JOB_TYPE);
    }

    /** The coop must not dispatch outside its own area (地区). */
    public static Constraint outsideArea(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> !slot.getCover().getSettings().isInsideArea(slot.getSite()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(OUTSIDE_AREA, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(OUTSIDE_AREA);
    }

    /** Licences and qualifications must be held and valid on the slot's date; each missing one counts. */
    public static Constraint missingSkill(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> missingSkills(slot) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, slot -> (long) missingSkills(slot) * slot.getNetMinutes())
                .justifyWith((slot, score) -> slotBreak(MISSING_SKILL, slot, missingSkills(slot), 0, Unit.COUNT))
                .asConstraint(MISSING_SKILL);
    }

    private static int missingSkills(Slot slot) {
        Cover cover = slot.getCover();
        return slot.getWorker().missingSkillCount(cover.getRequiredSkills(), cover.getDate());
    }

    /** 技能実習 holders are never dispatched; 特定技能 holders only to agriculture and fisheries. */
    public static Constraint residenceStatus(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> residenceStatusForbids(slot.getWorker(), slot.getSite()))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(RESIDENCE_STATUS, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(RESIDENCE_STATUS);
    }

    /** Rule eligibility.residence-status for a worker at a site (also used to shortlist workers in construction). */
    public static boolean residenceStatusForbids(Worker worker, Site site) {
        ResidenceStatus status = worker.getResidenceStatus();
        return status == ResidenceStatus.TECHNICAL_INTERN
                || (status == ResidenceStatus.SPECIFIED_SKILLED && !site.getIndustry().admitsSpecifiedSkilledWorkers());
    }

    /**
     * Approved leave, agreed days off and unavailability. A slot counts once however many of them it touches.
     *
     * <p>An unavailability lies within its date, and a slot starts on its date and ends at most 24 h later, so a slot
     * that ends by midnight can only touch unavailabilities of its own date: those are looked up by (worker, date), a
     * hash index, rather than by an interval index over the worker's year (two sorted maps updated on every move; they
     * were a fifth of the local search's time on the medium preset). Slots running past midnight (rare, except on
     * Curtois' night shifts) are checked against all the worker's unavailabilities when the worker has one on the
     * slot's date or the next.
     */
    public static Constraint unavailable(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                // Only a worker with an unavailability on the slot's date can match below: the others' slots stay out
                // of the index (most slots: a move re-indexed each moved slot by worker and date).
                .filter(slot -> !slot.getCover().isOvernight() && slot.getWorker().hasUnavailabilityOn(slot.getDate()))
                .ifExists(Unavailability.class,
                        Joiners.equal(Slot::getWorker, Unavailability::worker),
                        Joiners.equal(Slot::getDate, Unavailability::date),
                        Joiners.filtering(EligibilityConstraints::overlaps))
                .concat(RosterStreams.assignedSlots(factory)
                        // An overnight slot lies within its date and the next: only a worker with an unavailability
                        // on one of them can match below.
                        .filter(slot -> slot.getCover().isOvernight()
                                && (slot.getWorker().hasUnavailabilityOn(slot.getDate())
                                        || slot.getWorker().hasUnavailabilityOn(slot.getDate().plusDays(1))))
                        .ifExists(Unavailability.class,
                                Joiners.equal(Slot::getWorker, Unavailability::worker),
                                Joiners.filtering(EligibilityConstraints::overlaps)))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(UNAVAILABLE, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(UNAVAILABLE);
    }

    /** The half-open intervals overlap (what {@code Joiners.overlapping} tested). */
    private static boolean overlaps(Slot slot, Unavailability unavailability) {
        return unavailability.overlaps(slot);
    }

    /**
     * One place at a time: two slots of a worker must not overlap, and when they are at different sites the gap between
     * them must allow the drive. The penalty is the missing minutes.
     *
     * <p>A slot is shorter than a day, so only slots on the same date or a slot that runs (with its longest drive) past
     * midnight into the next date's slots can conflict. Both come from streams other rules already keep: the slots of
     * each {@link WorkerDay} pairwise (in id order, as {@code forEachUniquePair} gave them) and the pairs of a worker's
     * consecutive working dates. Joining every slot with every other of the same worker and date (and again with the
     * next date) re-indexed each moved slot in three more join nodes, one of them ordered by id.
     */
    public static Constraint overlapOrTravel(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .flattenLast(EligibilityConstraints::sameDayConflicts)
                .concat(RosterStreams.consecutiveWorkerDays(factory)
                        .filter((day, next) -> reachesNextDay(day))
                        .map(EligibilityConstraints::overnightConflicts)
                        .flattenLast(conflicts -> conflicts))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, conflict -> conflictMinutes(conflict.a(), conflict.b()))
                .justifyWith((conflict, score) -> {
                    Slot a = conflict.a();
                    Slot b = conflict.b();
                    // A same-day pair comes in id order; report it in time order (from <= to, the earlier slot's member).
                    Slot first = earlier(a, b);
                    Slot second = first == a ? b : a;
                    return new RuleBreak(OVERLAP_OR_TRAVEL, first.getWorker(), first.getMember(),
                            first.getDate(), second.getDate(), conflictMinutes(a, b), 0, Unit.MINUTES);
                })
                .asConstraint(OVERLAP_OR_TRAVEL);
    }

    /** Two slots of one worker that conflict: a same-day pair in id order, or a slot and one of the next day's. */
    public record SlotConflict(Slot a, Slot b) {
    }

    static List<SlotConflict> sameDayConflicts(WorkerDay day) {
        List<Slot> slots = day.slots();
        if (slots.size() < 2) {
            return List.of();
        }
        List<SlotConflict> conflicts = new ArrayList<>(0);
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                Slot a = slots.get(i);
                Slot b = slots.get(j);
                if (a.getId().compareTo(b.getId()) > 0) {
                    Slot swap = a;
                    a = b;
                    b = swap;
                }
                if (conflictMinutes(a, b) > 0) {
                    conflicts.add(new SlotConflict(a, b));
                }
            }
        }
        return conflicts;
    }

    /** Some slot of the day runs, with its longest drive, past midnight (the day keeps the latest padded end). */
    private static boolean reachesNextDay(WorkerDay day) {
        return day.paddedEndMinute() > (day.dayIndex() + 1) * 1440L;
    }

    static List<SlotConflict> overnightConflicts(WorkerDay day, WorkerDay next) {
        long midnight = (day.dayIndex() + 1) * 1440L;
        List<SlotConflict> conflicts = new ArrayList<>(0);
        for (Slot a : day.slots()) {
            if (a.getPaddedEndMinute() > midnight) {
                for (Slot b : next.slots()) {
                    if (conflictMinutes(a, b) > 0) {
                        conflicts.add(new SlotConflict(a, b));
                    }
                }
            }
        }
        return conflicts;
    }

    private static Slot earlier(Slot a, Slot b) {
        return a.getStartMinute() <= b.getStartMinute() ? a : b;
    }

    /**
     * Rule eligibility.overlap-or-travel for two slots of one worker: the minutes by which they overlap or by which the
     * gap between them falls short of the drive (0 when they fit; also used to shortlist workers in construction).
     */
    public static long conflictMinutes(Slot a, Slot b) {
        Slot first = earlier(a, b);
        Slot second = first == a ? b : a;
        int drive = first.getSite() == second.getSite() ? 0
                : first.getCover().getSettings().getTravel()
                        .minutes(first.getSite().getLocation(), second.getSite().getLocation());
        long gap = second.getStartMinute() - first.getEndMinute();
        return Math.max(0, drive - gap);
    }

    /** A personal accommodation: no work between 22:00 and 05:00. */
    public static Constraint nightWorkAccommodation(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> slot.getWorker().isNoNightWork() && slot.getCover().getNightMinutes() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, slot -> slot.getCover().getNightMinutes())
                .justifyWith((slot, score) -> slotBreak(NIGHT_WORK_ACCOMMODATION, slot, slot.getCover().getNightMinutes(), 0, Unit.MINUTES))
                .asConstraint(NIGHT_WORK_ACCOMMODATION);
    }

    /** A personal accommodation: a lower daily cap than the law's, on the day's combined work. */
    public static Constraint dailyCapAccommodation(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.worker().getDailyCapMinutes() != null
                        && day.totalMinutes() > day.worker().getDailyCapMinutes())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        day -> day.totalMinutes() - day.worker().getDailyCapMinutes())
                .justifyWith((day, score) -> RuleBreak.ofDay(DAILY_CAP_ACCOMMODATION, day.worker(), day.singleMember(),
                        day.date(), day.totalMinutes(), day.worker().getDailyCapMinutes(), Unit.MINUTES))
                .asConstraint(DAILY_CAP_ACCOMMODATION);
    }

    /** A personal accommodation: the worker goes only where the named buddy works the same demand that day. */
    public static Constraint requiredBuddy(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .filter(slot -> slot.getWorker().getRequiredBuddy() != null)
                // Only a slot of someone's required buddy can be the buddy's slot: the others stay out of the index.
                .ifNotExists(RosterStreams.assignedSlots(factory).filter(slot -> slot.getWorker().isSomeonesRequiredBuddy()),
                        Joiners.equal(Slot::getCover),
                        Joiners.equal(slot -> slot.getWorker().getRequiredBuddy(), Slot::getWorker))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Slot::getNetMinutes)
                .justifyWith((slot, score) -> slotBreak(REQUIRED_BUDDY, slot, slot.getNetMinutes(), 0, Unit.MINUTES))
                .asConstraint(REQUIRED_BUDDY);
    }
}
