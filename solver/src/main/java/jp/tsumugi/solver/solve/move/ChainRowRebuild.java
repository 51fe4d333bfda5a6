package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An exchange and what it makes possible, as one move: two workers exchange days as {@link PairRowRebuild} finds, then
 * each one's row is rebuilt as {@link RowRebuild} finds on the roster the exchange leaves, when that row is cheaper
 * than the one the exchange left it. On the Curtois rosters the weekends bind (Instance12 after 20 s: 285 weekend heads
 * required, 260 weekend days the workers may work in all, 27 of the 129 worked weekends worked on one day only, and 50
 * of the 58 empty heads on weekends): one worker taking the other's Sunday frees the other's weekend, which it can spend
 * on another weekend's empty heads only by a second change of its row. Either change alone costs more than it gains or
 * nothing, so the late acceptance rarely takes the first; the chain offers both at once, and the score decides, like
 * every move. The pair is drawn where this happens: two workers who work one day each of the same weekend, one the
 * Saturday and the other the Sunday, exchanging over a window around that weekend (two random workers over a random
 * window when no weekend has such a pair); the follow-up rows over random windows.
 *
 * <p>The follow-up rows are priced on the exchanged roster: the exchange is applied to the slots for the pricing and
 * undone before the move is returned (no score is read in between), so the move holds only each slot's final worker.
 * Only workers with contract rules are drawn, two distinct ones; with fewer than two, or fewer than
 * {@link #MIN_WORKER_DAYS} of their days in the plan, the kind has nothing to draw.
 */
public class ChainRowRebuild extends RowRebuild {
    /**
     * The fewest worker-days (drawn workers × plan days) a roster needs for the kind to draw. At 30 CPU s, side by side
     * with the default, the chain cost the Curtois rosters up to 560 worker-days 2–5 % (Instances 2, 5, 6, 7: 14–20
     * workers over 14–28 days, 2–4 seeds, where random pairs and single rows reach these exchanges often enough and the
     * chain's three searches per move cost steps) and gained on every one from 1,008 (Instance9 over six seeds, 10 over
     * eight, 11 and 12 at 30 s; 13, 14 and 16 at 120 s): below this the kind has nothing to draw and the union draws as
     * without it (benchmarks/CURTOIS.md, "Session 14").
     */
    static final int MIN_WORKER_DAYS = 1_000;

    private final PairRowRebuild pair = new PairRowRebuild();

    @Override
    String kind() { return "chain-row-rebuild"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        pair.index(roster);
    }

    @Override
    boolean canDraw() {
        return pair.canDraw() && (long) candidates.length * dayCount >= minWorkerDays();
    }

    /** {@link #MIN_WORKER_DAYS}; tests draw on smaller rosters. */
    int minWorkerDays() {
        return MIN_WORKER_DAYS;
    }

    /** A factory indexed on {@code roster}, for tests and probes ({@link #chain}). */
    public static ChainRowRebuild on(Roster roster) {
        ChainRowRebuild factory = new ChainRowRebuild();
        factory.index(roster);
        return factory;
    }

    /**
     * Two workers who each work one day of the same weekend (one the Saturday, the other the Sunday) when a weekend has
     * such a pair, the exchange over a window around that weekend; else two random workers over a random window. The
     * follow-up rows over random windows.
     */
    @Override
    ReassignMove draw(Random random) {
        SplitWeekend split = splitWeekend(random);
        if (split != null) {
            int[] window = windowAround(new Break(split.saturday(), split.day(), split.day() + 1), random);
            return chain(split.saturday(), split.sunday(), window, window(random), window(random));
        }
        Worker[] two = twoCandidates(random);
        int[] window = window(random);
        if (window == null) {
            return null;
        }
        return chain(two[0], two[1], window, window(random), window(random));
    }

    /** A weekend (its Saturday's day index) one drawn worker works on the Saturday only and another on the Sunday only. */
    record SplitWeekend(int day, Worker saturday, Worker sunday) {
    }

    /**
     * The first weekend from a random day on (wrapping round) that a drawn worker works on the Saturday only and another
     * on the Sunday only, with one of each drawn at random; {@code null} when no weekend has such a pair.
     */
    SplitWeekend splitWeekend(Random random) {
        int start = random.nextInt(Math.max(1, dayCount));
        for (int k = 0; k < dayCount; k++) {
            int day = (start + k) % dayCount;
            if (day + 1 >= days.slots.length || weekendOf[day] != day || weekendOf[day + 1] != day) {
                continue;
            }
            List<Worker> saturdayOnly = oneDayOnly(day, day + 1);
            List<Worker> sundayOnly = oneDayOnly(day + 1, day);
            if (!saturdayOnly.isEmpty() && !sundayOnly.isEmpty()) {
                return new SplitWeekend(day, saturdayOnly.get(random.nextInt(saturdayOnly.size())),
                        sundayOnly.get(random.nextInt(sundayOnly.size())));
            }
        }
        return null;
    }

    /** The drawn workers who work day {@code day} and not day {@code other}, in the order of the day's slots. */
    private List<Worker> oneDayOnly(int day, int other) {
        List<Worker> workers = new ArrayList<>();
        for (Slot slot : days.slots[day]) {
            Worker worker = slot.getWorker();
            if (worker != null && candidateIndex.containsKey(worker) && !workers.contains(worker)
                    && !worksOn(worker, other)) {
                workers.add(worker);
            }
        }
        return workers;
    }

    private boolean worksOn(Worker worker, int day) {
        for (Slot slot : days.slots[day]) {
            if (slot.getWorker() == worker) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exchange {@link PairRowRebuild} finds for {@code a} and {@code b} over {@code window} ({@code {first, last}}),
     * followed by the cheaper row {@link RowRebuild} finds for {@code a} over {@code afterA}, then for {@code b} over
     * {@code afterB}, each priced on the roster the changes before it leave; {@code null} when there is no exchange.
     * The roster is as it was when this returns.
     */
    public ReassignMove chain(Worker a, Worker b, int[] window, int[] afterA, int[] afterB) {
        Proposal exchange = pair.propose(a, b, window[0], window[1]);
        if (exchange == null) {
            return null;
        }
        Map<Slot, Worker> before = new IdentityHashMap<>();
        List<Slot> touched = new ArrayList<>();
        try {
            apply(exchange.move(), before, touched);
            followUp(a, afterA, before, touched);
            followUp(b, afterB, before, touched);
            List<Worker> workers = new ArrayList<>(touched.size());
            for (Slot slot : touched) {
                workers.add(slot.getWorker());
            }
            return new ReassignMove(kind(), touched, workers);
        } finally {
            for (Slot slot : touched) {
                slot.setWorker(before.get(slot));
            }
        }
    }

    private void followUp(Worker worker, int[] window, Map<Slot, Worker> before, List<Slot> touched) {
        Proposal row = propose(worker, window[0], window[1]);
        if (row != null && row.currentCost() != null && row.cost() < row.currentCost()) {
            apply(row.move(), before, touched);
        }
    }

    /** Gives the move's slots their new workers, remembering each slot's worker before its first change. */
    private static void apply(ReassignMove move, Map<Slot, Worker> before, List<Slot> touched) {
        List<Slot> slots = move.slots();
        List<Worker> workers = move.workers();
        for (int k = 0; k < slots.size(); k++) {
            Slot slot = slots.get(k);
            if (!before.containsKey(slot)) {
                before.put(slot, slot.getWorker());
                touched.add(slot);
            }
            slot.setWorker(workers.get(k));
        }
    }
}
