package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.List;

/**
 * A roster's slots by day index (the day the slot's cover starts), in roster order within a day, with their start and
 * end times in arrays (a cover's times do not change while solving), and the one double-booking test that
 * {@link ClashFilter} and the pattern moves share. Built once per working solution: the slot list does not change while
 * solving; the workers are read from the slots when asked.
 */
final class SlotsByDay {
    static final SlotsByDay EMPTY = of(List.of());

    /** The slots of each day. */
    final Slot[][] slots;
    private final long[][] starts;
    private final long[][] ends;
    /** Per day, the earliest start and the latest end of its slots (no slot: max and min value). */
    private final long[] earliestStart;
    private final long[] latestEnd;

    private SlotsByDay(Slot[][] slots) {
        this.slots = slots;
        this.starts = new long[slots.length][];
        this.ends = new long[slots.length][];
        this.earliestStart = new long[slots.length];
        this.latestEnd = new long[slots.length];
        for (int d = 0; d < slots.length; d++) {
            Slot[] day = slots[d];
            starts[d] = new long[day.length];
            ends[d] = new long[day.length];
            long earliest = Long.MAX_VALUE;
            long latest = Long.MIN_VALUE;
            for (int i = 0; i < day.length; i++) {
                starts[d][i] = day[i].getStartEpochMinute();
                ends[d][i] = day[i].getEndEpochMinute();
                earliest = Math.min(earliest, starts[d][i]);
                latest = Math.max(latest, ends[d][i]);
            }
            earliestStart[d] = earliest;
            latestEnd[d] = latest;
        }
    }

    static SlotsByDay of(List<Slot> slots) {
        int days = 0;
        for (Slot slot : slots) {
            days = Math.max(days, slot.getDayIndex() + 1);
        }
        List<List<Slot>> byDay = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            byDay.add(new ArrayList<>());
        }
        for (Slot slot : slots) {
            if (slot.getDayIndex() >= 0) {
                byDay.get(slot.getDayIndex()).add(slot);
            }
        }
        Slot[][] index = new Slot[days][];
        for (int d = 0; d < days; d++) {
            index[d] = byDay.get(d).toArray(Slot[]::new);
        }
        return new SlotsByDay(index);
    }

    /** The number of days (the last day index with a slot, plus one). */
    int days() {
        return slots.length;
    }

    /** What {@link #onlyClash} answers when the worker has more than one slot overlapping. */
    static final Slot MORE_THAN_ONE = new Slot("more-than-one", null);

    /**
     * Whether {@code worker} has a slot other than {@code slot} and {@code leaving} that overlaps {@code slot}, looking
     * at the slot's day and the days either side (a slot is shorter than a day, so nothing further away can overlap).
     */
    boolean clashes(Slot slot, Worker worker, Slot leaving) {
        return overlapping(slot, worker, leaving, false) != null;
    }

    /**
     * {@code worker}'s one slot other than {@code slot} that overlaps it: {@code null} if none, {@link #MORE_THAN_ONE}
     * if there are several.
     */
    Slot onlyClash(Slot slot, Worker worker) {
        return overlapping(slot, worker, null, true);
    }

    /** {@code worker}'s first slot on day {@code day}, or {@code null}. */
    Slot slotOf(int day, Worker worker) {
        for (Slot slot : slots[day]) {
            if (slot.getWorker() == worker) {
                return slot;
            }
        }
        return null;
    }

    /**
     * The first of {@code worker}'s slots (other than {@code slot} and {@code leaving}) overlapping {@code slot}, or,
     * with {@code all}, the only one ({@link #MORE_THAN_ONE} if several); {@code null} if none.
     */
    private Slot overlapping(Slot slot, Worker worker, Slot leaving, boolean all) {
        int day = slot.getDayIndex();
        if (day < 0) {
            return null;
        }
        long start = slot.getStartEpochMinute();
        long end = slot.getEndEpochMinute();
        Slot found = null;
        for (int d = Math.max(0, day - 1); d <= Math.min(slots.length - 1, day + 1); d++) {
            if (earliestStart[d] >= end || latestEnd[d] <= start) {
                // No slot of that day overlaps: usually the next day (it starts after this slot ends) and the day
                // before (it ended before this slot starts) unless a slot crosses midnight.
                continue;
            }
            Slot[] daySlots = slots[d];
            long[] dayStarts = starts[d];
            long[] dayEnds = ends[d];
            for (int i = 0; i < daySlots.length; i++) {
                // The times first, from the arrays: most slots of the three days do not overlap, and reading a
                // slot's times goes through its cover (JFR: this loop was 4.4 % of medium's local search).
                if (dayStarts[i] < end && start < dayEnds[i]) {
                    Slot other = daySlots[i];
                    if (other.getWorker() == worker && other != slot && other != leaving) {
                        if (!all) {
                            return other;
                        }
                        if (found != null) {
                            return MORE_THAN_ONE;
                        }
                        found = other;
                    }
                }
            }
        }
        return found;
    }
}
