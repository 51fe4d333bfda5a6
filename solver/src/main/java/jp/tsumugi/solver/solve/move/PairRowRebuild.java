package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two workers exchange days over a window: on each day of it they keep their assignments or swap them (A takes B's
 * slot and B takes A's, or A's day off), and the search finds the cheapest pair of rows this way, the exchange a
 * {@link RowRebuild} of one worker cannot make when the covers it would need are held by the other (Curtois rosters
 * bound by weekends, runs and shifts per type). The covers' head counts do not change, so a pair of rows costs just
 * what both rows cost under each worker's contract rules (across the window's edges and over the whole plan) and
 * requests, priced by {@link RowPricing.Search} per worker; a beam over the pair of row states keeps the cheapest. The
 * move is the cheapest pair found that differs from the current one; the score decides, like every move.
 *
 * <p>A day offers the swap only when the two do not both have the day off, neither slot is pinned, the slots are of
 * different covers, and each worker may take the other's slot ({@link #mayTake}). Only workers with contract rules
 * are drawn, two distinct ones; with fewer than two the kind has nothing to draw.
 */
public final class PairRowRebuild extends RowPricing {
    /** Pairs of states kept per day in all (the best ranked). */
    static final int MAX_PAIR_STATES = 200;

    @Override
    String kind() { return "pair-row-rebuild"; }

    @Override
    boolean canDraw() {
        return movable.length > 0 && candidates.length > 1;
    }

    @Override
    ReassignMove draw(Random random) {
        Worker[] two = twoCandidates(random);
        int[] window = window(random);
        if (window == null) {
            return null;
        }
        Proposal proposal = propose(two[0], two[1], window[0], window[1]);
        return proposal == null ? null : proposal.move();
    }

    /** A factory indexed on {@code roster}, for tests and probes ({@link #propose}). */
    public static PairRowRebuild on(Roster roster) {
        PairRowRebuild factory = new PairRowRebuild();
        factory.index(roster);
        return factory;
    }

    /**
     * The cheapest pair of rows found for {@code a} and {@code b} over days {@code first..last}, each day kept or swapped,
     * that differs from the current pair: the move, the search's cost of both rows together and of the current two (each
     * rule and request at the weight the score gives it, {@link Prices}; the covers do not change). {@code null} when
     * no day can be swapped.
     */
    public Proposal propose(Worker a, Worker b, int first, int last) {
        Row rowA = new Row(a);
        Row rowB = new Row(b);
        int length = last - first + 1;
        Day[] daysA = new Day[length];
        Day[] daysB = new Day[length];
        Option[] keepA = new Option[length];
        Option[] keepB = new Option[length];
        boolean any = false;
        for (int d = first; d <= last; d++) {
            Slot slotA = rowA.slot[d];
            Slot slotB = rowB.slot[d];
            keepA[d - first] = choice(a, slotA, d);
            keepB[d - first] = choice(b, slotB, d);
            if (swappable(a, slotA, b, slotB)) {
                any = true;
                daysA[d - first] = new Day(new Option[] {keepA[d - first], choice(a, slotB, d)});
                daysB[d - first] = new Day(new Option[] {keepB[d - first], choice(b, slotA, d)});
            } else {
                daysA[d - first] = new Day(new Option[] {keepA[d - first]});
                daysB[d - first] = new Day(new Option[] {keepB[d - first]});
            }
        }
        if (!any) {
            return null;
        }
        Search searchA = new Search(a, rowA, first, last, daysA);
        Search searchB = new Search(b, rowB, first, last, daysB);
        long currentCost = searchA.follow(keepA) + searchB.follow(keepB);
        List<PairState> beam = new ArrayList<>();
        State startA = searchA.start();
        State startB = searchB.start();
        beam.add(new PairState(startA, startB, searchA.rank(startA, first - 1) + searchB.rank(startB, first - 1),
                true));
        long keysB = searchB.keyCount();
        for (int d = first; d <= last; d++) {
            Option[] optionsA = daysA[d - first].options();
            Option[] optionsB = daysB[d - first].options();
            Map<Long, PairState[]> kept = new HashMap<>();
            List<PairState[]> order = new ArrayList<>();
            for (PairState pair : beam) {
                for (int c = 0; c < optionsA.length; c++) {
                    State nextA = searchA.step(pair.a, optionsA[c], d);
                    State nextB = searchB.step(pair.b, optionsB[c], d);
                    PairState next = new PairState(nextA, nextB, searchA.rank(nextA, d) + searchB.rank(nextB, d),
                            pair.current && c == 0);
                    long key = searchA.key(nextA) * keysB + searchB.key(nextB);
                    PairState[] slots = kept.get(key);
                    if (slots == null) {
                        slots = new PairState[statesPerKey];
                        kept.put(key, slots);
                        order.add(slots);
                    }
                    keep(slots, next);
                }
            }
            List<PairState> nextBeam = new ArrayList<>();
            for (PairState[] slots : order) {
                for (PairState pair : slots) {
                    if (pair != null) {
                        nextBeam.add(pair);
                    }
                }
            }
            nextBeam.sort((x, y) -> Long.compare(x.rank, y.rank));
            beam = nextBeam.size() > MAX_PAIR_STATES ? nextBeam.subList(0, MAX_PAIR_STATES) : nextBeam;
        }
        List<PairState> ends = new ArrayList<>();
        for (PairState pair : beam) {
            State endA = searchA.finish(pair.a);
            State endB = searchB.finish(pair.b);
            ends.add(new PairState(endA, endB, endA.cost + endB.cost, pair.current));
        }
        ends.sort((x, y) -> Long.compare(x.rank, y.rank));
        for (PairState end : ends) {
            List<Slot> slots = new ArrayList<>();
            List<Worker> workers = new ArrayList<>();
            for (State s = end.a; s.previous != null; s = s.previous) {
                Slot slotA = rowA.slot[s.day];
                if (s.option.slot() == slotA) {
                    continue;
                }
                Slot slotB = rowB.slot[s.day];
                if (slotA != null) {
                    slots.add(slotA);
                    workers.add(b);
                }
                if (slotB != null) {
                    slots.add(slotB);
                    workers.add(a);
                }
            }
            if (!slots.isEmpty()) {
                return new Proposal(new ReassignMove(kind(), slots, workers), end.rank, currentCost);
            }
        }
        return null;
    }

    /** Whether the two may swap their slots of a day ({@code null}: the day off). */
    private static boolean swappable(Worker a, Slot slotA, Worker b, Slot slotB) {
        if (slotA == null && slotB == null) {
            return false;
        }
        if (slotA != null && slotB != null && slotA.getCover() == slotB.getCover()) {
            return false;
        }
        return (slotA == null || (!slotA.isPinned() && mayTake(b, slotA)))
                && (slotB == null || (!slotB.isPinned() && mayTake(a, slotB)));
    }

    /** The worker works {@code slot} on day {@code d} ({@code null}: off): its requests' cost; the covers stay as they are. */
    private Option choice(Worker worker, Slot slot, int d) {
        ShiftRequest[] dayRequests = requestsOf(worker, d);
        return slot == null ? new Option(null, -1, 0, requestCost(dayRequests, false, null))
                : work(slot, requestCost(dayRequests, true, slot.getShiftType()));
    }

    /**
     * Keeps the best-ranked pairs of one key with different totals, as many as {@code slots} holds (the beam's states
     * per key), best first.
     */
    private static void keep(PairState[] slots, PairState pair) {
        int size = 0;
        while (size < slots.length && slots[size] != null) {
            size++;
        }
        for (int i = 0; i < size; i++) {
            PairState other = slots[i];
            if (other.current == pair.current && other.a.sameResources(pair.a) && other.b.sameResources(pair.b)) {
                if (other.rank > pair.rank) {
                    slots[i] = pair;
                    sortDown(slots, i);
                }
                return;
            }
        }
        if (size < slots.length) {
            slots[size] = pair;
            sortDown(slots, size);
        } else if (slots[size - 1].rank > pair.rank) {
            slots[size - 1] = pair;
            sortDown(slots, size - 1);
        }
    }

    private static void sortDown(PairState[] slots, int i) {
        while (i > 0 && slots[i - 1].rank > slots[i].rank) {
            PairState swap = slots[i - 1];
            slots[i - 1] = slots[i];
            slots[i] = swap;
            i--;
        }
    }

    /**
     * The two partial rows of one path, ranked by their costs with the bounds on minutes still missing. {@code current}:
     * every day so far keeps both rows as they are. Such a pair is never one state with an exchange:
     * since session 17 the row states keep their totals only as far as the rules tell them apart, so an exchange can
     * have the current rows' totals and key and, ranking behind them, would vanish into them — and the best exchange
     * that differs from the current rows, which is what a move proposes, with it.
     */
    private record PairState(State a, State b, long rank, boolean current) {
    }
}
