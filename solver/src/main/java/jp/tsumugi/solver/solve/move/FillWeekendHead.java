package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills an empty required head on a Saturday or Sunday without anybody working one more weekend: a worker A takes the
 * head and gives the day it works of a <em>single-day</em> weekend w′ (a weekend where A works on Saturday or on
 * Sunday, not both) to a worker B who works the other day of w′.
 * <ul>
 *   <li><b>complete</b>: A already works the other day of the target's weekend w. A's weekend w becomes a full one,
 *   A works one weekend fewer (w′ is off now) and as many days as before; B's w′ becomes a full weekend, B works one
 *   day more and no more weekends.</li>
 *   <li><b>relocate</b>: A does not work w. A's single-day weekend moves from w′ to w (A works as many weekends and
 *   days as before); when the other day of w has an empty required head too that A may take, one draw in two A takes
 *   both (a full weekend, one more day for A).</li>
 * </ul>
 * A weekend counts as worked if either day is, and on a Curtois roster (Instance10, 20 CPU s, seed 1) all 53 empty
 * required heads were on weekends with 529 of the 540 (free worker, head) fills breaking the worker's maximum of
 * weekends (benchmarks/CURTOIS.md, "Session 8"): the weekend capacity binds, and single-day weekends waste it. A
 * plain fill, a weekend handed over or {@link FillEmptyHead}'s chain each keep or raise someone's count of weekends;
 * here every worker's count stays the same or drops and one more head (two with the full relocation) is filled, in
 * one step. The score judges the rest (runs, totals, successions, requests).
 *
 * <p>A and B need no unavailability that day and the cover's skills ({@link PatternMoveFactory#mayTake}); A has no slot
 * overlapping the target (nor the second head), B none overlapping the slots it takes. Pinned slots are never taken or
 * given: the target is unpinned, and a weekend w′ where A has a pinned slot is not given away. Weekends are the covers'
 * weekend indices (the Saturday's day index): nothing here is specific to a benchmark.
 *
 * <p>Not in the default local search ({@code SearchTuning wkfill=W} adds it): beside the default mix at weight 1, at a
 * fixed 1,000,000 score calculations, seeds 1–3 on Curtois 4, 5, 6, 7, 9, 10, 11 and 12, 19 of 24 runs were feasible
 * against 17 (Instance11 3 of 3 against 0, Instance7 3 against 2; Instance12 0 against 1, Instance6 2 against 3), but
 * the objectives were not better beyond the spread between seeds (mean of the three worse on 4, 5, 7, 9 and 10,
 * better on 6 and 12) and the unfilled heads on Instance10 did not drop (58.3 against 57.0 on average); hagi (500,000
 * calculations, seeds 1–3) and medium (1,900,000, seeds 1–2) were a little worse on 4 of 5 runs
 * (benchmarks/CURTOIS.md, "Session 9").
 */
public final class FillWeekendHead extends FillEmptyHead {
    /** Workers tried as A before a draw gives up (each costs a scan of its weekends). */
    static final int MAX_TAKERS = 8;

    /** Unpinned slots whose cover starts on a Saturday or Sunday. */
    private Slot[] weekendSlots = new Slot[0];
    /** The weekends of the horizon as their Saturday's day index (-1 for a Sunday on day 0). */
    private int[] weekends = new int[0];

    @Override
    String kind() { return "fill-weekend-head"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        List<Slot> weekend = new ArrayList<>();
        java.util.TreeSet<Integer> saturdays = new java.util.TreeSet<>();
        for (Slot slot : roster.getSlots()) {
            int saturday = saturdayOf(slot);
            if (saturday != NONE) {
                saturdays.add(saturday);
                if (!slot.isPinned()) {
                    weekend.add(slot);
                }
            }
        }
        weekendSlots = weekend.toArray(new Slot[0]);
        weekends = saturdays.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final int NONE = Integer.MIN_VALUE;

    /** The day index of the Saturday of the slot's weekend (a Sunday's is its day index − 1); NONE on a weekday. */
    static int saturdayOf(Slot slot) {
        return switch (slot.getCover().getDayOfWeek()) {
            case SATURDAY -> slot.getDayIndex();
            case SUNDAY -> slot.getDayIndex() - 1;
            default -> NONE;
        };
    }

    @Override
    ReassignMove draw(Random random) {
        Slot target = randomEmptyRequiredWeekendSlot(random);
        return target == null ? null : fill(random, target);
    }

    /** The first empty weekend slot of a cover below its required headcount, from a random position; or {@code null}. */
    Slot randomEmptyRequiredWeekendSlot(Random random) {
        return randomEmptyRequired(weekendSlots, random);
    }

    /**
     * The move that gives {@code target} to a worker A who gives a single-day weekend away, or {@code null} if no such
     * A (with a B) is found among the first {@value #MAX_TAKERS} workers who may take the target. One draw in two looks
     * first for an A who works the other day of the target's weekend (the complete variant).
     */
    ReassignMove fill(Random random, Slot target) {
        int partner = weekendPartner(target);
        if (partner >= 0 && random.nextBoolean()) {
            ReassignMove move = fill(random, target, partner);
            if (move != null) {
                return move;
            }
        }
        return fill(random, target, -1);
    }

    /** {@link #fill(Random, Slot)} with A drawn among the workers who work {@code partnerDay} (any when it is -1). */
    ReassignMove fill(Random random, Slot target, int partnerDay) {
        int weekend = saturdayOf(target);
        int start = random.nextInt(workers.size());
        int tried = 0;
        for (int i = 0; i < workers.size() && tried < MAX_TAKERS; i++) {
            Worker a = workers.get((start + i) % workers.size());
            if (!mayTake(a, target) || days.clashes(target, a, null)
                    || (partnerDay >= 0 && days.slotOf(partnerDay, a) == null)) {
                continue;
            }
            tried++;
            Give give = giveAway(random, a, weekend);
            if (give == null) {
                continue;
            }
            List<Slot> slots = new ArrayList<>();
            List<Worker> to = new ArrayList<>();
            slots.add(target);
            to.add(a);
            int other = weekendPartner(target);
            if (other >= 0 && days.slotOf(other, a) == null && random.nextBoolean()) {
                Slot second = emptyRequiredSlot(random, other, a, target);
                if (second != null) {
                    slots.add(second);
                    to.add(a);
                }
            }
            for (Slot slot : give.slots()) {
                slots.add(slot);
                to.add(give.to());
            }
            return new ReassignMove(kind(), slots, to);
        }
        return null;
    }

    /** The slots A gives away (its slots on the one day it works of a weekend) and the worker who takes them. */
    record Give(List<Slot> slots, Worker to) {
    }

    /**
     * A weekend other than {@code notWeekend}, from a random position, where {@code a} works exactly one of the two
     * days, with all of that day's slots unpinned, and a worker B other than {@code a} who works the other day and may
     * take those slots without an overlap; {@code null} if there is none.
     */
    Give giveAway(Random random, Worker a, int notWeekend) {
        if (weekends.length == 0) {
            return null;
        }
        int start = random.nextInt(weekends.length);
        for (int i = 0; i < weekends.length; i++) {
            int saturday = weekends[(start + i) % weekends.length];
            if (saturday == notWeekend) {
                continue;
            }
            boolean onSaturday = works(saturday, a);
            boolean onSunday = works(saturday + 1, a);
            if (onSaturday == onSunday) {
                continue;
            }
            int day = onSaturday ? saturday : saturday + 1;
            int otherDay = onSaturday ? saturday + 1 : saturday;
            List<Slot> given = new ArrayList<>();
            boolean pinned = false;
            for (Slot slot : days.slots[day]) {
                if (slot.getWorker() == a) {
                    pinned |= slot.isPinned();
                    given.add(slot);
                }
            }
            if (pinned) {
                continue;
            }
            Worker b = taker(random, a, otherDay, given);
            if (b != null) {
                return new Give(given, b);
            }
        }
        return null;
    }

    /**
     * The first worker from a random position, other than {@code a}, who works {@code day} and may take every slot of
     * {@code given} with none overlapping a slot it has; {@code null} if none.
     */
    private Worker taker(Random random, Worker a, int day, List<Slot> given) {
        if (day < 0 || day >= days.days()) {
            return null;
        }
        int start = random.nextInt(workers.size());
        for (int i = 0; i < workers.size(); i++) {
            Worker b = workers.get((start + i) % workers.size());
            if (b == a || !works(day, b)) {
                continue;
            }
            boolean fits = true;
            for (Slot slot : given) {
                if (!mayTake(b, slot) || days.clashes(slot, b, null)) {
                    fits = false;
                    break;
                }
            }
            if (fits) {
                return b;
            }
        }
        return null;
    }

    /**
     * An empty unpinned slot on {@code day} of a cover below its required headcount that {@code a} may take without an
     * overlap (with its slots, and with {@code taken}, which it takes too); {@code null} if none.
     */
    private Slot emptyRequiredSlot(Random random, int day, Worker a, Slot taken) {
        Slot[] slots = days.slots[day];
        if (slots.length == 0) {
            return null;
        }
        int start = random.nextInt(slots.length);
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[(start + i) % slots.length];
            if (slot.getWorker() == null && !slot.isPinned()
                    && assigned(slot.getCover(), java.util.Map.of()) < slot.getCover().getRequiredHeadcount()
                    && mayTake(a, slot) && !days.clashes(slot, a, null)
                    && (slot.getStartEpochMinute() >= taken.getEndEpochMinute()
                            || taken.getStartEpochMinute() >= slot.getEndEpochMinute())) {
                return slot;
            }
        }
        return null;
    }

    private boolean works(int day, Worker worker) {
        return day >= 0 && day < days.days() && days.slotOf(day, worker) != null;
    }
}
