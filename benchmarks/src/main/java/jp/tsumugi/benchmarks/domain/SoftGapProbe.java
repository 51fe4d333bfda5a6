package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import ai.timefold.solver.core.impl.solver.scope.SolverScope;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkerMonth;
import jp.tsumugi.solver.solve.RosterSolverConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the soft score of an early roster loses against a later one of the same run (benchmarks/PERFORMANCE.md,
 * "Session 9"): solves a problem as {@link SearchTuning} does (same spec keys, same seed, so the same path), keeps a copy
 * of the best roster whenever the score calculations pass one of the marks, and then prints, for every mark, the score
 * per constraint (Timefold's {@code SolutionManager.analyze}), the per-worker minutes against target per month, and how
 * many slots changed worker between consecutive marks. The report is printed again at each mark (with every mark so
 * far), so a long run can be stopped once it has said enough.
 *
 * <pre>java -cp $cp jp.tsumugi.benchmarks.domain.SoftGapProbe &lt;seed&gt; &lt;spec|default&gt; &lt;problem&gt; &lt;calcs&gt;,&lt;calcs&gt;,...</pre>
 *
 * The last mark also stops the solver ({@code calcs=} of the spec is replaced by it).
 */
public final class SoftGapProbe {
    private SoftGapProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: SoftGapProbe <seed> <spec|default> <preset|InstanceN.txt> <calcs,calcs,...>");
            System.exit(1);
        }
        long seed = Long.parseLong(args[0]);
        Map<String, String> spec = SearchTuning.parse(args[1]);
        String problem = args[2];
        long[] marks = java.util.Arrays.stream(args[3].split(",")).mapToLong(Long::parseLong).sorted().toArray();
        spec.put("calcs", Long.toString(marks[marks.length - 1]));
        Roster roster = Problem.roster(problem, 1);
        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(
                SearchTuning.configure(spec, seed, roster.getSlots().size())).buildSolver();
        Map<Long, Roster> snapshots = new LinkedHashMap<>();
        int[] next = {0};
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void stepEnded(AbstractStepScope<Roster> stepScope) {
                SolverScope<Roster> scope = stepScope.getPhaseScope().getSolverScope();
                while (next[0] < marks.length && scope.getScoreCalculationCount() >= marks[next[0]]) {
                    snapshots.put(marks[next[0]], scope.getScoreDirector().cloneSolution(scope.getBestSolution()));
                    System.out.printf(Locale.ROOT, "mark %,d at %,d calculations: %s%n", marks[next[0]],
                            scope.getScoreCalculationCount(), scope.getBestScore().raw());
                    next[0]++;
                    report(snapshots); // so far: the run may be stopped before the last mark
                }
            }
        });
        Roster best = solver.solve(roster);
        long last = marks[marks.length - 1];
        if (!snapshots.containsKey(last)) {
            snapshots.put(last, best);
            report(snapshots);
        }
    }

    static void report(Map<Long, Roster> snapshots) {
        SolutionManager<Roster, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(RosterSolverConfig.forAnalysis()));
        List<Long> keys = new ArrayList<>(snapshots.keySet());
        Map<String, long[]> soft = new TreeMap<>();
        Map<String, long[]> medium = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            ScoreAnalysis<HardMediumSoftLongScore> analysis = manager.analyze(snapshots.get(keys.get(i)),
                    ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            System.out.printf(Locale.ROOT, "score at %,d: %s%n", keys.get(i), analysis.score());
            for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
                String id = constraint.constraintRef().constraintName();
                soft.computeIfAbsent(id, k -> new long[keys.size()])[i] = constraint.score().softScore();
                medium.computeIfAbsent(id, k -> new long[keys.size()])[i] = constraint.score().mediumScore();
            }
        }
        System.out.print("soft by constraint");
        keys.forEach(k -> System.out.printf(Locale.ROOT, "\t%,d", k));
        System.out.println("\tlast - first");
        for (Map.Entry<String, long[]> entry : soft.entrySet()) {
            long[] v = entry.getValue();
            long[] m = medium.get(entry.getKey());
            if (java.util.Arrays.stream(v).allMatch(x -> x == 0) && java.util.Arrays.stream(m).allMatch(x -> x == 0)) {
                continue;
            }
            System.out.print(entry.getKey());
            for (int i = 0; i < v.length; i++) {
                System.out.printf(Locale.ROOT, "\t%,d%s", v[i], m[i] == 0 ? "" : " (" + String.format("%,d", m[i]) + "m)");
            }
            System.out.printf(Locale.ROOT, "\t%,d%n", v[v.length - 1] - v[0]);
        }
        for (int i = 1; i < keys.size(); i++) {
            Roster a = snapshots.get(keys.get(i - 1));
            Roster b = snapshots.get(keys.get(i));
            int changed = 0;
            for (int s = 0; s < a.getSlots().size(); s++) {
                Worker wa = a.getSlots().get(s).getWorker();
                Worker wb = b.getSlots().get(s).getWorker();
                if (!java.util.Objects.equals(wa == null ? null : wa.getId(), wb == null ? null : wb.getId())) {
                    changed++;
                }
            }
            System.out.printf(Locale.ROOT, "slots with another worker %,d -> %,d: %,d of %,d%n", keys.get(i - 1),
                    keys.get(i), changed, a.getSlots().size());
        }
        monthTable(keys.get(0), snapshots.get(keys.get(0)));
        if (keys.size() > 1) {
            monthTable(keys.get(keys.size() - 1), snapshots.get(keys.get(keys.size() - 1)));
        }
    }

    /** Per worker: minutes worked minus target per month (+ above, - below), and the year's total and target. */
    private static void monthTable(long key, Roster roster) {
        Map<String, Map<Integer, Integer>> worked = new TreeMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getWorker() != null) {
                worked.computeIfAbsent(slot.getWorker().getId(), k -> new HashMap<>())
                        .merge(slot.getCover().getMonthIndex(), slot.getNetMinutes(), Integer::sum);
            }
        }
        Map<String, List<WorkerMonth>> months = new TreeMap<>();
        for (WorkerMonth month : roster.getWorkerMonths()) {
            months.computeIfAbsent(month.worker().getId(), k -> new ArrayList<>()).add(month);
        }
        long below = 0;
        long above = 0;
        System.out.printf(Locale.ROOT, "hours worked - target (h) per month at %,d%n", key);
        for (Map.Entry<String, List<WorkerMonth>> entry : months.entrySet()) {
            StringBuilder line = new StringBuilder(entry.getKey());
            long total = 0;
            long target = 0;
            for (WorkerMonth month : entry.getValue()) {
                int minutes = worked.getOrDefault(entry.getKey(), Map.of()).getOrDefault(month.monthIndex(), 0);
                int diff = minutes - month.targetMinutes();
                line.append(String.format(Locale.ROOT, "\t%+d", Math.round(diff / 60.0)));
                total += minutes;
                target += month.targetMinutes();
                if (diff < 0) {
                    below -= diff;
                } else {
                    above += diff;
                }
            }
            line.append(String.format(Locale.ROOT, "\t| year %d h of %d h", total / 60, target / 60));
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "below target %,d min, above %,d min%n", below, above);
    }
}
