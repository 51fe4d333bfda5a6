package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.TravelModel;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

import java.util.List;

/** Driving in a rural area: the commute from home and site changes within a day. Soft. */
public final class TravelConstraints {
    public static final String COMMUTE_DISTANCE = "travel.commute-distance";
    public static final String SITE_CHANGES = "travel.site-changes";
    public static final String TOO_MANY_SITE_CHANGES = "travel.too-many-site-changes";

    private TravelConstraints() {
    }

    /** Road distance home → sites of the day → home, in units of 100 m (kept by the {@link WorkerDay}). */
    static long dayHectometres(WorkerDay day) {
        return day.commuteHectometres();
    }

    static long commuteHectometres(GeoPoint home, TravelModel travel, List<Slot> slots) {
        double km = 0;
        GeoPoint at = home;
        for (Slot slot : slots) {
            GeoPoint site = slot.getSite().getLocation();
            if (at != null && site != null) {
                km += travel.roadKm(at, site);
            }
            at = site == null ? at : site;
        }
        if (home != null && at != null) {
            km += travel.roadKm(at, home);
        }
        return Math.round(km * 10);
    }

    public static Constraint commuteDistance(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> dayHectometres(day) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, TravelConstraints::dayHectometres)
                .justifyWith((day, score) -> RuleBreak.ofDay(COMMUTE_DISTANCE, day.worker(), day.singleMember(), day.date(),
                        (dayHectometres(day) + 5) / 10, 0, Unit.KM))
                .asConstraint(COMMUTE_DISTANCE);
    }

    /** Each change of site within a day costs 60 (an hour of the target), on top of the drive. */
    public static Constraint siteChanges(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.siteChanges() > 0)
                .penalizeLong(HardMediumSoftLongScore.ofSoft(60), WorkerDay::siteChanges)
                .justifyWith((day, score) -> RuleBreak.ofDay(SITE_CHANGES, day.worker(), null, day.date(),
                        day.siteChanges(), 0, Unit.COUNT))
                .asConstraint(SITE_CHANGES);
    }

    /** More site changes in a day than the coop allows (default 1) cost 600 each. */
    public static Constraint tooManySiteChanges(ConstraintFactory factory) {
        return RosterStreams.workerDays(factory)
                .filter(day -> day.siteChanges() > day.settings().getMaxSiteChangesPerDay())
                .penalizeLong(HardMediumSoftLongScore.ofSoft(600),
                        day -> day.siteChanges() - day.settings().getMaxSiteChangesPerDay())
                .justifyWith((day, score) -> RuleBreak.ofDay(TOO_MANY_SITE_CHANGES, day.worker(), null, day.date(),
                        day.siteChanges(), day.settings().getMaxSiteChangesPerDay(), Unit.COUNT))
                .asConstraint(TOO_MANY_SITE_CHANGES);
    }
}
