package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty required head through a chain of up to {@value #MAX_LINKS} workers (an ejection chain): a random
 * empty slot of a cover that has fewer workers than its required headcount (an optional head, one beyond the required
 * count, is never the target) is taken by a worker A who has no unavailability that day and holds the cover's skills.
 * <ul>
 *   <li>If A has a slot overlapping the target (in a one-shift-per-day roster: A works that day), A leaves it. If that
 *   slot's cover keeps at least its required count without A (A was on an optional head), it stays empty and the chain
 *   ends: the same-day "optional → required" shift. Otherwise the slot is the next hole.</li>
 *   <li>If A is free, one draw in {@value #FREE_ENDS_ONE_IN} ends the chain there (the plain fill, what a change move
 *   also does when it happens to draw the slot and a free worker); otherwise A drops one of its slots within
 *   {@value PatternMoveFactory#MAX_BLOCK_DAYS} days of the target (one draw in two the first or last day of A's run of
 *   working days through the target's day, else any of its days in the window) to stay within a limit on runs,
 *   minutes or shifts, and that slot is the next hole, unless it was an optional head (then it stays empty).</li>
 *   <li>The next hole is taken by another worker in the same way, until {@code 1 + random(MAX_LINKS)} workers have
 *   moved; a hole left at the end stays empty (the unfilled head moved to another cover or day).</li>
 * </ul>
 * Every worker moves at most once in a chain, so each one's overlap test ({@link SlotsByDay#clashes}) against the
 * roster as it is, minus the one slot it leaves, is exact. Pinned slots are never taken, left or handed on. The score
 * judges the rest (runs, totals, weekends, requests): the chain only proposes rosters where the target head is filled.
 *
 * <p>When the hole is on a Saturday or Sunday, one draw in two looks first for a worker who works the other day of that
 * weekend ({@link #weekendPartner}): on a Curtois roster (Instance10, 20 CPU s, seed 1) every one of 53 empty required
 * heads was on a weekend, and 529 of the 540 (free worker, head) pairs would have broken the worker's maximum of
 * weekends; a worker already on the other day does not work one more weekend.
 *
 * <p>Workers are drawn from a random position among all workers, skipping those with an unavailability that day
 * ({@link Worker#hasUnavailabilityOn}: a whole-day or partial one; a worker free for part of such a day is not drawn)
 * or without the cover's skills on that date.
 *
 * <p>In the default local search since session 8 at weight 0.5 (weight 1 below), beside the block swaps, weekends and same-day changes
 * ({@code SearchTuning eject=0} leaves it out; benchmarks/CURTOIS.md, "Session 8: filling empty heads"): at 20 CPU s
 * it improved hagi on every seed (seeds 1–5, medium −171,606 against −172,530 on average at 20 CPU s, −171,990 against
 * −173,298 at 10 CPU s) and medium at 60 CPU s (−480,780 and −480,600 against −492,690 and −493,860, seeds 1 and 2),
 * the problems users solve; it did not clearly help the Curtois instances it was built for (20 CPU s, seeds 1–5):
 * fewer unfilled heads on 6, 7, 11 and 12 (Instance12 73.2 against 80.6 on average) but not on 10, 19 of 30 runs of
 * Instances 6, 7, 9, 10, 11, 12 feasible against 21, and Instance2 worse at 10 CPU s (1,026 and 1,039 against 861 and
 * 933, seeds 1 and 2); at weight 0.5 Instance2 is as without it and medium gains as much (CURTOIS.md). The full
 * Curtois and preset runs with it in the default: README, "Benchmarks".
 *
 * <p>Not final: {@link FillWeekendHead} shares its cover index, target test and worker checks.
 */
public class FillEmptyHead extends PatternMoveFactory {
    /** The most workers that move in one chain. */
    static final int MAX_LINKS = 3;
    /** A free worker ends the chain by taking the hole in one draw in this many. */
    static final int FREE_ENDS_ONE_IN = 3;

    @Override
    String kind() { return "fill-empty-head"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        indexCovers(roster.getSlots());
    }

    @Override
    ReassignMove draw(Random random) {
        Slot target = randomEmptyRequiredSlot(random);
        return target == null ? null : chain(random, target, 1 + random.nextInt(MAX_LINKS));
    }

    /**
     * The first empty, unpinned slot of a cover below its required headcount, scanning the movable slots from a random
     * position; {@code null} if there is none.
     */
    Slot randomEmptyRequiredSlot(Random random) {
        return randomEmptyRequired(movable, random);
    }

    /** The first empty slot of {@code slots} whose cover is below its required headcount, from a random position. */
    final Slot randomEmptyRequired(Slot[] slots, Random random) {
        if (slots.length == 0) {
            return null;
        }
        int start = random.nextInt(slots.length);
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[(start + i) % slots.length];
            if (slot.getWorker() == null && assigned(slot.getCover(), Map.of()) < slot.getCover().getRequiredHeadcount()) {
                return slot;
            }
        }
        return null;
    }

    /**
     * The chain that fills {@code target} with at most {@code links} workers moving, or {@code null} if no worker can
     * take the target.
     */
    ReassignMove chain(Random random, Slot target, int links) {
        Map<Slot, Worker> changes = new LinkedHashMap<>();
        List<Worker> moved = new ArrayList<>();
        Slot hole = target;
        for (int link = 0; link < links && hole != null; link++) {
            int partner = weekendPartner(hole);
            Pick pick = partner >= 0 && random.nextBoolean() ? pick(random, hole, moved, partner) : null;
            if (pick == null) {
                pick = pick(random, hole, moved, -1);
            }
            if (pick == null) {
                break;
            }
            Worker worker = pick.worker();
            Slot leaves = pick.leaves();
            changes.put(hole, worker);
            moved.add(worker);
            if (leaves == null && random.nextInt(FREE_ENDS_ONE_IN) != 0) {
                leaves = dropNear(random, worker, hole);
            }
            hole = null;
            if (leaves != null) {
                changes.put(leaves, null);
                // A slot whose cover still has its required count without the worker was an optional head: it stays
                // empty and the chain ends; otherwise the next worker fills it.
                if (assigned(leaves.getCover(), changes) < leaves.getCover().getRequiredHeadcount()) {
                    hole = leaves;
                }
            }
        }
        if (changes.isEmpty()) {
            return null;
        }
        return new ReassignMove(kind(), new ArrayList<>(changes.keySet()), new ArrayList<>(changes.values()));
    }

    /** A worker who can take a hole, and the one slot it leaves for it ({@code null}: none). */
    record Pick(Worker worker, Slot leaves) {
    }

    /**
     * The first worker from a random position who has not moved in this chain, may take {@code hole} ({@link
     * #mayTake}), has at most one slot overlapping it, unpinned and of another cover, and (when {@code partnerDay >= 0})
     * works on {@code partnerDay}; {@code null} if there is none.
     */
    Pick pick(Random random, Slot hole, List<Worker> moved, int partnerDay) {
        int start = random.nextInt(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            Worker candidate = workers.get((start + i) % workers.size());
            if (moved.contains(candidate) || !mayTake(candidate, hole)
                    || (partnerDay >= 0 && days.slotOf(partnerDay, candidate) == null)) {
                continue;
            }
            Slot clash = days.onlyClash(hole, candidate);
            if (clash == SlotsByDay.MORE_THAN_ONE || (clash != null && (clash.isPinned() || clash.getCover() == hole.getCover()))) {
                continue;
            }
            return new Pick(candidate, clash);
        }
        return null;
    }

    /**
     * For a slot on a Saturday or Sunday, the other day of that weekend (a weekend counts as worked if either day is,
     * so a worker already on the other day takes the slot without working one more weekend); -1 otherwise or when the
     * other day is outside the horizon.
     */
    int weekendPartner(Slot slot) {
        DayOfWeek day = slot.getCover().getDayOfWeek();
        int partner = day == DayOfWeek.SATURDAY ? slot.getDayIndex() + 1
                : day == DayOfWeek.SUNDAY ? slot.getDayIndex() - 1 : -1;
        return partner >= 0 && partner < days.days() ? partner : -1;
    }

    /**
     * One of {@code worker}'s unpinned slots within {@value PatternMoveFactory#MAX_BLOCK_DAYS} days of {@code taken}'s
     * day (not that day): one draw in two the first or last day of the run of consecutive working days that {@code
     * taken} joins, else any; {@code null} if there is none.
     */
    Slot dropNear(Random random, Worker worker, Slot taken) {
        int day = taken.getDayIndex();
        if (random.nextBoolean()) {
            int first = day;
            while (first > 0 && days.slotOf(first - 1, worker) != null) {
                first--;
            }
            int last = day;
            while (last < days.days() - 1 && days.slotOf(last + 1, worker) != null) {
                last++;
            }
            if (first < day || last > day) {
                int edge = first == day ? last : last == day ? first : random.nextBoolean() ? first : last;
                Slot slot = days.slotOf(edge, worker);
                if (!slot.isPinned()) {
                    return slot;
                }
            }
        }
        List<Slot> near = new ArrayList<>();
        for (int d = Math.max(0, day - MAX_BLOCK_DAYS); d <= Math.min(days.days() - 1, day + MAX_BLOCK_DAYS); d++) {
            if (d == day) {
                continue;
            }
            for (Slot slot : days.slots[d]) {
                if (slot.getWorker() == worker && !slot.isPinned()) {
                    near.add(slot);
                }
            }
        }
        return near.isEmpty() ? null : near.get(random.nextInt(near.size()));
    }

    /** The cover's assigned slots, with the chain's {@code changes} applied. */
    int assigned(Cover cover, Map<Slot, Worker> changes) {
        int count = 0;
        for (Slot slot : coverSlots.getOrDefault(cover, new Slot[0])) {
            Worker worker = changes.containsKey(slot) ? changes.get(slot) : slot.getWorker();
            if (worker != null) {
                count++;
            }
        }
        return count;
    }
}
