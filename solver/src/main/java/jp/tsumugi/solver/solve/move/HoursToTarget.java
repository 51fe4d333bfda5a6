package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkerMonth;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A worker below its monthly target takes a slot of that month from a worker above its target, or an empty slot of a
 * cover below its required headcount: a random movable slot {@code s} of month M, whose worker B (if any) works more
 * minutes in M than its {@link WorkerMonth} target (an empty {@code s} must be a required head), goes to the first
 * worker A found from a random position who works fewer minutes in M than its target, has no slot overlapping
 * {@code s} ({@link SlotsByDay#clashes}), no unavailability that day and the cover's skills ({@link #mayTake}).
 *
 * <p>For the monthly-hours rules ({@code fairness.monthly-hours-below-target} 2 per minute below,
 * {@code fairness.monthly-hours-above-target} 1 per minute above) such a move gains up to 3 per minute of {@code s}
 * (2 when {@code s} was empty, and the required head is filled besides), where a change move draws the worker at
 * random; the score judges the rest (rest rules, commute, the season's workers).
 *
 * <p>The minutes of each worker in M are summed from the slots of M's days at each draw (the roster as the move will
 * see it). Pinned slots are never taken.
 *
 * <p>Not in the default local search ({@code SearchTuning hours=W} adds it): on {@code hagi} the months below target
 * are months where every worker is below (April, and October&ndash;January for two workers: not enough demand they may
 * take), and in the peak months nobody is below, so there is little to move; at 500,000 score calculations (seeds
 * 1&ndash;5) {@code hours=1} left both levels worse on the mean (medium &minus;172,722 against &minus;171,966, worse on
 * 4 of 5 seeds; soft &minus;522,015 against &minus;520,958, worse on 3 of 5) (benchmarks/PERFORMANCE.md, "Session 10: hagi's soft gap at
 * 10 s").
 */
public final class HoursToTarget extends PatternMoveFactory {
    private Map<Worker, Integer> workerIndex = Map.of();
    /** Target minutes per worker index and month index. */
    private int[][] targets = new int[0][0];
    /** The first and last day index of each month (first > last: no day). */
    private int[] firstDay = new int[0];
    private int[] lastDay = new int[0];

    @Override
    String kind() { return "hours-to-target"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        Map<Worker, Integer> byWorker = workerIndexes();
        int months = 0;
        for (Slot slot : roster.getSlots()) {
            months = Math.max(months, slot.getCover().getMonthIndex() + 1);
        }
        List<WorkerMonth> workerMonths = roster.getWorkerMonths() == null ? List.of() : roster.getWorkerMonths();
        for (WorkerMonth month : workerMonths) {
            months = Math.max(months, month.monthIndex() + 1);
        }
        int[][] target = new int[byWorker.size()][months];
        for (WorkerMonth month : workerMonths) {
            Integer w = byWorker.get(month.worker());
            if (w != null && month.monthIndex() >= 0) {
                target[w][month.monthIndex()] = month.targetMinutes();
            }
        }
        int[] first = new int[months];
        int[] last = new int[months];
        java.util.Arrays.fill(first, Integer.MAX_VALUE);
        java.util.Arrays.fill(last, -1);
        for (Slot slot : roster.getSlots()) {
            int m = slot.getCover().getMonthIndex();
            int d = slot.getDayIndex();
            if (m >= 0 && d >= 0) {
                first[m] = Math.min(first[m], d);
                last[m] = Math.max(last[m], d);
            }
        }
        indexCovers(roster.getSlots());
        workerIndex = byWorker;
        targets = target;
        firstDay = first;
        lastDay = last;
    }

    @Override
    ReassignMove draw(Random random) {
        Slot s = movable[random.nextInt(movable.length)];
        int m = s.getCover().getMonthIndex();
        if (m < 0 || m >= firstDay.length) {
            return null;
        }
        Worker b = s.getWorker();
        if (b == null && assigned(s.getCover()) >= s.getCover().getRequiredHeadcount()) {
            return null;
        }
        int[] minutes = monthMinutes(m);
        if (b != null) {
            Integer ib = workerIndex.get(b);
            if (ib == null || minutes[ib] <= targets[ib][m]) {
                return null;
            }
        }
        int n = workers.size();
        int start = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            int ia = (start + i) % n;
            Worker a = workers.get(ia);
            if (a == b || minutes[ia] >= targets[ia][m] || !mayTake(a, s) || days.clashes(s, a, null)) {
                continue;
            }
            return new ReassignMove(kind(), List.of(s), Collections.singletonList(a));
        }
        return null;
    }

    /** Each worker's minutes in month {@code m}, by worker index, from the slots of the month's days as they are now. */
    int[] monthMinutes(int m) {
        int[] minutes = new int[workers.size()];
        for (int d = firstDay[m]; d <= lastDay[m]; d++) {
            for (Slot slot : days.slots[d]) {
                Worker worker = slot.getWorker();
                if (worker != null && slot.getCover().getMonthIndex() == m) {
                    Integer w = workerIndex.get(worker);
                    if (w != null) {
                        minutes[w] += slot.getNetMinutes();
                    }
                }
            }
        }
        return minutes;
    }
}
