package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator;
import jp.tsumugi.benchmarks.curtois.CurtoisGrid;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance;
import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.move.PairRowRebuild;
import jp.tsumugi.solver.solve.move.RowPricing.Proposal;
import jp.tsumugi.solver.solve.move.RowRebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a Curtois roster stays infeasible: for each hard rule the evaluator finds broken, whether the row kinds could
 * lower the score at all around it (the proposals' cost against the current rows' cost, which the move tests prove
 * equal to the score change): one worker's row ({@link RowRebuild}) over windows of 7&ndash;28 days around the break,
 * over that window and a second week anywhere else (the days between fixed, as {@code SplitRowRebuild} does), over
 * the whole plan (with the rules that row then breaks), and two workers' rows ({@link PairRowRebuild}) over two weeks
 * around it. A change of about −480,000 (one hard point of 480 at {@code RowPricing.HARD}) mends the rule: if a kind
 * finds one, the search had not drawn it; if none does, the break needs a move these kinds do not make.
 *
 * <pre>java -cp … jp.tsumugi.benchmarks.domain.FeasibilityProbe Instance21.txt solve:60:1:default out.grid.txt
 * java -cp … jp.tsumugi.benchmarks.domain.FeasibilityProbe Instance21.txt out.grid.txt</pre>
 */
public final class FeasibilityProbe {
    private static final Pattern DAYS = Pattern.compile("days (\\d+)\\.\\.(\\d+)");
    private static final Pattern DAY = Pattern.compile("day (\\d+)");

    private FeasibilityProbe() {
    }

    public static void main(String[] args) throws Exception {
        CurtoisInstance instance = CurtoisParser.parse(Path.of(args[0]));
        CurtoisMapping mapping = CurtoisMapping.of(instance);
        Roster roster;
        if (args[1].startsWith("solve:")) {
            String[] parts = args[1].split(":", 4);
            roster = solve(mapping.roster(), Double.parseDouble(parts[1]), Long.parseLong(parts[2]), parts[3]);
            CurtoisGrid grid = mapping.toGrid(roster, List.of()).grid();
            grid.write(Path.of(args[2]));
            roster = mapping.applyGrid(CurtoisGrid.read(Path.of(args[2])));
        } else {
            roster = mapping.applyGrid(CurtoisGrid.read(Path.of(args[1])));
        }
        CurtoisGrid grid = mapping.toGrid(roster, List.of()).grid();
        CurtoisEvaluator.Evaluation evaluation = CurtoisEvaluator.evaluate(instance, grid);
        System.out.printf(Locale.ROOT, "objective %d, %d violations%n", evaluation.objective(),
                evaluation.violations().size());
        int horizon = instance.horizon();
        for (CurtoisEvaluator.Violation v : evaluation.violations()) {
            int from = 0;
            int to = horizon - 1;
            Matcher m = DAYS.matcher(v.detail());
            if (m.find()) {
                from = Integer.parseInt(m.group(1));
                to = Integer.parseInt(m.group(2));
            } else {
                Matcher d = DAY.matcher(v.detail());
                if (d.find()) {
                    from = to = Integer.parseInt(d.group(1));
                }
            }
            Worker worker = worker(roster, v.employee());
            RowRebuild rows = RowRebuild.on(roster);
            long bestRow = Long.MAX_VALUE;
            String bestRowAt = "-";
            int windows = 0;
            for (int length = 7; length <= Math.min(28, horizon); length += 3) {
                for (int first = Math.max(0, Math.min(from, to) - length + 1); first <= Math.min(from, horizon - length);
                        first += Math.max(1, length / 4)) {
                    windows++;
                    Proposal p = rows.propose(worker, first, first + length - 1);
                    if (p != null && p.currentCost() != null && p.cost() - p.currentCost() < bestRow) {
                        bestRow = p.cost() - p.currentCost();
                        bestRowAt = first + ".." + (first + length - 1);
                    }
                }
            }
            long bestTwo = Long.MAX_VALUE;
            String bestTwoAt = "-";
            int aFirst = Math.max(0, Math.min(Math.min(from, to), horizon - 7) - 3);
            int aLast = Math.min(horizon - 1, Math.max(aFirst + 6, Math.min(to, from + 10) + 3));
            for (int b = 0; b + 6 < horizon; b += 7) {
                if (b + 6 >= aFirst && b <= aLast) {
                    continue;
                }
                int bFirst = b;
                int bLast = b + 6;
                int lo = Math.min(aFirst, bFirst);
                int hi = Math.max(aLast, bLast);
                final int af = aFirst;
                final int al = aLast;
                Proposal p = rows.propose(worker, lo, hi, d -> (d >= af && d <= al) || (d >= bFirst && d <= bLast));
                if (p != null && p.currentCost() != null && p.cost() - p.currentCost() < bestTwo) {
                    bestTwo = p.cost() - p.currentCost();
                    bestTwoAt = aFirst + ".." + aLast + " + " + bFirst + ".." + bLast;
                }
            }
            Proposal whole = rows.propose(worker, 0, horizon - 1);
            String wholeChange = whole == null || whole.currentCost() == null ? "none"
                    : Long.toString(whole.cost() - whole.currentCost());
            if (whole != null) {
                List<jp.tsumugi.solver.domain.Slot> slots = whole.move().slots();
                List<Worker> workers = whole.move().workers();
                List<Worker> before = new java.util.ArrayList<>();
                for (int i = 0; i < slots.size(); i++) {
                    before.add(slots.get(i).getWorker());
                }
                for (int i = 0; i < slots.size(); i++) {
                    slots.get(i).setWorker(workers.get(i));
                }
                CurtoisEvaluator.Evaluation after = CurtoisEvaluator.evaluate(instance,
                        mapping.toGrid(roster, List.of()).grid());
                after.violations().stream().filter(x -> x.employee().equals(v.employee()))
                        .forEach(x -> System.out.println("      whole-plan row breaks " + x));
                System.out.println("      whole-plan row objective " + after.objective() + " vs " + evaluation.objective());
                for (int i = slots.size() - 1; i >= 0; i--) {
                    slots.get(i).setWorker(before.get(i));
                }
            }
            PairRowRebuild pairs = PairRowRebuild.on(roster);
            long bestPair = Long.MAX_VALUE;
            String bestPairAt = "-";
            int first = Math.max(0, Math.min(from, horizon - 14) - 3);
            int last = Math.min(horizon - 1, first + 13);
            for (Worker other : roster.getWorkers()) {
                if (other == worker) {
                    continue;
                }
                Proposal p = pairs.propose(worker, other, first, last);
                if (p != null && p.currentCost() != null && p.cost() - p.currentCost() < bestPair) {
                    bestPair = p.cost() - p.currentCost();
                    bestPairAt = other.getId() + " " + first + ".." + last;
                }
            }
            System.out.printf(Locale.ROOT, "%s%n    row: best change %s at %s (%d windows); two windows: %s at %s;"
                    + " whole plan: %s; pair: best change %s with %s%n",
                    v, bestRow == Long.MAX_VALUE ? "none" : Long.toString(bestRow), bestRowAt, windows,
                    bestTwo == Long.MAX_VALUE ? "none" : Long.toString(bestTwo), bestTwoAt, wholeChange,
                    bestPair == Long.MAX_VALUE ? "none" : Long.toString(bestPair), bestPairAt);
        }
    }

    private static Worker worker(Roster roster, String id) {
        return roster.getWorkers().stream().filter(w -> w.getId().equals(id)).findFirst().orElseThrow();
    }

    private static Roster solve(Roster roster, double cpuSeconds, long seed, String spec) throws Exception {
        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(SearchTuning.configure(
                SearchTuning.parse(spec), seed, roster.getSlots().size(), RowRebuild.rebuilds(roster))).buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long solverThread = Thread.currentThread().getId();
        long start = threads.getThreadCpuTime(solverThread);
        Thread watcher = new Thread(() -> {
            while (threads.getThreadCpuTime(solverThread) - start < cpuSeconds * 1e9) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
            solver.terminateEarly();
        });
        watcher.setDaemon(true);
        watcher.start();
        Roster best = solver.solve(roster);
        System.out.println("solved: " + best.getScore());
        return best;
    }
}
