package jp.tsumugi.web.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;

/**
 * Demand against supply per member. Unfilled counts by cover, as the solver's summary does: a cover short of
 * {@code k} required heads has its first {@code k} empty slots unfilled-required, the other empty slots are optional.
 */
final class MemberViews {

    /** Templates read components only (no method calls): hours and colour are computed here. */
    record MemberRow(String code, String name, String css, long requiredMinutes, long assignedMinutes,
            long unfilledMinutes, String requiredHours, String assignedHours, String unfilledHours) {

        static MemberRow of(Member member, long requiredMinutes, long assignedMinutes, long unfilledMinutes) {
            return new MemberRow(member.getId(), member.getName(), MemberPalette.cssClass(member.getId()),
                    requiredMinutes, assignedMinutes, unfilledMinutes, Hours.of(requiredMinutes),
                    Hours.of(assignedMinutes), Hours.of(unfilledMinutes));
        }
    }

    record UnfilledSlot(String key, LocalDate date, DayOfWeek dayOfWeek, String start, String end, String siteName,
            String hours, boolean required) {
    }

    record MemberDetail(MemberRow totals, String css, WeeklyChart chart, List<UnfilledSlot> unfilled,
            long unfilledRequiredCount) {
    }

    private MemberViews() {
    }

    /** Every member of the plan, most unfilled required hours first. */
    static List<MemberRow> list(Roster roster) {
        Map<Member, long[]> figures = new HashMap<>();
        roster.getMembers().forEach(m -> figures.put(m, new long[3]));
        Map<Cover, List<Slot>> slotsByCover = slotsByCover(roster);
        for (Cover cover : roster.getCovers()) {
            long[] f = figures.computeIfAbsent(cover.getMember(), m -> new long[3]);
            List<Slot> slots = slotsByCover.getOrDefault(cover, List.of());
            long assigned = slots.stream().filter(Slot::isAssigned).count();
            f[0] += (long) cover.getRequiredHeadcount() * cover.getNetMinutes();
            f[1] += assigned * cover.getNetMinutes();
            f[2] += Math.max(0, cover.getRequiredHeadcount() - assigned) * cover.getNetMinutes();
        }
        return figures.entrySet().stream()
                .map(e -> MemberRow.of(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(MemberRow::unfilledMinutes).reversed()
                        .thenComparing(Comparator.comparingLong(MemberRow::requiredMinutes).reversed())
                        .thenComparing(MemberRow::code))
                .toList();
    }

    static MemberDetail detail(Roster roster, Member member) {
        Map<Cover, List<Slot>> slotsByCover = slotsByCover(roster);
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        // every week of the plan gets a bar, so that seasons line up from member to member
        for (LocalDate d = monday(roster.getCalendar().getFrom()); !d.isAfter(roster.getCalendar().getTo());
                d = d.plusWeeks(1)) {
            weeks.put(d, new long[2]);
        }
        List<UnfilledSlot> unfilled = new ArrayList<>();
        long required = 0;
        long assignedTotal = 0;
        long unfilledMinutes = 0;
        long unfilledRequiredCount = 0;
        for (Cover cover : roster.getCovers()) {
            if (cover.getMember() != member) {
                continue;
            }
            List<Slot> slots = slotsByCover.getOrDefault(cover, List.of());
            long assigned = slots.stream().filter(Slot::isAssigned).count();
            long[] week = weeks.computeIfAbsent(monday(cover.getDate()), d -> new long[2]);
            week[0] += (long) cover.getRequiredHeadcount() * cover.getNetMinutes();
            week[1] += assigned * cover.getNetMinutes();
            required += (long) cover.getRequiredHeadcount() * cover.getNetMinutes();
            assignedTotal += assigned * cover.getNetMinutes();
            long missing = Math.max(0, cover.getRequiredHeadcount() - assigned);
            unfilledMinutes += missing * cover.getNetMinutes();
            unfilledRequiredCount += missing;
            for (Slot slot : slots) {
                if (!slot.isAssigned()) {
                    unfilled.add(new UnfilledSlot(slot.getId(), cover.getDate(), cover.getDayOfWeek(),
                            cover.getStartTime().toString(), cover.getEndTime().toString(), cover.getSite().getName(),
                            Hours.of(cover.getNetMinutes()), missing-- > 0));
                }
            }
        }
        unfilled.sort(Comparator.comparing(UnfilledSlot::date).thenComparing(UnfilledSlot::start)
                .thenComparing(UnfilledSlot::key));
        MemberRow totals = MemberRow.of(member, required, assignedTotal, unfilledMinutes);
        return new MemberDetail(totals, MemberPalette.cssClass(member.getId()), WeeklyChart.of(weeks), unfilled,
                unfilledRequiredCount);
    }

    private static Map<Cover, List<Slot>> slotsByCover(Roster roster) {
        Map<Cover, List<Slot>> slotsByCover = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            slotsByCover.computeIfAbsent(slot.getCover(), c -> new ArrayList<>()).add(slot);
        }
        // heads in order, so that the first empty ones are the required ones
        slotsByCover.values().forEach(list -> list.sort(Comparator.comparing(Slot::getId,
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))));
        return slotsByCover;
    }

    /** ISO weeks: Monday to Sunday. */
    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
