package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.EligibilityConstraints;

import java.util.ArrayList;
import java.util.List;

/**
 * Leaves out change and swap moves that would give a worker a slot overlapping in time with another slot the worker
 * keeps: a double booking, which {@code eligibility.overlap-or-travel} (hard) always penalises. Drawn at random, such
 * moves are common (on a Curtois instance where half the staff works each day, half the change moves and most swaps
 * between days) and are never accepted from a feasible roster, so evaluating them only costs a score calculation.
 * Too short a drive between two sites, the rule's other half ({@link EligibilityConstraints#conflictMinutes}), is not
 * filtered: tried, it gave hagi −173,550 and −174,210 medium at 20 CPU s (seeds 2, 3) against −171,990 and −171,870
 * with overlaps only, medium about the same; those moves stay and the score judges them.
 *
 * <p>The slots of each day are indexed once per working solution (the slot list does not change while solving), with
 * their start and end times in arrays (a cover's times do not change while solving); the test reads the current
 * workers from the entities, over the slot's day and the days either side (a slot is shorter than a day, so nothing
 * further away can overlap), and only of the slots that overlap in time.
 */
public final class ClashFilter implements SelectionFilter<Roster, Move<Roster>> {
    private List<Slot> indexed;
    private Slot[][] slotsByDay = new Slot[0][];
    private long[][] startsByDay = new long[0][];
    private long[][] endsByDay = new long[0][];

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, Move<Roster> move) {
        if (move instanceof ChangeMove<Roster> change) {
            Worker to = (Worker) change.getToPlanningValue();
            return to == null || !clashes(scoreDirector, (Slot) change.getEntity(), to, null);
        }
        if (move instanceof SwapMove<Roster> swap) {
            Slot left = (Slot) swap.getLeftEntity();
            Slot right = (Slot) swap.getRightEntity();
            Worker leftWorker = left.getWorker();
            Worker rightWorker = right.getWorker();
            return !(rightWorker != null && clashes(scoreDirector, left, rightWorker, right))
                    && !(leftWorker != null && clashes(scoreDirector, right, leftWorker, left));
        }
        return true;
    }

    /** Whether {@code worker} has a slot other than {@code slot} and {@code leaving} that overlaps {@code slot}. */
    boolean clashes(ScoreDirector<Roster> scoreDirector, Slot slot, Worker worker, Slot leaving) {
        index(scoreDirector.getWorkingSolution());
        int day = slot.getDayIndex();
        if (day < 0) {
            return false;
        }
        long start = slot.getStartEpochMinute();
        long end = slot.getEndEpochMinute();
        for (int d = Math.max(0, day - 1); d <= Math.min(slotsByDay.length - 1, day + 1); d++) {
            Slot[] slots = slotsByDay[d];
            long[] starts = startsByDay[d];
            long[] ends = endsByDay[d];
            for (int i = 0; i < slots.length; i++) {
                // The times first, from the arrays: most slots of the three days do not overlap, and reading a
                // slot's times goes through its cover (JFR: this loop was 4.4 % of medium's local search).
                if (starts[i] < end && start < ends[i]) {
                    Slot other = slots[i];
                    if (other.getWorker() == worker && other != slot && other != leaving) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code worker} has a slot other than {@code slot} and {@code leaving} that overlaps {@code slot},
     * looking at the slot's day and the days either side in {@code byDay} (slots by day index).
     */
    static boolean clashes(Slot[][] byDay, Slot slot, Worker worker, Slot leaving) {
        int day = slot.getDayIndex();
        if (day < 0) {
            return false;
        }
        long start = slot.getStartEpochMinute();
        long end = slot.getEndEpochMinute();
        for (int d = Math.max(0, day - 1); d <= Math.min(byDay.length - 1, day + 1); d++) {
            for (Slot other : byDay[d]) {
                if (other.getWorker() == worker && other != slot && other != leaving
                        && other.getStartEpochMinute() < end && start < other.getEndEpochMinute()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void index(Roster roster) {
        List<Slot> slots = roster.getSlots();
        if (slots != indexed) {
            slotsByDay = byDay(slots);
            startsByDay = new long[slotsByDay.length][];
            endsByDay = new long[slotsByDay.length][];
            for (int d = 0; d < slotsByDay.length; d++) {
                Slot[] day = slotsByDay[d];
                startsByDay[d] = new long[day.length];
                endsByDay[d] = new long[day.length];
                for (int i = 0; i < day.length; i++) {
                    startsByDay[d][i] = day[i].getStartEpochMinute();
                    endsByDay[d][i] = day[i].getEndEpochMinute();
                }
            }
            indexed = slots;
        }
    }

    /** The slots by day index (the day the slot's cover starts), in roster order within a day. */
    static Slot[][] byDay(List<Slot> slots) {
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
        return index;
    }
}
