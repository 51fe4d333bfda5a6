package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.Joiners;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;

import java.util.Map;

/** The cooperative's dispatch rules: non-member use caps (hard) and multi-work policy (soft). */
public final class DispatchConstraints {
    public static final String NON_MEMBER_CAP = "dispatch.non-member-cap";
    public static final String DISTINCT_MEMBERS = "dispatch.distinct-members";
    public static final String MAX_SHARE_AT_ONE_MEMBER = "dispatch.max-share-at-one-member";

    private DispatchConstraints() {
    }

    /** Minutes of use in one 36協定 year, split by kind of client. */
    public record YearUse(long memberMinutes, long nonMemberMinutes, long municipalityMinutes) {
        /**
         * Minutes of non-member use beyond the caps. Without the related-municipality allowance every non-member shares
         * the 20 % cap; with it, others stay within 20 % and all non-members together within 50 %.
         * The unit of "use" is UNCONFIRMED (domain.md §6 rule 2): minutes, which equal fees at a uniform hourly fee.
         */
        long excessMinutes(CooperativeSettings settings) {
            if (!settings.isRelatedMunicipalityAllowance()) {
                return Math.max(0, nonMemberMinutes + municipalityMinutes
                        - memberMinutes * settings.getNonMemberCapPercent() / 100);
            }
            long others = Math.max(0, nonMemberMinutes - memberMinutes * settings.getNonMemberCapPercent() / 100);
            long all = Math.max(0, nonMemberMinutes + municipalityMinutes
                    - memberMinutes * settings.getNonMemberWithMunicipalitiesCapPercent() / 100);
            return Math.max(others, all);
        }
    }

    /**
     * The year's member, non-member and related-municipality minutes in one accumulation per slot (it was three
     * {@code sumLong} collectors and a map node to {@link YearUse}; same sums).
     */
    static final Collector<Slot, long[], YearUse> YEAR_USE = new Collector<>(() -> new long[3], (sums, slot) -> {
        MemberKind memberKind = slot.getMember().getKind();
        int kind = memberKind == MemberKind.MEMBER ? 0
                : memberKind == MemberKind.NON_MEMBER ? 1
                : memberKind == MemberKind.RELATED_MUNICIPALITY ? 2 : -1;
        if (kind < 0) {
            return () -> { };
        }
        long minutes = slot.getNetMinutes();
        sums[kind] += minutes;
        return () -> sums[kind] -= minutes;
    }, sums -> new YearUse(sums[0], sums[1], sums[2]));

    public static Constraint nonMemberCap(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                .groupBy(slot -> new WorkerPeriod(null, slot.getCover().getYearIndex(), slot.getCover().getCalendar()),
                        YEAR_USE)
                .filter((year, use) -> use.excessMinutes(year.calendar().getSettings()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (year, use) -> use.excessMinutes(year.calendar().getSettings()))
                .justifyWith((year, use, score) -> {
                    PlanCalendar calendar = year.calendar();
                    CooperativeSettings settings = calendar.getSettings();
                    long othersCap = use.memberMinutes() * settings.getNonMemberCapPercent() / 100;
                    if (settings.isRelatedMunicipalityAllowance()
                            && use.nonMemberMinutes() - othersCap >= use.excessMinutes(settings)) {
                        // The 20 % cap on non-members other than the related municipalities is the one broken.
                        return new RuleBreak(NON_MEMBER_CAP, null, null, calendar.getFrom(), calendar.getTo(),
                                use.nonMemberMinutes(), othersCap, Unit.MINUTES);
                    }
                    return new RuleBreak(NON_MEMBER_CAP, null, null, calendar.getFrom(), calendar.getTo(),
                            use.nonMemberMinutes() + use.municipalityMinutes(),
                            use.memberMinutes() * (settings.isRelatedMunicipalityAllowance()
                                    ? settings.getNonMemberWithMunicipalitiesCapPercent()
                                    : settings.getNonMemberCapPercent()) / 100,
                            Unit.MINUTES);
                })
                .asConstraint(NON_MEMBER_CAP);
    }

    /** Coop policy (default 2): each worker serves at least this many members over the plan; each one short costs 600. */
    public static Constraint distinctMembers(ConstraintFactory factory) {
        return RosterStreams.allWorkerTotals(factory) // (worker, minutes, distinct members)
                .join(CooperativeSettings.class, Joiners.filtering((worker, minutes, count, settings) ->
                        count < settings.getMinDistinctMembersPerWorker()))
                .penalizeLong(HardMediumSoftLongScore.ofSoft(600),
                        (worker, minutes, count, settings) -> settings.getMinDistinctMembersPerWorker() - count)
                .justifyWith((worker, minutes, count, settings, score) -> new RuleBreak(DISTINCT_MEMBERS, worker, null,
                        null, null, count, settings.getMinDistinctMembersPerWorker(), Unit.COUNT))
                .asConstraint(DISTINCT_MEMBERS);
    }

    /** Coop policy, off by default: no member takes more than a set share of a worker's minutes; excess minutes count. */
    public static Constraint maxShareAtOneMember(ConstraintFactory factory) {
        return RosterStreams.assignedSlots(factory)
                // The rule is on when the cooperative's settings set a share (a slot's cover has the roster's
                // settings): a filter on the slot, where an unindexed ifExists over the settings re-counted its one
                // fact for every slot of every move, the rule off (the default) as much as on.
                .filter(slot -> slot.getCover().getSettings().getMaxShareAtOneMemberPercent() > 0)
                .groupBy(Slot::getWorker,
                        ConstraintCollectors.toMap(Slot::getMember, Slot::getNetMinutes, Integer::sum),
                        ConstraintCollectors.sum(Slot::getNetMinutes))
                .join(CooperativeSettings.class)
                .filter((worker, byMember, total, settings) -> shareExcess(byMember, total, settings) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (worker, byMember, total, settings) -> shareExcess(byMember, total, settings))
                .justifyWith((worker, byMember, total, settings, score) -> new RuleBreak(MAX_SHARE_AT_ONE_MEMBER, worker,
                        largestShare(byMember).getKey(), null, null, largestShare(byMember).getValue(),
                        (long) total * settings.getMaxShareAtOneMemberPercent() / 100, Unit.MINUTES))
                .asConstraint(MAX_SHARE_AT_ONE_MEMBER);
    }

    static long shareExcess(Map<Member, Integer> byMember, int total, CooperativeSettings settings) {
        return Math.max(0, largestShare(byMember).getValue() - (long) total * settings.getMaxShareAtOneMemberPercent() / 100);
    }

    static Map.Entry<Member, Integer> largestShare(Map<Member, Integer> byMember) {
        Map.Entry<Member, Integer> best = null;
        for (Map.Entry<Member, Integer> entry : byMember.entrySet()) {
            if (best == null || entry.getValue() > best.getValue()
                    || (entry.getValue().equals(best.getValue()) && entry.getKey().getId().compareTo(best.getKey().getId()) < 0)) {
                best = entry;
            }
        }
        return best;
    }
}
