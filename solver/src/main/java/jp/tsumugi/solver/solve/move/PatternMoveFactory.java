package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random moves over patterns of days, which single-slot change and swap moves cannot make without passing through a
 * worse roster: two workers trading all their slots over a block of consecutive days, a worker's weekend (Saturday and
 * Sunday together) handed to another worker or left empty, and a worker moving to an empty slot of another cover on
 * the same day. Rules such as "a weekend counts as worked if either day is", minimum runs of working days and days off,
 * or per-shift-type maxima need these steps.
 *
 * <p>Only random selection: {@link #createRandomMoveIterator} draws each move when the local search asks for it,
 * reading who works which slot from the entities at that moment. The slots of each day and the movable slots are
 * indexed once per phase. Pinned slots are never part of a move.
 */
public abstract class PatternMoveFactory implements MoveIteratorFactory<Roster, ReassignMove> {
    /** The longest block of days two workers trade. */
    static final int MAX_BLOCK_DAYS = 7;
    /** Attempts at drawing a move before giving up with a move that is not doable. */
    private static final int ATTEMPTS = 10;

    /** Slots by day index (the day the slot's cover starts). */
    SlotsByDay days = SlotsByDay.EMPTY;
    /** Slots that are not pinned. */
    Slot[] movable = new Slot[0];
    List<Worker> workers = List.of();

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
    }

    void index(Roster roster) {
        List<Slot> slots = roster.getSlots();
        days = SlotsByDay.of(slots);
        movable = slots.stream().filter(slot -> !slot.isPinned()).toArray(Slot[]::new);
        workers = List.copyOf(roster.getWorkers());
    }

    /**
     * Every slot of each cover (pinned ones too: they count toward the cover's headcount), for the kinds that ask for it
     * in their {@link #index} ({@link #indexCovers}).
     */
    Map<Cover, Slot[]> coverSlots = Map.of();

    /** Fills {@link #coverSlots} from the roster's slots. */
    void indexCovers(List<Slot> slots) {
        Map<Cover, List<Slot>> byCover = new IdentityHashMap<>();
        for (Slot slot : slots) {
            byCover.computeIfAbsent(slot.getCover(), c -> new ArrayList<>()).add(slot);
        }
        Map<Cover, Slot[]> index = new IdentityHashMap<>();
        byCover.forEach((cover, list) -> index.put(cover, list.toArray(new Slot[0])));
        coverSlots = index;
    }

    /** The cover's slots that have a worker now (from {@link #coverSlots}). */
    int assigned(Cover cover) {
        int count = 0;
        for (Slot slot : coverSlots.getOrDefault(cover, new Slot[0])) {
            if (slot.getWorker() != null) {
                count++;
            }
        }
        return count;
    }

    /** Each indexed worker's position in {@link #workers}, by identity. */
    Map<Worker, Integer> workerIndexes() {
        Map<Worker, Integer> byWorker = new IdentityHashMap<>();
        for (Worker worker : workers) {
            byWorker.put(worker, byWorker.size());
        }
        return byWorker;
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return movable.length;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " only supports random selection");
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return canDraw();
            }

            @Override
            public ReassignMove next() {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    ReassignMove move = draw(random);
                    if (move != null) {
                        return move;
                    }
                }
                return ReassignMove.none(kind());
            }
        };
    }

    abstract String kind();

    /**
     * Whether this kind can draw a move on the indexed roster. When not, the iterator has no next move and Timefold's
     * random union leaves the kind out of its draw entirely (the same draws as a configuration without it).
     */
    boolean canDraw() {
        return movable.length > 0;
    }

    /** One random move, or {@code null} when this draw found no pattern (the caller draws again). */
    abstract ReassignMove draw(Random random);

    /**
     * Whether {@code worker} may be handed {@code slot} by a move: no unavailability that day (whole-day or partial) and
     * every skill the slot's cover requires, valid on that date. Overlaps are {@link SlotsByDay}'s to judge.
     */
    static boolean mayTake(Worker worker, Slot slot) {
        return !worker.hasUnavailabilityOn(slot.getDate())
                && (slot.getCover().getRequiredSkills().isEmpty()
                        || worker.missingSkillCount(slot.getCover().getRequiredSkills(), slot.getDate()) == 0);
    }

    /** A random assigned slot that is not pinned, or {@code null}. */
    Slot randomAssignedSlot(Random random) {
        Slot slot = movable[random.nextInt(movable.length)];
        return slot.getWorker() == null ? null : slot;
    }

    /** A random assigned slot, its worker {@code a} and another worker {@code b}. */
    record Pair(Slot slot, Worker a, Worker b) {
    }

    /** {@link #randomAssignedSlot} and {@link #randomOtherWorker} for its worker, or {@code null} if either is none. */
    Pair randomPair(Random random) {
        Slot slot = randomAssignedSlot(random);
        if (slot == null) {
            return null;
        }
        Worker b = randomOtherWorker(random, slot.getWorker());
        return b == null ? null : new Pair(slot, slot.getWorker(), b);
    }

    /** A random worker other than {@code not}, or {@code null} if there is none. */
    Worker randomOtherWorker(Random random, Worker not) {
        if (workers.size() < 2) {
            return null;
        }
        Worker other = workers.get(random.nextInt(workers.size() - 1));
        return other == not ? workers.get(workers.size() - 1) : other;
    }

    /**
     * Worker {@code a} takes over {@code b}'s slots on days {@code first..last} and {@code b} takes {@code a}'s
     * ({@code b == null}: {@code a}'s slots are left empty). {@code null} if a pinned slot is involved or nothing moves.
     */
    ReassignMove trade(int first, int last, Worker a, Worker b) {
        List<Slot> slots = new ArrayList<>();
        List<Worker> to = new ArrayList<>();
        for (int d = Math.max(0, first); d <= Math.min(last, days.days() - 1); d++) {
            for (Slot slot : days.slots[d]) {
                Worker current = slot.getWorker();
                if (current == null || (current != a && current != b)) {
                    continue;
                }
                if (slot.isPinned()) {
                    return null;
                }
                slots.add(slot);
                to.add(current == a ? b : a);
            }
        }
        return slots.isEmpty() ? null : new ReassignMove(kind(), slots, to);
    }

    /**
     * {@code from}'s worker leaves it for an empty, unpinned slot of {@code day} that {@code fits}, the first such from
     * a random position; {@code null} if there is none.
     */
    ReassignMove toEmptySlot(Random random, Slot from, Slot[] day, java.util.function.Predicate<Slot> fits) {
        if (day.length == 0) {
            return null;
        }
        int start = random.nextInt(day.length);
        for (int i = 0; i < day.length; i++) {
            Slot to = day[(start + i) % day.length];
            if (to.getWorker() == null && !to.isPinned() && fits.test(to)) {
                return new ReassignMove(kind(), List.of(from, to), java.util.Arrays.asList(null, from.getWorker()));
            }
        }
        return null;
    }

    /** Two workers trade all their slots over a block of 1 to {@value #MAX_BLOCK_DAYS} consecutive days. */
    public static final class BlockSwap extends PatternMoveFactory {
        @Override
        String kind() { return "block-swap"; }

        @Override
        ReassignMove draw(Random random) {
            Pair pair = randomPair(random);
            if (pair == null) {
                return null;
            }
            int length = 1 + random.nextInt(MAX_BLOCK_DAYS);
            int first = pair.slot().getDayIndex() - random.nextInt(length);
            return trade(first, first + length - 1, pair.a(), pair.b());
        }
    }

    /**
     * A worker's weekend (the Saturday and Sunday around one of its weekend slots) goes to another worker, who gives
     * its own slots of that weekend back, or (one draw in three) is left empty.
     */
    public static final class Weekend extends PatternMoveFactory {
        private Slot[] weekendSlots = new Slot[0];

        @Override
        void index(Roster roster) {
            super.index(roster);
            List<Slot> weekend = new ArrayList<>();
            for (Slot slot : movable) {
                DayOfWeek day = slot.getCover().getDayOfWeek();
                if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
                    weekend.add(slot);
                }
            }
            weekendSlots = weekend.toArray(new Slot[0]);
        }

        @Override
        public long getSize(ScoreDirector<Roster> scoreDirector) {
            return weekendSlots.length;
        }

        @Override
        ReassignMove draw(Random random) {
            if (weekendSlots.length == 0) {
                return null;
            }
            Slot slot = weekendSlots[random.nextInt(weekendSlots.length)];
            Worker a = slot.getWorker();
            if (a == null) {
                return null;
            }
            Worker b = random.nextInt(3) == 0 ? null : randomOtherWorker(random, a);
            int saturday = slot.getCover().getDayOfWeek() == DayOfWeek.SATURDAY ? slot.getDayIndex() : slot.getDayIndex() - 1;
            return trade(saturday, saturday + 1, a, b);
        }

        @Override
        String kind() { return "weekend"; }
    }

    /** A worker leaves its slot for an empty slot of another cover on the same day. */
    public static final class SameDayChange extends PatternMoveFactory {
        @Override
        String kind() { return "same-day-change"; }

        @Override
        ReassignMove draw(Random random) {
            Slot from = randomAssignedSlot(random);
            if (from == null) {
                return null;
            }
            return toEmptySlot(random, from, days.slots[from.getDayIndex()], to -> to.getCover() != from.getCover());
        }
    }

    /**
     * A worker's slot moves to another day: the worker leaves it and takes an empty slot of the same shift type (of the
     * same site when the slot has no shift type) 1 to {@value #MAX_BLOCK_DAYS} days earlier or later, where it has no
     * overlapping slot. The worker's count of shifts and minutes stays the same, so rules on totals, runs of working
     * days and days off can be repaired without passing through a roster that breaks a total.
     *
     * <p>Not in the default local search: measured at 20 and 40 CPU seconds with {@code SearchTuning} (seeds 2 and 4,
     * hagi, medium and Curtois 2–11) it did not beat the default mix (better on some Curtois instances, worse on the
     * presets and on others; benchmarks/PERFORMANCE.md, "Third round (a)"). {@code SearchTuning otherday=W} adds it.
     */
    public static final class OtherDayChange extends PatternMoveFactory {
        @Override
        String kind() { return "other-day-change"; }

        @Override
        ReassignMove draw(Random random) {
            Slot from = randomAssignedSlot(random);
            if (from == null) {
                return null;
            }
            int offset = 1 + random.nextInt(MAX_BLOCK_DAYS);
            int day = from.getDayIndex() + (random.nextBoolean() ? offset : -offset);
            if (day < 0 || day >= days.days()) {
                return null;
            }
            Worker worker = from.getWorker();
            return toEmptySlot(random, from, days.slots[day],
                    to -> sameKind(from, to) && !days.clashes(to, worker, from));
        }

        private static boolean sameKind(Slot a, Slot b) {
            return a.getShiftType() != null ? a.getShiftType() == b.getShiftType() : a.getSite() == b.getSite();
        }
    }
    /**
     * Two workers trade days so that each keeps its number of working days: a block of 1 to {@value #TRADE_BLOCK_DAYS}
     * days around one of worker A's slots (when the slot is on a Saturday or Sunday, one draw in two exactly that
     * weekend) is traded as in a block swap, and the side that gave more working days than it got takes as many whole
     * days back from the other, on days within {@value #MAX_BLOCK_DAYS} days of the block where the other works and it
     * has no slot (nor an overlapping one on the days either side). The covers stay filled and the two workers' counts
     * of shifts stay the same, so a counted rule (a weekend too many, a day off between two working days, a run too
     * long) is repaired in one step instead of through a roster that breaks a total (Curtois's MinTotalMinutes), which
     * a weekend handed over or a block swap alone leave. A draw whose block is already balanced is not made (a block
     * swap does that).
     *
     * <p>Not in the default local search: beside the default mix at weight 1 ({@code SearchTuning balanced=1}), 20 CPU
     * seconds, seeds 1–5 on Curtois 6, 7, 10 and 11, it left 15 of 20 runs feasible against 12 of 20, but the
     * objectives of the feasible runs were not better (median 5,858 against 5,879 on 10, 5,438 against 5,108 on 11);
     * hagi seed 2 −173,970 medium against −171,990 (benchmarks/CURTOIS.md, "Session 7: compound moves").
     */
    public static final class BalancedTrade extends PatternMoveFactory {
        /** The longest block traded before the balancing days. */
        static final int TRADE_BLOCK_DAYS = 3;

        @Override
        String kind() { return "balanced-trade"; }

        @Override
        ReassignMove draw(Random random) {
            Pair pair = randomPair(random);
            if (pair == null) {
                return null;
            }
            int day = pair.slot().getDayIndex();
            int first;
            int last;
            DayOfWeek dayOfWeek = pair.slot().getCover().getDayOfWeek();
            if ((dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY) && random.nextBoolean()) {
                first = dayOfWeek == DayOfWeek.SATURDAY ? day : day - 1;
                last = first + 1;
            } else {
                int length = 1 + random.nextInt(TRADE_BLOCK_DAYS);
                first = day - random.nextInt(length);
                last = first + length - 1;
            }
            return balancedTrade(random, Math.max(0, first), Math.min(last, days.days() - 1), pair.a(), pair.b());
        }

        /**
         * {@code a} and {@code b} trade their slots on days {@code first..last}, and the one that gives more working
         * days there takes back as many whole days of the other's, chosen at random among the days within
         * {@value #MAX_BLOCK_DAYS} days of the block where the other works and it has no slot and no overlapping one.
         * {@code null} when the block is balanced already, when there are not enough such days or a pinned slot is
         * involved.
         */
        ReassignMove balancedTrade(Random random, int first, int last, Worker a, Worker b) {
            int net = 0;
            for (int d = first; d <= last; d++) {
                net += (works(d, a) ? 1 : 0) - (works(d, b) ? 1 : 0);
            }
            if (net == 0) {
                return null;
            }
            ReassignMove block = trade(first, last, a, b);
            if (block == null) {
                return null;
            }
            // net > 0: a gave net days more than it got, so a takes net days of b's; net < 0: the other way round.
            Worker taker = net > 0 ? a : b;
            Worker giver = net > 0 ? b : a;
            List<Integer> candidates = new ArrayList<>();
            for (int d = Math.max(0, first - MAX_BLOCK_DAYS); d <= Math.min(days.days() - 1, last + MAX_BLOCK_DAYS); d++) {
                if ((d < first || d > last) && works(d, giver) && !works(d, taker) && canTake(d, giver, taker)) {
                    candidates.add(d);
                }
            }
            int needed = Math.abs(net);
            if (candidates.size() < needed) {
                return null;
            }
            List<Slot> slots = new ArrayList<>(block.slots());
            List<Worker> to = new ArrayList<>(block.workers());
            for (int i = 0; i < needed; i++) {
                int d = candidates.remove(random.nextInt(candidates.size()));
                for (Slot s : days.slots[d]) {
                    if (s.getWorker() == giver) {
                        if (s.isPinned()) {
                            return null;
                        }
                        slots.add(s);
                        to.add(taker);
                    }
                }
            }
            return new ReassignMove(kind(), slots, to);
        }

        private boolean works(int day, Worker worker) {
            return days.slotOf(day, worker) != null;
        }

        /** Whether none of {@code giver}'s slots on {@code day} overlaps a slot {@code taker} has on the days either side. */
        private boolean canTake(int day, Worker giver, Worker taker) {
            for (Slot s : days.slots[day]) {
                if (s.getWorker() == giver && days.clashes(s, taker, null)) {
                    return false;
                }
            }
            return true;
        }
    }
    /**
     * Two workers swap slots of nearby days: a random assigned slot (worker A) and a random assigned slot of another
     * worker (B) on a day at most {@value #NEARBY_DAYS} days away (the same day included), provided neither gets a slot
     * overlapping one it keeps. The same exchange as a swap move, drawn among the slots where it can repair a run or a
     * day off (a working day moved across a one-day gap while the other worker's moves back): Timefold's swap moves pair
     * two slots anywhere in the horizon, and on a year (Curtois 24, 364 days) fewer than one in fifty of them are 3
     * days apart or less. Both covers stay filled and each worker keeps its number of shifts.
     *
     * <p>Not in the default local search: beside the default mix at weight 1 ({@code SearchTuning nearswap=1}), 20 CPU
     * seconds, seeds 1–5, it made Curtois 7 feasible in 4 of 5 runs (1 of 5 without) but Curtois 11 in 1 of 5 (3 of 5)
     * and Curtois 10 worse (median 6,138 against 5,879); hagi seed 2 −173,310 medium against −171,990
     * (benchmarks/CURTOIS.md, "Session 7: compound moves").
     */
    public static final class NearbySwap extends PatternMoveFactory {
        /** The furthest two swapped slots are apart, in days. */
        static final int NEARBY_DAYS = 3;

        @Override
        String kind() { return "nearby-swap"; }

        @Override
        ReassignMove draw(Random random) {
            Slot left = randomAssignedSlot(random);
            if (left == null) {
                return null;
            }
            int day = left.getDayIndex() + random.nextInt(2 * NEARBY_DAYS + 1) - NEARBY_DAYS;
            if (day < 0 || day >= days.days() || days.slots[day].length == 0) {
                return null;
            }
            Slot right = days.slots[day][random.nextInt(days.slots[day].length)];
            return swap(left, right);
        }

        /** {@code left}'s and {@code right}'s workers trade places; {@code null} if that is not a clash-free swap. */
        ReassignMove swap(Slot left, Slot right) {
            Worker a = left.getWorker();
            Worker b = right.getWorker();
            if (a == null || b == null || a == b || left.isPinned() || right.isPinned()
                    || days.clashes(right, a, left) || days.clashes(left, b, right)) {
                return null;
            }
            return new ReassignMove(kind(), List.of(left, right), List.of(b, a));
        }
    }
}
