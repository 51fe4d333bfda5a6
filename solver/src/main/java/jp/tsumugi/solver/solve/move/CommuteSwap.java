package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Two workers who both work on a day trade a slot of that day each, when the trade shortens their drives: a random
 * assigned slot {@code s} (worker A) and, scanning that day's slots from a random position, the first slot {@code t}
 * of another worker B at another site with {@code d(A, t) + d(B, s) < d(A, s) + d(B, t)}, where {@code d} is the
 * straight-line distance from the worker's home to the slot's site. Both covers stay filled, both workers keep their
 * working day, and their minutes change only by the two slots' difference, so the rules on runs, rest days and weekly
 * totals mostly hold; what changes is the commute (on {@code medium} 60 % of the soft penalty after a minute, session
 * 9) and whatever the score judges besides (a preference, the same worker in a season).
 *
 * <p>Neither worker may get a slot overlapping one it keeps ({@link SlotsByDay#clashes}), have an unavailability that
 * day or lack the slot's skills then. Pinned slots are never part of a move. The distance is a filter only: the score
 * (road distance home → the day's sites → home) judges.
 *
 * <p>Not in the default local search ({@code SearchTuning commute=W} adds it): with 1.9 million score calculations
 * (about 60 s) on {@code medium}, seeds 1&ndash;3, it took 6.7 % off the soft penalty on average but left the medium
 * level (the unfilled required work, which decides) 0.7 % worse on every seed, and on {@code hagi} (500,000
 * calculations) 0.2 % worse on the medium level (benchmarks/PERFORMANCE.md, "Session 9").
 */
public final class CommuteSwap extends PatternMoveFactory {
    /** Worker × site straight-line km from home (0 when either location is unknown). */
    private double[][] km = new double[0][0];
    private Map<Worker, Integer> workerIndex = Map.of();
    private Map<Site, Integer> siteIndex = Map.of();

    @Override
    String kind() { return "commute-swap"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        Map<Worker, Integer> byWorker = workerIndexes();
        Map<Site, Integer> bySite = new IdentityHashMap<>();
        for (Slot slot : roster.getSlots()) {
            bySite.putIfAbsent(slot.getSite(), bySite.size());
        }
        double[][] distances = new double[byWorker.size()][bySite.size()];
        for (Map.Entry<Worker, Integer> worker : byWorker.entrySet()) {
            for (Map.Entry<Site, Integer> site : bySite.entrySet()) {
                distances[worker.getValue()][site.getValue()] =
                        worker.getKey().getHome() == null || site.getKey().getLocation() == null ? 0.0
                                : worker.getKey().getHome().distanceKm(site.getKey().getLocation());
            }
        }
        workerIndex = byWorker;
        siteIndex = bySite;
        km = distances;
    }

    @Override
    ReassignMove draw(Random random) {
        Slot s = randomAssignedSlot(random);
        if (s == null) {
            return null;
        }
        Worker a = s.getWorker();
        Slot[] day = days.slots[s.getDayIndex()];
        int start = random.nextInt(day.length);
        for (int i = 0; i < day.length; i++) {
            Slot t = day[(start + i) % day.length];
            Worker b = t.getWorker();
            if (b == null || b == a || t.isPinned() || t.getSite() == s.getSite() || gain(a, s, b, t) <= 0
                    || !mayTake(a, t) || !mayTake(b, s) || days.clashes(t, a, s) || days.clashes(s, b, t)) {
                continue;
            }
            return new ReassignMove(kind(), List.of(s, t), List.of(b, a));
        }
        return null;
    }

    /** How much shorter the two homes-to-sites distances are when {@code a} takes {@code t} and {@code b} takes {@code s}. */
    double gain(Worker a, Slot s, Worker b, Slot t) {
        int ia = workerIndex.get(a);
        int ib = workerIndex.get(b);
        int ss = siteIndex.get(s.getSite());
        int st = siteIndex.get(t.getSite());
        return km[ia][ss] + km[ib][st] - km[ia][st] - km[ib][ss];
    }
}
