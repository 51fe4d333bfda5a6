package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.RosterCloner;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.ContractConstraints;
import jp.tsumugi.solver.score.DemandConstraints;
import jp.tsumugi.solver.score.EligibilityConstraints;
import jp.tsumugi.solver.score.PreferenceConstraints;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import jp.tsumugi.solver.solve.move.RowPricing;
import jp.tsumugi.solver.solve.move.RowRebuild;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Whole rows as columns, on small rosters whose every worker has contract rules (the nurse-rostering shape of the
 * Curtois instances): the roster as a set-partitioning master problem (one row per worker; each cover's unfilled
 * required heads and heads beyond them at the prices the score gives them), column generation over it, and a dive to
 * one row per worker. The master's linear relaxation is solved with ojAlgo (the primal; its multipliers are the duals);
 * the columns are the rows the solver's own row search ({@link RowRebuild#endRows}, with a wide beam) finds on the
 * empty roster against the duals, kept when they keep every contract rule ({@link RowRebuild#rowCost}); the pool starts
 * with each worker's current row and the rows the search ends with on the empty roster. The dive fixes
 * the free worker's row of the largest value, prices {@link #DIVE_ROUNDS} rounds for the workers still free, and
 * repeats; once the phase's time is up it prices no more, but still fixes one row at a time, each after one relaxation
 * (one linear programme per free worker: on Curtois Instance7 a few seconds). The
 * local search goes on from the better of the dive's roster and the one before it (benchmarks/CURTOIS.md,
 * "Session 18").
 *
 * <p>The row search is a beam, not an exact pricing, so the relaxation's value is the pool's, not a bound. The master
 * holds only what is priced per row or per cover ({@link #PRICED}), so the phase runs only where nothing else weighs
 * ({@link #applies}).
 */
public final class ColumnGenerationPhase implements PhaseCommand<Roster> {
    /** Rosters of at most this many workers × plan days (Curtois Instance7, 20 × 28, is 560). */
    public static final int MAX_WORKER_DAYS = 600;
    /** The row search's beam: states per key and per day (as the benchmarks' probe measured it, session 17). */
    static final int STATES_PER_KEY = 20;
    static final int MAX_STATES = 2_000;
    /** Rows of negative reduced cost added per worker and round, at most. */
    static final int COLUMNS_PER_ROUND = 10;
    /** Rounds of column generation before the dive, at most. */
    static final int ROUNDS = 60;
    /** Rows per worker the relaxation starts from ({@link Master#relaxation}). */
    static final int ACTIVE_COLUMNS = 30;
    /** Rounds after each fixing step of the dive. */
    static final int DIVE_ROUNDS = 10;

    /**
     * The rules the master prices: per row, the contract rules and the requests (and the row search offers no slot on
     * a day off or without a skill the cover requires, one slot a day); per cover, its unfilled and optional heads.
     */
    public static final Set<String> PRICED = Set.of(DemandConstraints.UNFILLED_REQUIRED,
            DemandConstraints.OPTIONAL_FILLED, PreferenceConstraints.SHIFT_ON_REQUEST,
            PreferenceConstraints.SHIFT_OFF_REQUEST, ContractConstraints.MAX_SHIFTS_PER_TYPE,
            ContractConstraints.MIN_TOTAL_MINUTES, ContractConstraints.MAX_TOTAL_MINUTES,
            ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS, ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS,
            ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF, ContractConstraints.MAX_WEEKENDS,
            ContractConstraints.FORBIDDEN_SUCCESSION, EligibilityConstraints.UNAVAILABLE,
            EligibilityConstraints.MISSING_SKILL, EligibilityConstraints.OVERLAP_OR_TRAVEL);

    /**
     * Whether the phase runs on {@code roster}: every worker has contract rules, no slot is pinned, workers × days are
     * at most {@link #MAX_WORKER_DAYS}, and every rule but the {@link #PRICED} ones weighs nothing on it (the master is
     * then the score: the Curtois instances; a cooperative's roster, where the law, travel and fairness weigh, is left
     * to the local search).
     */
    public static boolean applies(Roster roster) {
        int days = roster.getCalendar() == null ? 0 : roster.getCalendar().getDayCount();
        List<Worker> workers = roster.getWorkers();
        if (workers.isEmpty() || days == 0 || (long) workers.size() * days > MAX_WORKER_DAYS
                || !workers.stream().allMatch(RowPricing::hasRules)
                || roster.getSlots().stream().anyMatch(Slot::isPinned)) {
            return false;
        }
        ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = roster.getConstraintWeightOverrides();
        for (Map.Entry<String, HardMediumSoftLongScore> rule : RosterConstraintProvider.defaultWeights().entrySet()) {
            HardMediumSoftLongScore weight = overrides.getConstraintWeight(rule.getKey());
            if (!PRICED.contains(rule.getKey()) && !(weight == null ? rule.getValue() : weight).isZero()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Puts the dive's rows on the working roster. Timefold keeps the best roster it has seen and starts the next phase
     * from it, so a roster worse than the row phase's costs nothing but the phase's time.
     */
    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        Roster roster = scoreDirector.getWorkingSolution();
        if (!applies(roster)) {
            return;
        }
        Master master = new Master(roster);
        int[][] rows;
        try {
            rows = master.solve(isPhaseTerminated);
        } catch (IllegalStateException noRelaxation) {
            // ojAlgo found no solution to a relaxation that always has one (numerical trouble): the local search
            // goes on from the roster the phases before left.
            return;
        }
        if (rows != null) {
            set(scoreDirector, roster.getSlots(), master.assignment(rows));
        }
    }

    private static void set(ScoreDirector<Roster> scoreDirector, List<Slot> slots, Worker[] workers) {
        for (int i = 0; i < workers.length; i++) {
            Slot slot = slots.get(i);
            if (slot.getWorker() != workers[i]) {
                scoreDirector.beforeVariableChanged(slot, "worker");
                slot.setWorker(workers[i]);
                scoreDirector.afterVariableChanged(slot, "worker");
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * The master problem of one roster: its covers (those with slots), the pool of rows per worker (as the cover of
     * each day, -1 off), the row search on an empty copy of the roster that prices new rows.
     */
    static final class Master {
        private final Roster roster;
        private final List<Worker> workers;
        private final int days;
        /** The covers with slots, and per cover: required heads, the prices of a head short and of one over. */
        private final List<Cover> covers = new ArrayList<>();
        private final Map<Cover, Integer> coverIndex = new IdentityHashMap<>();
        private final int[] required;
        private final long[] unfilled;
        private final long[] over;
        /** Per slot of the roster (in its order): the index of its cover. */
        private final int[] slotCover;
        private final Roster empty;
        private final RowRebuild pricing;
        /** Per cover: the empty roster's first slot of it (what a row's day names there). */
        private final Slot[] firstSlot;
        /** Per worker: the rows pooled and the rows seen. */
        private final List<List<Column>> pool = new ArrayList<>();
        private final List<Set<String>> seen = new ArrayList<>();

        Master(Roster roster) {
            this.roster = roster;
            this.workers = roster.getWorkers();
            this.days = roster.getCalendar().getDayCount();
            List<Slot> slots = roster.getSlots();
            // The covers by day, then by their shift type's place in the roster (the master's rows in that order).
            Map<Object, Integer> typeOrder = new IdentityHashMap<>();
            for (int t = 0; t < roster.getShiftTypes().size(); t++) {
                typeOrder.put(roster.getShiftTypes().get(t), t);
            }
            slots.stream().map(Slot::getCover).filter(cover -> coverIndex.putIfAbsent(cover, -1) == null)
                    .sorted(java.util.Comparator.comparingInt(Cover::getDayIndex)
                            .thenComparingInt(cover -> typeOrder.getOrDefault(cover.getShiftType(), -1)))
                    .forEachOrdered(cover -> {
                        coverIndex.put(cover, covers.size());
                        covers.add(cover);
                    });
            slotCover = new int[slots.size()];
            for (int i = 0; i < slots.size(); i++) {
                slotCover[i] = coverIndex.get(slots.get(i).getCover());
            }
            empty = new RosterCloner().cloneSolution(roster);
            for (Slot slot : empty.getSlots()) {
                slot.setWorker(null);
            }
            firstSlot = new Slot[covers.size()];
            for (int i = slotCover.length - 1; i >= 0; i--) {
                firstSlot[slotCover[i]] = empty.getSlots().get(i);
            }
            pricing = RowRebuild.on(empty);
            pricing.widenBeam(STATES_PER_KEY, MAX_STATES);
            int n = covers.size();
            required = new int[n];
            unfilled = new long[n];
            over = new long[n];
            for (int c = 0; c < n; c++) {
                required[c] = covers.get(c).getRequiredHeadcount();
                unfilled[c] = pricing.unfilledPrice(covers.get(c));
                over[c] = pricing.overPrice(covers.get(c));
            }
            for (int w = 0; w < workers.size(); w++) {
                pool.add(new ArrayList<>());
                seen.add(new HashSet<>());
            }
        }

        /**
         * Column generation and the dive: each worker's row (cover per day, -1 off), or {@code null} when some worker
         * has no row that keeps its rules in the pool. Once {@code terminated} says so, no more rows are priced.
         */
        int[][] solve(BooleanSupplier terminated) {
            for (int w = 0; w < workers.size(); w++) {
                Worker worker = workers.get(w);
                Slot[] current = new Slot[days];
                for (Slot slot : roster.getSlots()) {
                    if (slot.getWorker() == worker && current[slot.getDayIndex()] == null) {
                        current[slot.getDayIndex()] = slot;
                    }
                }
                add(w, current);
                add(w, new Slot[days]);
                // The rows the search ends with on the empty roster, before any duals (against the current roster's
                // marginal prices instead, session 18's runs at 60 s: Instance5 1,365 → 1,170 after the dive, 1,246 →
                // 1,161 after the local search; Instance6 1,965 → 1,951, Instance7 1,077 → 1,074).
                for (Slot[] row : pricing.endRows(worker, null)) {
                    add(w, row);
                }
                if (pool.get(w).isEmpty()) {
                    return null;
                }
            }
            int[][] fixed = new int[workers.size()][];
            generate(ROUNDS, fixed, terminated);
            int free = workers.size();
            while (free > 0) {
                Relaxation relaxation = relaxation(rows(fixed));
                int bestWorker = -1;
                int bestRow = -1;
                double bestValue = -1;
                for (int w = 0; w < workers.size(); w++) {
                    if (fixed[w] != null) {
                        continue;
                    }
                    double[] values = relaxation.values().get(w);
                    for (int r = 0; r < values.length; r++) {
                        if (values[r] > bestValue) {
                            bestValue = values[r];
                            bestWorker = w;
                            bestRow = r;
                        }
                    }
                }
                fixed[bestWorker] = pool.get(bestWorker).get(bestRow).row();
                free--;
                if (free > 0) {
                    generate(terminated.getAsBoolean() ? 0 : DIVE_ROUNDS, fixed, terminated);
                }
            }
            return fixed;
        }

        /**
         * At most {@code rounds} rounds over the workers not in {@code fixed}: the relaxation's duals, each free
         * worker's rows priced against them, the new ones of negative reduced cost that keep every rule pooled. Stops
         * when a round adds none or the time is up.
         */
        private void generate(int rounds, int[][] fixed, BooleanSupplier terminated) {
            for (int round = 0; round < rounds; round++) {
                if (terminated.getAsBoolean()) {
                    return;
                }
                Duals duals = relaxation(rows(fixed)).duals();
                int added = 0;
                for (int w = 0; w < workers.size(); w++) {
                    if (fixed[w] != null) {
                        continue;
                    }
                    int kept = 0;
                    // Working a cover costs −π there: a row's search cost is then its reduced cost plus μ.
                    for (Slot[] slots : pricing.endRows(workers.get(w),
                            (d, cover) -> Math.round(-duals.cover()[coverIndex.get(cover)]))) {
                        int[] row = row(slots);
                        String key = Arrays.toString(row);
                        if (seen.get(w).contains(key)) {
                            continue;
                        }
                        RowRebuild.RowCost cost = cost(w, row);
                        if (cost.requests() - duals.rowSum(row) - duals.worker()[w] >= -1e-6) {
                            continue;
                        }
                        seen.get(w).add(key);
                        if (cost.rules() == 0) {
                            pool.get(w).add(new Column(row, cost.requests()));
                            if (++kept >= COLUMNS_PER_ROUND) {
                                break;
                            }
                        }
                    }
                    added += kept;
                }
                if (added == 0) {
                    return;
                }
            }
        }

        /**
         * Pools {@code slots} as worker {@code w}'s row when it is new, works no day the worker is unavailable (the
         * roster's own rows may) and keeps every contract rule.
         */
        private void add(int w, Slot[] slots) {
            int[] row = row(slots);
            Worker worker = workers.get(w);
            if (Arrays.stream(slots).anyMatch(slot -> slot != null && worker.hasUnavailabilityOn(slot.getDate()))) {
                return;
            }
            if (seen.get(w).add(Arrays.toString(row))) {
                RowRebuild.RowCost cost = cost(w, row);
                if (cost.rules() == 0) {
                    pool.get(w).add(new Column(row, cost.requests()));
                }
            }
        }

        /** A row of slots as the cover of each day (-1 off). */
        private int[] row(Slot[] slots) {
            int[] row = new int[days];
            for (int d = 0; d < days; d++) {
                row[d] = slots[d] == null ? -1 : coverIndex.get(slots[d].getCover());
            }
            return row;
        }

        /** Worker {@code w}'s own cost of {@code row}: its contract rules and its requests. */
        private RowRebuild.RowCost cost(int w, int[] row) {
            Slot[] onEmpty = new Slot[days];
            for (int d = 0; d < days; d++) {
                onEmpty[d] = row[d] < 0 ? null : firstSlot[row[d]];
            }
            return pricing.rowCost(workers.get(w), onEmpty);
        }

        /** Per worker: its fixed row alone, or its pool. */
        private List<List<Column>> rows(int[][] fixed) {
            List<List<Column>> rows = new ArrayList<>();
            for (int w = 0; w < workers.size(); w++) {
                int[] row = fixed[w];
                rows.add(row != null ? pool.get(w).stream().filter(c -> c.row() == row).toList() : pool.get(w));
            }
            return rows;
        }

        /** The duals of the last relaxation solved ({@code null} before the first). */
        private Duals lastDuals;

        /**
         * The master's linear relaxation over {@code rows} (per worker; the values in the same order), solved over a
         * part of them: each worker's {@link #ACTIVE_COLUMNS} rows of the lowest reduced cost at the last duals, then
         * again with the rows left out that price below zero at the new duals, until none does, so the value and the
         * duals are those of all the rows (the simplex's time grows with the columns: on Curtois Instance6 the pool
         * reaches about 5,000 rows).
         */
        Relaxation relaxation(List<List<Column>> rows) {
            List<List<Column>> active = new ArrayList<>();
            for (int w = 0; w < workers.size(); w++) {
                int worker = w;
                List<Column> all = rows.get(w);
                active.add(all.size() <= ACTIVE_COLUMNS ? new ArrayList<>(all) : new ArrayList<>(all.stream()
                        .sorted(java.util.Comparator.comparingDouble(
                                (Column c) -> lastDuals == null ? c.cost() : c.reducedCost(lastDuals, worker)))
                        .limit(ACTIVE_COLUMNS).toList()));
            }
            while (true) {
                Relaxation over = solve(active);
                lastDuals = over.duals();
                int added = 0;
                for (int w = 0; w < workers.size(); w++) {
                    Set<Column> in = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                    in.addAll(active.get(w));
                    for (Column column : rows.get(w)) {
                        if (!in.contains(column) && column.reducedCost(over.duals(), w) < -1e-6) {
                            active.get(w).add(column);
                            added++;
                        }
                    }
                }
                if (added == 0) {
                    List<double[]> values = new ArrayList<>();
                    for (int w = 0; w < workers.size(); w++) {
                        Map<Column, Double> value = new IdentityHashMap<>();
                        for (int i = 0; i < active.get(w).size(); i++) {
                            value.put(active.get(w).get(i), over.values().get(w)[i]);
                        }
                        values.add(rows.get(w).stream().mapToDouble(c -> value.getOrDefault(c, 0.0)).toArray());
                    }
                    return new Relaxation(over.duals(), values, over.value());
                }
            }
        }

        /**
         * The master's linear relaxation over exactly {@code rows}: per cover, heads short (at most the required ones)
         * at the unfilled price and heads over at the over price; per worker one row in all. ojAlgo's multipliers are
         * the duals, with the sign that leaves the rows' reduced costs least negative; its presolve is off (it takes
         * out constraints it decides alone, a worker with one row left, and their multipliers with them).
         */
        private Relaxation solve(List<List<Column>> rows) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            model.options.experimental = true;
            Expression[] coverRows = new Expression[covers.size()];
            for (int c = 0; c < covers.size(); c++) {
                Variable shortHeads = model.addVariable().lower(0).upper(required[c]).weight(unfilled[c]);
                Variable extraHeads = model.addVariable().lower(0).weight(over[c]);
                coverRows[c] = model.addExpression().level(required[c]);
                coverRows[c].set(shortHeads, 1);
                coverRows[c].set(extraHeads, -1);
            }
            Expression[] one = new Expression[workers.size()];
            List<List<Variable>> x = new ArrayList<>();
            for (int w = 0; w < workers.size(); w++) {
                one[w] = model.addExpression().level(1);
                List<Variable> vars = new ArrayList<>();
                for (Column column : rows.get(w)) {
                    Variable v = model.addVariable().lower(0).weight(column.cost());
                    one[w].set(v, 1);
                    for (int c : column.row()) {
                        if (c >= 0) {
                            coverRows[c].set(v, 1);
                        }
                    }
                    vars.add(v);
                }
                x.add(vars);
            }
            Optimisation.Result result;
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
            Map<Object, Double> multipliers = new IdentityHashMap<>();
            for (var entry : result.getMatchedMultipliers()) {
                multipliers.merge(entry.first().first(), entry.doubleValue(), Double::sum);
            }
            Duals best = null;
            double bestWorst = Double.NEGATIVE_INFINITY;
            for (int sign : new int[] {-1, 1}) {
                double[] pi = new double[covers.size()];
                double[] mu = new double[workers.size()];
                for (int c = 0; c < pi.length; c++) {
                    pi[c] = sign * multipliers.getOrDefault(coverRows[c], 0.0);
                }
                for (int w = 0; w < mu.length; w++) {
                    mu[w] = sign * multipliers.getOrDefault(one[w], 0.0);
                }
                Duals duals = new Duals(pi, mu);
                double worst = 0;
                for (int w = 0; w < workers.size(); w++) {
                    for (Column column : rows.get(w)) {
                        worst = Math.min(worst, column.reducedCost(duals, w));
                    }
                }
                if (worst > bestWorst) {
                    best = duals;
                    bestWorst = worst;
                }
            }
            List<double[]> values = new ArrayList<>();
            for (List<Variable> vars : x) {
                values.add(vars.stream().mapToDouble(v -> v.getValue().doubleValue()).toArray());
            }
            return new Relaxation(best, values, result.getValue());
        }

        /**
         * The roster's slots' workers for one row per worker: each cover's slots taken in the roster's order by the
         * workers whose rows work it (a cover more rows work than it has slots leaves the last of them off that day).
         */
        Worker[] assignment(int[][] rows) {
            List<List<Worker>> byCover = new ArrayList<>();
            for (int c = 0; c < covers.size(); c++) {
                byCover.add(new ArrayList<>());
            }
            for (int w = 0; w < workers.size(); w++) {
                for (int d = 0; d < days; d++) {
                    if (rows[w][d] >= 0) {
                        byCover.get(rows[w][d]).add(workers.get(w));
                    }
                }
            }
            int[] taken = new int[covers.size()];
            Worker[] assignment = new Worker[slotCover.length];
            for (int i = 0; i < slotCover.length; i++) {
                List<Worker> wanted = byCover.get(slotCover[i]);
                if (taken[slotCover[i]] < wanted.size()) {
                    assignment[i] = wanted.get(taken[slotCover[i]]++);
                }
            }
            return assignment;
        }
    }

    /** A worker's row (the cover of each day, -1 off) and its own cost (its requests; it keeps every rule). */
    record Column(int[] row, long cost) {
        double reducedCost(Duals duals, int worker) {
            return cost - duals.rowSum(row) - duals.worker()[worker];
        }
    }

    /** The relaxation's duals: π per cover, μ per worker. */
    record Duals(double[] cover, double[] worker) {
        double rowSum(int[] row) {
            double sum = 0;
            for (int c : row) {
                if (c >= 0) {
                    sum += cover[c];
                }
            }
            return sum;
        }
    }

    /** The relaxation: its duals, each pooled row's value (per worker, in pool order) and its value. */
    record Relaxation(Duals duals, List<double[]> values, double value) {
    }
}
