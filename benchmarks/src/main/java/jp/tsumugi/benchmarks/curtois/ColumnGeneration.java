package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.move.RowRebuild;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whole rows as columns (session 16's probe, not the solver): a Curtois instance as a set-partitioning master problem
 * (one row per employee; covers and requests priced as the objective) over a pool of rows that keep every rule, the
 * rows found by the solver's own row search ({@link RowRebuild#endRows}, with a widened beam). The pool starts with the
 * rows the search ends with against a start roster (the covers' marginal prices); column generation then solves the
 * master's linear relaxation (the primal, with ojAlgo; its multipliers are the duals), prices every employee's row
 * against the duals on the empty roster and adds the rows of negative reduced cost that keep every rule, until none is
 * found or the rounds run out. Two integer steps follow: the master as a MIP (ojAlgo, time-limited; none when the time
 * is 0) over each employee's {@link #MIP_ROWS_PER_EMPLOYEE} pooled rows of the lowest reduced cost and its start row
 * (when that keeps every rule), and a dive ({@link #dive}: fix the row of the largest value, price again, repeat). The
 * row search is a beam, not an exact pricing, so the linear value is that of the pool, not a lower bound of the
 * instance (since session 17 the search merges the partial rows no rule tells apart, and at the beams used here it
 * found the same rows as far wider ones). The result, judged by {@link CurtoisEvaluator}, is the better of the MIP's
 * and the dive's rosters, or the start roster where neither is better.
 *
 * <pre>java -cp … jp.tsumugi.benchmarks.curtois.ColumnGeneration InstanceN.txt [start.grid.txt|-] [statesPerKey:maxStates] [rounds] [mipSeconds] [out.grid.txt]</pre>
 * ({@code mipSeconds} 0: no MIP, the dive alone.)
 */
public final class ColumnGeneration {

    /**
     * What a run found: the evaluator's verdict on the chosen rows, the last linear value, the MIP's value (NaN without
     * one), the dive's objective (-1 when its roster breaks a rule), the pool, the rounds, the relaxations whose duals
     * left a pooled row of negative reduced cost.
     */
    public record Result(CurtoisEvaluator.Evaluation evaluation, double linear, double mip, long dive, int columns,
            int rounds, int[][] assignment, int inconsistentDuals) {
    }

    private final CurtoisInstance instance;
    private final CurtoisMapping mapping;
    private final int employees;
    private final int days;
    private final int shifts;
    private final int[][] required;
    private final int[][] under;
    private final int[][] over;
    /** Slots per day and shift (required and optional heads): no more can work it. */
    private final int[][] cap;
    /** Per employee, day, shift: the requests' cost of working it; at {@code [shifts]}: of being off. */
    private final long[][][] requestCost;
    private final Map<String, Integer> shiftIndex = new HashMap<>();
    private final List<List<int[]>> pool = new ArrayList<>();
    private final List<Set<String>> known = new ArrayList<>();
    private final int statesPerKey;
    private final int maxStates;

    ColumnGeneration(CurtoisInstance instance, int statesPerKey, int maxStates) {
        this.instance = instance;
        this.mapping = CurtoisMapping.of(instance);
        this.statesPerKey = statesPerKey;
        this.maxStates = maxStates;
        employees = instance.employees().size();
        days = instance.horizon();
        shifts = instance.shifts().size();
        for (int s = 0; s < shifts; s++) {
            shiftIndex.put(instance.shifts().get(s).id(), s);
        }
        required = new int[days][shifts];
        under = new int[days][shifts];
        over = new int[days][shifts];
        cap = new int[days][shifts];
        for (CurtoisInstance.CoverRow row : instance.cover()) {
            int s = shiftIndex.get(row.shift());
            required[row.day()][s] = row.requirement();
            under[row.day()][s] = row.underWeight();
            over[row.day()][s] = row.overWeight();
        }
        for (Slot slot : mapping.roster().getSlots()) {
            cap[slot.getDayIndex()][shiftIndex.get(slot.getShiftType().getId())]++;
        }
        Map<String, Integer> employeeIndex = new HashMap<>();
        for (int e = 0; e < employees; e++) {
            employeeIndex.put(instance.employees().get(e).id(), e);
            pool.add(new ArrayList<>());
            known.add(new HashSet<>());
        }
        requestCost = new long[employees][days][shifts + 1];
        for (CurtoisInstance.Request r : instance.onRequests()) {
            int e = employeeIndex.get(r.employee());
            int s = shiftIndex.get(r.shift());
            for (int t = 0; t <= shifts; t++) {
                if (t != s) {
                    requestCost[e][r.day()][t] += r.weight();
                }
            }
        }
        for (CurtoisInstance.Request r : instance.offRequests()) {
            requestCost[employeeIndex.get(r.employee())][r.day()][shiftIndex.get(r.shift())] += r.weight();
        }
    }

    /**
     * Runs the probe from {@code start} ({@code assignment[employee][day]}, shift index or -1; an empty roster is a
     * start too): the pool from the rows against it, at most {@code rounds} rounds of pricing against the duals, the
     * MIP for at most {@code mipMillis}.
     */
    public static Result run(CurtoisInstance instance, int[][] start, int statesPerKey, int maxStates, int rounds,
            long mipMillis) {
        return new ColumnGeneration(instance, statesPerKey, maxStates).solve(start, rounds, mipMillis);
    }

    Result solve(int[][] start, int rounds, long mipMillis) {
        for (int e = 0; e < employees; e++) {
            addIfLegal(e, start[e]);
        }
        Roster startRoster = roster(start);
        RowRebuild marginal = rowSearch(startRoster);
        for (int e = 0; e < employees; e++) {
            for (Slot[] slots : marginal.endRows(worker(startRoster, e), null)) {
                addIfLegal(e, row(slots));
            }
            if (pool.get(e).isEmpty()) {
                throw new IllegalStateException("no row of " + instance.employees().get(e).id() + " keeps every rule");
            }
        }
        int[][] empty = new int[employees][days];
        for (int[] row : empty) {
            Arrays.fill(row, -1);
        }
        // The start roster is done with: the pricing runs on the empty one.
        Roster emptyRoster = roster(empty);
        RowRebuild pricing = rowSearch(emptyRoster);
        int round = generate(pricing, emptyRoster, rounds, new int[employees][]);
        Relaxation last = relaxation(pool);
        double linear = last.duals().value();
        int[][] chosen = new int[employees][];
        double mip = mipMillis > 0 ? mip(chosen, mipMillis, mipRows(last.duals(), MIP_ROWS_PER_EMPLOYEE, start))
                : Double.NaN;
        for (int e = 0; e < employees; e++) {
            if (chosen[e] == null) {
                chosen = start;
                break;
            }
        }
        CurtoisEvaluator.Evaluation evaluation = CurtoisEvaluator.evaluate(instance, chosen);
        int[][] dived = dive(pricing, emptyRoster);
        CurtoisEvaluator.Evaluation afterDive = CurtoisEvaluator.evaluate(instance, dived);
        if (afterDive.violations().isEmpty() && (!evaluation.violations().isEmpty()
                || afterDive.objective() < evaluation.objective())) {
            chosen = dived;
            evaluation = afterDive;
        }
        CurtoisEvaluator.Evaluation atStart = CurtoisEvaluator.evaluate(instance, start);
        if (atStart.violations().isEmpty() && atStart.objective() < evaluation.objective()) {
            // Neither the MIP (stopped at its time limit) nor the dive found a better roster than the start.
            chosen = start;
            evaluation = atStart;
        }
        int columns = pool.stream().mapToInt(List::size).sum();
        return new Result(evaluation, linear, mip, afterDive.violations().isEmpty() ? afterDive.objective() : -1,
                columns, round, chosen, inconsistentDuals);
    }

    /**
     * Rows per employee the MIP chooses from: those of the lowest reduced cost at the last duals (ojAlgo's branch and
     * bound finds no integer solution within a minute over a whole pool of thousands of rows on Instances 3 and 4).
     */
    static final int MIP_ROWS_PER_EMPLOYEE = 20;

    /**
     * Per employee, the pooled rows of the {@code count} lowest reduced costs at {@code duals}, and its row in
     * {@code start} when that is pooled (keeps every rule): the start roster is then one of the MIP's solutions (from
     * Instance5's 60-s roster, 1,253, the 20 rows alone gave 1,257).
     */
    List<List<int[]>> mipRows(Duals duals, int count, int[][] start) {
        List<List<int[]>> rows = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            int employee = e;
            List<int[]> kept = new ArrayList<>(pool.get(e).stream()
                    .sorted(java.util.Comparator.comparingDouble(
                            (int[] row) -> rowCost(employee, row) - duals.rowSum(row) - duals.employee[employee]))
                    .limit(count).toList());
            boolean pooled = pool.get(e).stream().anyMatch(row -> Arrays.equals(row, start[employee]));
            if (pooled && kept.stream().noneMatch(row -> Arrays.equals(row, start[employee]))) {
                kept.add(start[employee]);
            }
            rows.add(kept);
        }
        return rows;
    }

    /**
     * At most {@code rounds} rounds of column generation over the employees not in {@code fixed} (their rows are
     * {@code fixed[e]}, the others' their pools): the relaxation's duals, each free employee's rows priced against them
     * on the empty roster, the rows of negative reduced cost that keep every rule pooled; stops when a round adds none.
     * Returns the rounds run.
     */
    private int generate(RowRebuild pricing, Roster emptyRoster, int rounds, int[][] fixed) {
        for (int round = 0; round < rounds; round++) {
            Duals duals = relaxation(rows(fixed)).duals();
            int added = 0;
            for (int e = 0; e < employees; e++) {
                if (fixed[e] != null) {
                    continue;
                }
                int kept = 0;
                for (Slot[] slots : pricing.endRows(worker(emptyRoster, e), (d, cover) -> price(duals, d, cover))) {
                    int[] row = row(slots);
                    double reduced = rowCost(e, row) - duals.rowSum(row) - duals.employee[e];
                    if (reduced < -1e-6 && addIfLegal(e, row) && ++kept >= COLUMNS_PER_ROUND) {
                        break;
                    }
                }
                added += kept;
            }
            if (added == 0) {
                return round;
            }
        }
        return rounds;
    }

    /** Per employee: its fixed row alone, or its whole pool. */
    private List<List<int[]>> rows(int[][] fixed) {
        List<List<int[]>> rows = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            rows.add(fixed[e] != null ? List.of(fixed[e]) : pool.get(e));
        }
        return rows;
    }

    /**
     * Column-generation rounds after each fixing step of {@link #dive} (Instance6 from empty, 20:2000: 2 rounds and
     * every row of value 1 fixed at once gave 2,159; 10 rounds and one row at a time 1,957, best known 1,950).
     */
    static final int DIVE_ROUNDS = 10;

    /**
     * A dive to an integer roster: solve the relaxation, fix the one free employee's row of the largest value, price
     * {@link #DIVE_ROUNDS} rounds for the employees still free, and again until every employee has its row.
     */
    private int[][] dive(RowRebuild pricing, Roster emptyRoster) {
        int[][] fixed = new int[employees][];
        int free = employees;
        while (free > 0) {
            List<List<int[]>> rows = rows(fixed);
            Relaxation relaxation = relaxation(rows);
            int bestEmployee = -1;
            int bestRow = -1;
            double bestValue = -1;
            for (int e = 0; e < employees; e++) {
                if (fixed[e] != null) {
                    continue;
                }
                double[] values = relaxation.values().get(e);
                for (int r = 0; r < values.length; r++) {
                    if (values[r] > bestValue) {
                        bestValue = values[r];
                        bestEmployee = e;
                        bestRow = r;
                    }
                }
            }
            fixed[bestEmployee] = rows.get(bestEmployee).get(bestRow);
            free--;
            if (free > 0) {
                generate(pricing, emptyRoster, DIVE_ROUNDS, fixed);
            }
        }
        return fixed;
    }

    /** Rows with a negative reduced cost added per employee and round, at most. */
    static final int COLUMNS_PER_ROUND = 10;

    /** The roster {@code assignment} makes, on the mapping's one roster (applying a grid clears the previous one). */
    private Roster roster(int[][] assignment) {
        return mapping.applyGrid(CurtoisGrid.of(instance, assignment, List.of()));
    }

    /** The solver's row search on {@code roster}, with this probe's beam. */
    private RowRebuild rowSearch(Roster roster) {
        RowRebuild search = RowRebuild.on(roster);
        search.widenBeam(statesPerKey, maxStates);
        return search;
    }

    private Worker worker(Roster roster, int e) {
        String id = instance.employees().get(e).id();
        return roster.getWorkers().stream().filter(w -> w.getId().equals(id)).findFirst().orElseThrow();
    }

    private int[] row(Slot[] slots) {
        int[] row = new int[days];
        for (int d = 0; d < days; d++) {
            row[d] = slots[d] == null ? -1 : shiftIndex.get(slots[d].getShiftType().getId());
        }
        return row;
    }

    /** What the empty roster's search must add to working {@code cover} on day {@code d} so that it costs -π. */
    private long price(Duals duals, int d, Cover cover) {
        int s = shiftIndex.get(cover.getShiftType().getId());
        // On the empty roster a head of a required cover earns its under-weight, one of a cover without demand costs
        // its over-weight (the search's own marginal price, taken back here).
        long marginal = required[d][s] > 0 ? -under[d][s] : over[d][s];
        return Math.round(-duals.cover[d][s]) - marginal;
    }

    long rowCost(int e, int[] row) {
        long cost = 0;
        for (int d = 0; d < days; d++) {
            cost += requestCost[e][d][row[d] < 0 ? shifts : row[d]];
        }
        return cost;
    }

    /** Adds {@code row} to {@code e}'s pool if it is new and keeps every rule (the evaluator's, for that employee). */
    boolean addIfLegal(int e, int[] row) {
        String key = Arrays.toString(row);
        if (known.get(e).contains(key)) {
            return false;
        }
        known.get(e).add(key);
        int[][] alone = new int[employees][];
        for (int other = 0; other < employees; other++) {
            alone[other] = other == e ? row : offRow();
        }
        String id = instance.employees().get(e).id();
        boolean legal = CurtoisEvaluator.evaluate(instance, alone).violations().stream()
                .noneMatch(v -> v.employee().equals(id));
        if (legal) {
            pool.get(e).add(row);
        }
        return legal;
    }

    private int[] offRow() {
        int[] row = new int[days];
        Arrays.fill(row, -1);
        return row;
    }

    /** The master's linear relaxation's duals: π per cover (day, shift), μ per employee, and the value. */
    record Duals(double[][] cover, double[] employee, double value) {
        double rowSum(int[] row) {
            double sum = 0;
            for (int d = 0; d < row.length; d++) {
                if (row[d] >= 0) {
                    sum += cover[d][row[d]];
                }
            }
            return sum;
        }
    }

    /** The master's linear relaxation over {@code rows}: its duals and each row's value (per employee, in order). */
    record Relaxation(Duals duals, List<double[]> values) {
    }

    /**
     * Solves the master's linear relaxation over {@code rows} (per employee) as the primal ({@link #master}). The duals are ojAlgo's multipliers, with the
     * sign that leaves the pooled rows' reduced costs least negative (non-negative at an optimum; counted in
     * {@link #inconsistentDuals} where not). Session 16 solved the dual directly, one constraint per row: on
     * Instance6's pools of 1,500–2,600 rows 18–48 s a solve, against 0.6–1.8 s for this.
     */
    private Relaxation relaxation(List<List<int[]>> rows) {
        Master master = master(rows, false);
        ExpressionsBasedModel model = master.model();
        Expression[][] cover = master.cover();
        Expression[] one = master.one();
        List<List<Variable>> x = master.x();
        // ojAlgo's presolve takes out constraints it decides alone (an employee with one row left, in the dive), and
        // their multipliers with them: off for the relaxation (its presolvers are global, so back on after it).
        Optimisation.Result result;
        // ojAlgo's newer simplex (session 18, Instance6 from empty, 20:2000, no MIP: 1,950 in 34 s against 1,957 in
        // 58 s with the default one; its sparse tableau was slower still).
        model.options.experimental = true;
        // The presolvers are ojAlgo's global state: solves that clear them hold its class's lock (two plans solved at
        // once in one JVM, or this and the other user of it in the code base).
        synchronized (ExpressionsBasedModel.class) {
            ExpressionsBasedModel.clearPresolvers();
            try {
                result = model.minimise();
            } finally {
                ExpressionsBasedModel.resetPresolvers();
            }
        }
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("the master's relaxation has no solution: " + result.getState());
        }
        Map<Object, Double> multipliers = new java.util.IdentityHashMap<>();
        for (var entry : result.getMatchedMultipliers()) {
            multipliers.merge(entry.first().first(), entry.doubleValue(), Double::sum);
        }
        Duals best = null;
        double bestWorst = Double.NEGATIVE_INFINITY;
        for (int sign : new int[] {-1, 1}) {
            double[][] pi = new double[days][shifts];
            double[] mu = new double[employees];
            for (int d = 0; d < days; d++) {
                for (int s = 0; s < shifts; s++) {
                    pi[d][s] = cover[d][s] == null ? 0 : sign * multipliers.getOrDefault(cover[d][s], 0.0);
                }
            }
            for (int e = 0; e < employees; e++) {
                mu[e] = sign * multipliers.getOrDefault(one[e], 0.0);
            }
            Duals duals = new Duals(pi, mu, result.getValue());
            double worst = 0;
            for (int e = 0; e < employees; e++) {
                for (int[] row : rows.get(e)) {
                    worst = Math.min(worst, rowCost(e, row) - duals.rowSum(row) - mu[e]);
                }
            }
            if (worst > bestWorst) {
                best = duals;
                bestWorst = worst;
            }
        }
        if (bestWorst < -1e-4) {
            // Seen in Instance7's dive: some pooled row prices out at the multipliers either way (ojAlgo's basis at
            // its tolerances); the pricing then re-finds known rows only, which the pool ignores.
            inconsistentDuals++;
        }
        List<double[]> values = new ArrayList<>();
        for (List<Variable> vars : x) {
            values.add(vars.stream().mapToDouble(v -> v.getValue().doubleValue()).toArray());
        }
        return new Relaxation(best, values);
    }

    /** Relaxations whose multipliers left a pooled row of negative reduced cost with either sign (for the report). */
    int inconsistentDuals;

    /** The master problem over {@code rows} as an ojAlgo model: its cover and employee constraints, its row variables. */
    private record Master(ExpressionsBasedModel model, Expression[][] cover, Expression[] one, List<List<Variable>> x) {
    }

    /**
     * Builds the master over {@code rows} (per employee): per cover (day, shift with slots) short heads at the
     * under-weight and extra heads at the over-weight, per employee one row in all, a variable per row at its cost.
     * {@code integer}: binary rows and at most the cover's optional slots of extra heads (the MIP); else continuous
     * rows and extra heads unbounded, as the pricing's marginal prices assume (the relaxation).
     */
    private Master master(List<List<int[]>> rows, boolean integer) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Expression[][] cover = new Expression[days][shifts];
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < shifts; s++) {
                if (cap[d][s] == 0) {
                    continue;
                }
                Variable short_ = model.addVariable().lower(0).upper(required[d][s]).weight(under[d][s]);
                Variable extra = model.addVariable().lower(0).weight(over[d][s]);
                if (integer) {
                    extra.upper(Math.max(0, cap[d][s] - required[d][s]));
                }
                cover[d][s] = model.addExpression().level(required[d][s]);
                cover[d][s].set(short_, 1);
                cover[d][s].set(extra, -1);
            }
        }
        Expression[] one = new Expression[employees];
        List<List<Variable>> x = new ArrayList<>();
        for (int e = 0; e < employees; e++) {
            one[e] = model.addExpression().level(1);
            List<Variable> vars = new ArrayList<>();
            for (int[] row : rows.get(e)) {
                Variable v = model.addVariable().lower(0).weight(rowCost(e, row));
                if (integer) {
                    v.binary();
                }
                one[e].set(v, 1);
                for (int d = 0; d < days; d++) {
                    if (row[d] >= 0) {
                        cover[d][row[d]].set(v, 1);
                    }
                }
                vars.add(v);
            }
            x.add(vars);
        }
        return new Master(model, cover, one, x);
    }

    /** The master as a MIP over {@code rows}: fills {@code chosen} with each employee's row, returns the MIP's value. */
    private double mip(int[][] chosen, long millis, List<List<int[]>> rows) {
        Master master = master(rows, true);
        ExpressionsBasedModel model = master.model();
        List<List<Variable>> x = master.x();
        model.options.time_abort = millis;
        model.options.time_suffice = millis;
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            return Double.NaN;
        }
        for (int e = 0; e < employees; e++) {
            for (int c = 0; c < x.get(e).size(); c++) {
                if (x.get(e).get(c).getValue().doubleValue() > 0.5) {
                    chosen[e] = rows.get(e).get(c);
                }
            }
        }
        return result.getValue();
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ColumnGeneration InstanceN.txt [start.grid.txt|-] [statesPerKey:maxStates]"
                    + " [rounds] [mipSeconds] [out.grid.txt]");
            System.exit(1);
        }
        CurtoisInstance instance = CurtoisParser.parse(Path.of(args[0]));
        int[][] start;
        if (args.length > 1 && !args[1].equals("-")) {
            start = CurtoisGrid.read(Path.of(args[1])).check(instance);
        } else {
            start = new int[instance.employees().size()][instance.horizon()];
            for (int[] row : start) {
                Arrays.fill(row, -1);
            }
        }
        String[] beam = (args.length > 2 ? args[2] : "40:4000").split(":");
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long mipSeconds = args.length > 4 ? Long.parseLong(args[4]) : 60;
        long t0 = System.nanoTime();
        Result result = run(instance, start, Integer.parseInt(beam[0]), Integer.parseInt(beam[1]), rounds,
                mipSeconds * 1000);
        CurtoisEvaluator.Evaluation e = result.evaluation();
        System.out.printf(Locale.ROOT, "%s\tstart %d\tobjective %d (under %d, over %d, on %d, off %d)\t%d violations\t"
                        + "linear %.1f\tmip %.1f\tdive %d\t%d rows\t%d rounds\t%d inconsistent duals\t%.1f s%n",
                instance.name(),
                CurtoisEvaluator.evaluate(instance, start).objective(), e.objective(), e.underCover(), e.overCover(),
                e.onRequests(), e.offRequests(), e.violations().size(), result.linear(), result.mip(), result.dive(),
                result.columns(), result.rounds(), result.inconsistentDuals(), (System.nanoTime() - t0) / 1e9);
        if (args.length > 5) {
            CurtoisGrid.of(instance, result.assignment(), List.of(instance.name() + " ColumnGeneration objective="
                    + e.objective())).write(Path.of(args[5]));
        }
    }
}
