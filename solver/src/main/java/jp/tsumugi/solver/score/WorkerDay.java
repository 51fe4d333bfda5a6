package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;


/**
 * One worker's work on one date, across all members (労基法 §38: hours are summed per worker). A split day has several
 * slots; driving between two sites counts as work when the settings say so, and idle time between slots beyond the
 * drive counts as break.
 *
 * @param regulatedMinutes the minutes the working-time rules apply to (all of them unless §41 exempts some)
 * @param commuteHectometres the road distance home → the day's sites → home in units of 100 m, computed once here
 *        because the commute rule reads it twice for every rebuilt day (its filter and its penalty)
 * @param paddedEndMinute the latest end of the day's slots padded with their longest drive
 *        ({@link Slot#getPaddedEndMinute()}): whether the day can conflict with the next one, kept for the overlap rule
 */
public record WorkerDay(Worker worker, Cover first, int dayIndex, int totalMinutes, int regulatedMinutes,
        int breakMinutes, int nightMinutes, int travelMinutes, int siteChanges, long firstStartMinute,
        long lastEndMinute, List<Slot> slots, long commuteHectometres, long paddedEndMinute) {

    private static final Comparator<Slot> BY_START = Comparator.comparingLong(Slot::getStartMinute)
            .thenComparing(Slot::getId);

    public static WorkerDay of(Worker worker, List<Slot> daySlots) {
        return ofSorted(worker, sortedByStart(daySlots));
    }

    private static WorkerDay ofSorted(Worker worker, List<Slot> sorted) {
        Cover first = sorted.get(0).getCover();
        CooperativeSettings settings = first.getSettings();
        int total = 0;
        int regulated = 0;
        int breaks = 0;
        int night = 0;
        int travel = 0;
        int siteChanges = 0;
        long lastEnd = Long.MIN_VALUE;
        long paddedEnd = Long.MIN_VALUE;
        Slot previous = null;
        for (Slot slot : sorted) {
            Cover cover = slot.getCover();
            total += cover.getNetMinutes();
            if (cover.isRegulated()) {
                regulated += cover.getNetMinutes();
            }
            breaks += cover.getBreakMinutes();
            night += cover.getNightMinutes();
            if (previous != null) {
                int drive = 0;
                if (previous.getSite() != slot.getSite()) {
                    siteChanges++;
                    drive = settings.getTravel().minutes(previous.getSite().getLocation(), slot.getSite().getLocation());
                }
                travel += drive;
                long gap = slot.getStartMinute() - previous.getEndMinute();
                breaks += (int) Math.max(0, gap - drive);
            }
            lastEnd = Math.max(lastEnd, slot.getEndMinute());
            paddedEnd = Math.max(paddedEnd, slot.getPaddedEndMinute());
            previous = slot;
        }
        if (settings.isTravelCountsAsWork()) {
            total += travel;
            regulated += travel;
        }
        return new WorkerDay(worker, first, first.getDayIndex(), total, regulated, breaks, night, travel, siteChanges,
                sorted.get(0).getStartMinute(), lastEnd, sorted,
                TravelConstraints.commuteHectometres(worker.getHome(), settings.getTravel(), sorted), paddedEnd);
    }

    /**
     * An immutable copy in start order (then id: a total order, so the result is what a stable sort gives). Most days
     * have one or two slots: no sort and no intermediate list for those.
     */
    private static List<Slot> sortedByStart(List<Slot> daySlots) {
        int size = daySlots.size();
        if (size == 1) {
            return List.of(daySlots.get(0));
        }
        if (size == 2) {
            Slot a = daySlots.get(0);
            Slot b = daySlots.get(1);
            return BY_START.compare(a, b) <= 0 ? List.of(a, b) : List.of(b, a);
        }
        Slot[] slots = daySlots.toArray(new Slot[0]);
        Arrays.sort(slots, BY_START);
        return List.of(slots);
    }

    /**
     * Groups a worker's slots of one date straight into its {@link WorkerDay}: the slots are kept in a small array
     * as they come and go, instead of a {@code toList} (an {@code ArrayList} per new day, {@code remove} by equals).
     * One shared instance, so that every rule's {@code groupBy} with it is one node.
     */
    static final UniConstraintCollector<Slot, Slots, WorkerDay> COLLECTOR =
            new Collector<>(Slots::new, Slots::add, Slots::day);

    /** The collector's container: one worker's slots of one date, in no particular order. */
    static final class Slots {
        private Slot[] slots = new Slot[2];
        private int size;

        Runnable add(Slot slot) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
            }
            slots[size++] = slot;
            return () -> remove(slot);
        }

        private void remove(Slot slot) {
            int i = 0;
            while (slots[i] != slot) {
                i++;
            }
            System.arraycopy(slots, i + 1, slots, i, size - i - 1);
            slots[--size] = null;
        }

        /** The day, as {@link #of} builds it from the same slots (the order they came in does not matter). */
        WorkerDay day() {
            Slot first = slots[0];
            List<Slot> sorted;
            if (size == 1) {
                sorted = List.of(first);
            } else if (size == 2) {
                Slot second = slots[1];
                sorted = BY_START.compare(first, second) <= 0 ? List.of(first, second) : List.of(second, first);
            } else {
                Slot[] copy = Arrays.copyOf(slots, size);
                Arrays.sort(copy, BY_START);
                sorted = List.of(copy);
            }
            return ofSorted(first.getWorker(), sorted);
        }
    }

    /**
     * Identity: a WorkerDay is rebuilt whenever one of its slots changes, so comparing its slot lists element by element
     * (the record default) only costs time in the score calculation.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    public CooperativeSettings settings() { return first.getSettings(); }
    public LocalDate date() { return first.getDate(); }
    public int weekIndex() { return first.getWeekIndex(); }
    public int monthIndex() { return first.getMonthIndex(); }
    public int yearIndex() { return first.getYearIndex(); }
    public int weekendIndex() { return first.getWeekendIndex(); }
    public int quarterIndex() { return first.getCalendar().quarterIndex(first.getDate()); }
    public int fourWeekIndex() { return first.getCalendar().fourWeekIndex(first.getDate()); }

    /** Work on the worker's designated statutory rest day (法定休日) is holiday work, not overtime. */
    public boolean isLegalRestDay() {
        return worker.getLegalRestDay() != null && first.getDayOfWeek() == worker.getLegalRestDay();
    }

    public int requiredBreakMinutes() {
        return settings().requiredBreakMinutes(regulatedMinutes);
    }

    public int missingBreakMinutes() {
        return Math.max(0, requiredBreakMinutes() - breakMinutes);
    }

    /** The member when the whole day is at one member, else {@code null}. */
    public Member singleMember() {
        Member member = first.getMember();
        for (Slot slot : slots) {
            if (slot.getMember() != member) {
                return null;
            }
        }
        return member;
    }
}
