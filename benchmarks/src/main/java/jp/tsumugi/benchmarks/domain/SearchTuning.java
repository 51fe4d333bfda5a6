package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.RuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.phase.scope.AbstractStepScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterConstruction;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.move.ChainRowRebuild;
import jp.tsumugi.solver.solve.move.CommuteSwap;
import jp.tsumugi.solver.solve.move.FillEmptyHead;
import jp.tsumugi.solver.solve.move.FillWeekendHead;
import jp.tsumugi.solver.solve.move.PairRowRebuild;
import jp.tsumugi.solver.solve.move.RepairRowRebuild;
import jp.tsumugi.solver.solve.move.RowRebuild;
import jp.tsumugi.solver.solve.move.SplitRepairRowRebuild;
import jp.tsumugi.solver.solve.move.SplitRowRebuild;
import jp.tsumugi.solver.solve.move.HoursToTarget;
import jp.tsumugi.solver.solve.move.SeasonSwap;
import jp.tsumugi.solver.solve.move.PatternMoveFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The harness for tuning the local search (benchmarks/PERFORMANCE.md, "Tuning the local search"): solves each problem
 * with the configuration users run, changed only as a spec says, and stops once the solver thread has used a budget of
 * CPU seconds (not wall-clock seconds), so that runs on a busy machine compare with runs on a quiet one. Prints one line
 * per problem: best score, local-search steps and score calculations.
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/domain.classpath) \
 *     jp.tsumugi.benchmarks.domain.SearchTuning 20 1 la=10 hagi /path/Instance2.txt ...</pre>
 *
 * Spec: comma-separated, every key optional (absent = the default configuration):
 * {@code la=N} late acceptance of size N, {@code dla=N} diversified late acceptance, {@code sa=<score>} simulated
 * annealing from that starting temperature ({@code 0hard/0medium/20soft}), {@code schc=N} step counting hill climbing,
 * {@code tabu=R} entity tabu ratio, {@code accepted=N} the forager's accepted count limit, and the selection weights
 * {@code change}, {@code swap}, {@code block}, {@code weekend}, {@code sameday}, {@code eject} (0 leaves a kind out),
 * {@code otherday} (adds {@code PatternMoveFactory.OtherDayChange}, not in the default), {@code balanced} (adds
 * {@code PatternMoveFactory.BalancedTrade}, not in the default), {@code nearswap} (adds
 * {@code PatternMoveFactory.NearbySwap}, not in the default), {@code eject} ({@code FillEmptyHead}, the ejection
 * chain that fills an empty required head, in the default at 0.5 since session 8; 0 leaves it out), {@code wkfill}
 * (adds {@code FillWeekendHead}, an empty weekend head filled by a worker who gives a single-day weekend to the worker
 * on its other day; not in the default), {@code commute} (adds {@code CommuteSwap}: two workers trade slots of one
 * day when that shortens their drives; session 9), {@code season} ({@code SeasonSwap}: a slot of a demand
 * pattern goes to a worker on that pattern nearby; in the default at 0.5 since session 9, 0 leaves it out), {@code row}
 * ({@code RowRebuild}: one worker's best row over 7–28 days by a beam search, workers with contract rules only;
 * in the default at 1 since session 10, 0 leaves it out), {@code pair} (adds {@code PairRowRebuild}: two workers
 * with contract rules keep or swap their assignments day by day over 7–28 days, the cheapest pair of rows by a beam
 * search; in the default at 0.5 since session 11, 0 leaves it out), {@code split} ({@code SplitRowRebuild}:
 * one worker's row over two separate windows of 7–14 days, the days between fixed; in the default at 0.5 since session
 * 12), {@code repair} ({@code RepairRowRebuild}: {@code RowRebuild} drawn around a contract rule a row breaks now; in
 * the default at 2 since session 12, and the row phase's moves), {@code splitrepair} (adds
 * {@code SplitRepairRowRebuild}: {@code RepairRowRebuild}'s window of at most 14 days around a broken rule and a second
 * window of 7&ndash;14 days elsewhere in the row, searched together; session 13), {@code chain}
 * ({@code ChainRowRebuild}: a {@code PairRowRebuild} exchange followed by a cheaper row for each of the two workers; in
 * the default at 1 since session 14, 0 leaves it out), {@code hours}
 * (adds {@code HoursToTarget}: a worker below its monthly target takes a slot of that month from a worker above target,
 * or an empty required head; not in the default); {@code clashfilter=off}
 * drops the {@code ClashFilter} from the change and swap moves; {@code rr=W:MIN:MAX} adds Timefold's ruin-and-recreate moves
 * (weight W, MIN to MAX slots ruined). The acceptor and forager keys change the late acceptance (first and last local
 * search phase), not the restarts; {@code restart=off} leaves one late-acceptance phase (the default before session 6),
 * {@code restart=U:T:N[:R]} sets the restarts ({@link RosterSolverConfig#withRestarts}: after U unimproved steps, R
 * simulated annealings from temperature T over N steps each); U and N may be {@code MIN/K}, {@code max(MIN, K × slots)}
 * steps for the problem solved ({@code restart=5000/2.5:0hard/100medium/30soft:20000}: a trigger of 2.5 unimproved
 * steps per slot, at least 5,000). {@code trace=on} prints a line per phase
 * start and end and per better roster (phase, step, CPU seconds, score), to see when a trigger would have fired.
 * {@code moves=single} draws the same kinds with the same weights from one {@code RosterMoves} iterator instead of
 * Timefold's union of selectors (benchmarks/PERFORMANCE.md, "Sixth round"); {@code moves=union} is the default.
 * {@code order=calendar|week_priority|priority} fills the slots in that {@link RosterConstruction.Order};
 * {@code construction=full} constructs every roster as before session 15 (not left to the row phase,
 * {@link RosterConstruction#beforeRowPhase}), {@code construction=off} constructs none (the slots stay empty);
 * {@code early=la:N:S} or {@code early=schc:N:S} puts a local search phase of S steps (a number or {@code MIN/K})
 * with that acceptor (late acceptance or step counting hill climbing of size N) over the default moves before the
 * first late-acceptance phase (whose restart trigger then counts from there), with {@code earlymoves=KEY} one
 * move kind only (a key of the weights below, e.g. {@code row}), and with {@code early=la:N:S:U} also ending after U
 * steps without a better roster; on a problem with contract rules the default's row phase comes first (before
 * any early phase; {@code rowphase=off} leaves it out, {@code rowphase=U} ends it after U unimproved steps or once
 * feasible, {@code rowphase=U:stall} only after U unimproved steps; {@code rowmoves=KEY} or {@code KEY+KEY...} draws
 * the row phase's moves from those kinds instead of its default, each {@code KEY:W} at selection weight W, e.g.
 * {@code rowmoves=repair:9+row:1+splitrepair:3});
 * {@code firststeps=S} ends the first
 * late-acceptance phase after S steps (a number or {@code MIN/K}) if its unimproved-step trigger has not ended it
 * before (the trigger counts better rosters at any level, so soft gains keep it from firing while the medium level
 * is stuck). {@code calcs=N} also stops the solver after N score calculations (construction included): with a CPU
 * budget large enough never to stop it first, a fixed amount of work, so that the same seed takes the same path at any
 * load (the CPU seconds a run gets through vary by 20 % with what runs on the other core). {@code stop=N} ends the solve
 * at the first step end after N score calculations while the termination stays as it is: with {@code calcs=} far
 * beyond N it is the best roster after N calculations of a long run. Timefold's simulated annealing (the restarts)
 * cools by the phase's time gradient, the larger of its step count's and the solver termination's, so under
 * {@code calcs=500000} alone a restart that starts at ~350,000 calculations (hagi, seed 1) starts ~70 % cooled and
 * reaches zero at 500,000, which a 600 s run at its 10 s mark does not ({@code stop=500000,calcs=30000000}: 1.7 % of
 * the way, as at 10 s of 600 s; benchmarks/PERFORMANCE.md, "Session 10").
 */
public final class SearchTuning {
    private SearchTuning() {
    }

    public static void main(String[] args) {
        if (args.length < 4) {
            System.err.println("usage: SearchTuning <cpu-seconds> <seed> <spec|default> <preset|InstanceN.txt>...");
            System.exit(1);
        }
        double cpuSeconds = Double.parseDouble(args[0]);
        long seed = Long.parseLong(args[1]);
        Map<String, String> spec = parse(args[2]);
        for (int i = 3; i < args.length; i++) {
            run(args[i], cpuSeconds, seed, args[2], spec);
        }
    }

    static Map<String, String> parse(String text) {
        Map<String, String> spec = new LinkedHashMap<>();
        if (text.equals("default")) {
            return spec;
        }
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("spec part without '=': " + part);
            }
            spec.put(kv[0], kv[1]);
        }
        return spec;
    }

    static SolverConfig configure(Map<String, String> spec, long seed) {
        return configure(spec, seed, 0, false);
    }

    /**
     * A {@code restart=} number: {@code N} steps, or {@code MIN/K} for {@code max(MIN, ceil(K × slots))} steps of the
     * problem solved.
     */
    static int steps(String number, int slots) {
        String[] parts = number.split("/", 2);
        return parts.length == 1 ? Integer.parseInt(number)
                : RosterSolverConfig.perSlot(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), slots);
    }

    static SolverConfig configure(Map<String, String> spec, long seed, int slots) {
        return configure(spec, seed, slots, false);
    }

    /**
     * The default for a problem of {@code slots} slots, changed as {@code spec} says; {@code rows}: the problem has
     * workers with contract rules, so the default starts with the row phase ({@code rowphase=off} leaves it out,
     * {@code rowphase=U} ends it after U unimproved steps).
     */
    static SolverConfig configure(Map<String, String> spec, long seed, int slots, boolean rows) {
        SolverConfig config = RosterSolverConfig.create(null, RosterSolverConfig.DEFAULT, slots);
        config.setRandomSeed(seed);
        if (spec.containsKey("dla")) {
            config.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
        }
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        if (rows && !"off".equals(spec.get("rowphase"))) {
            // As RosterSolverConfig.create with rows: the construction leaves every row to the row phase when it can.
            phases.set(0, RosterSolverConfig.construction(true));
        }
        // The last phase is the late acceptance without a limit; the first local search phase shares its moves.
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        tune(search, spec);
        String restart = spec.get("restart");
        if (restart != null) {
            phases = new ArrayList<>(phases.subList(0, 1));
            if (restart.equals("off")) {
                phases.add(search);
            } else {
                String[] parts = restart.split(":");
                phases.addAll(RosterSolverConfig.withRestarts(search, steps(parts[0], slots), parts[1],
                        steps(parts[2], slots), parts.length > 3 ? Integer.parseInt(parts[3]) : RosterSolverConfig.RESTARTS));
            }
            config.setPhaseConfigList(phases);
        } else {
            LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) phases.get(1);
            first.setAcceptorConfig(search.getAcceptorConfig());
            first.setForagerConfig(search.getForagerConfig());
        }
        String calcs = spec.get("calcs");
        if (calcs != null) {
            // A fixed amount of work instead of CPU time: the same seed takes the same path at any machine load.
            config.setTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(Long.parseLong(calcs)));
        }
        String firstSteps = spec.get("firststeps");
        if (firstSteps != null) {
            // The first late-acceptance phase also ends after that many steps (whichever comes first).
            LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) phases.get(1);
            TerminationConfig limit = first.getTerminationConfig() == null ? new TerminationConfig()
                    : first.getTerminationConfig().copyConfig();
            first.setTerminationConfig(limit.withStepCountLimit(steps(firstSteps, slots)));
        }
        String order = spec.get("order");
        if (order != null) {
            phases.set(0, new CustomPhaseConfig().withCustomPhaseCommands(new RosterConstruction(
                    RosterConstruction.DEFAULT_CANDIDATES, RosterConstruction.DEFAULT_EVALUATION_BUDGET,
                    RosterConstruction.Order.valueOf(order.toUpperCase(Locale.ROOT)))));
        }
        String construction = spec.get("construction");
        if ("off".equals(construction)) {
            // The slots stay empty: the row phase (or the first local search) builds the roster.
            phases.set(0, new CustomPhaseConfig().withCustomPhaseCommands(
                    (ai.timefold.solver.core.api.solver.phase.PhaseCommand<Roster>) (director, terminated) -> { }));
        } else if ("full".equals(construction)) {
            // Session 14's default: the construction fills the slots even when the row phase could build every row.
            phases.set(0, RosterSolverConfig.construction(false));
        } else if (construction != null) {
            throw new IllegalArgumentException("construction=off or construction=full: " + construction);
        }
        String early = spec.get("early");
        if (early != null) {
            String[] parts = early.split(":");
            LocalSearchAcceptorConfig acceptor = switch (parts[0]) {
                case "la" -> new LocalSearchAcceptorConfig().withLateAcceptanceSize(Integer.parseInt(parts[1]));
                case "schc" -> new LocalSearchAcceptorConfig().withStepCountingHillClimbingSize(Integer.parseInt(parts[1]));
                default -> throw new IllegalArgumentException("early acceptor la or schc: " + early);
            };
            String earlyMoves = spec.get("earlymoves");
            MoveSelectorConfig<?> earlySelector = earlyMoves == null ? search.getMoveSelectorConfig()
                    : new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(pattern(earlyMoves));
            phases.add(1, new LocalSearchPhaseConfig().withMoveSelectorConfig(earlySelector)
                    .withAcceptorConfig(acceptor)
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                    .withTerminationConfig(parts.length > 3
                            ? new TerminationConfig().withStepCountLimit(steps(parts[2], slots))
                                    .withUnimprovedStepCountLimit(Integer.parseInt(parts[3]))
                            : new TerminationConfig().withStepCountLimit(steps(parts[2], slots))));
        }
        String rowPhase = spec.get("rowphase");
        if (rows && !"off".equals(rowPhase)) {
            LocalSearchPhaseConfig row = RosterSolverConfig.rowPhase();
            if (rowPhase != null) {
                String[] parts = rowPhase.split(":");
                row.setTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(Integer.parseInt(parts[0])));
                if (!(parts.length > 1 && parts[1].equals("stall"))) {
                    row.getTerminationConfig().setBestScoreFeasible(true);
                }
            }
            if (spec.containsKey("rowmoves")) {
                List<MoveSelectorConfig> kinds = new ArrayList<>();
                for (String part : spec.get("rowmoves").split("\\+")) {
                    String[] keyWeight = part.split(":", 2);
                    MoveIteratorFactoryConfig kind = new MoveIteratorFactoryConfig()
                            .withMoveIteratorFactoryClass(pattern(keyWeight[0]));
                    if (keyWeight.length > 1) {
                        kind.setFixedProbabilityWeight(Double.parseDouble(keyWeight[1]));
                    }
                    kinds.add(kind);
                }
                row.setMoveSelectorConfig(kinds.size() == 1 ? kinds.get(0) : new UnionMoveSelectorConfig(kinds));
            }
            phases.add(1, row);
        }
        config.setPhaseConfigList(phases);
        String moves = spec.getOrDefault("moves", "union");
        if (moves.equals("single")) {
            singleSelector(config);
        } else if (!moves.equals("union")) {
            throw new IllegalArgumentException("moves=union or moves=single, not " + moves);
        }
        return config;
    }

    /**
     * Every local search phase of {@code config} draws its moves (the same kinds and weights) from one
     * {@link RosterSolverConfig#asRosterMoves RosterMoves} iterator instead of Timefold's union of selectors.
     */
    static void singleSelector(SolverConfig config) {
        for (PhaseConfig<?> phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig search
                    && search.getMoveSelectorConfig() instanceof UnionMoveSelectorConfig union) {
                search.setMoveSelectorConfig(RosterSolverConfig.asRosterMoves(union));
            }
        }
    }

    private static void tune(LocalSearchPhaseConfig phase, Map<String, String> spec) {
        LocalSearchAcceptorConfig acceptor = null;
        for (Map.Entry<String, String> entry : spec.entrySet()) {
            String value = entry.getValue();
            switch (entry.getKey()) {
                case "la" -> acceptor = new LocalSearchAcceptorConfig().withLateAcceptanceSize(Integer.parseInt(value));
                case "dla" -> acceptor = new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(Integer.parseInt(value));
                case "sa" -> acceptor = new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature(value);
                case "schc" -> acceptor = new LocalSearchAcceptorConfig()
                        .withStepCountingHillClimbingSize(Integer.parseInt(value));
                case "tabu" -> acceptor = new LocalSearchAcceptorConfig().withEntityTabuRatio(Double.parseDouble(value));
                case "accepted" -> phase.setForagerConfig(
                        new LocalSearchForagerConfig().withAcceptedCountLimit(Integer.parseInt(value)));
                case "clashfilter" -> {
                    if (value.equals("off")) {
                        for (MoveSelectorConfig<?> child : ((UnionMoveSelectorConfig) phase.getMoveSelectorConfig())
                                .getMoveSelectorList()) {
                            child.setFilterClass(null);
                        }
                    }
                }
                case "rr" -> {
                    String[] parts = value.split(":");
                    ((UnionMoveSelectorConfig) phase.getMoveSelectorConfig()).getMoveSelectorList().add(
                            new RuinRecreateMoveSelectorConfig()
                                    .withMinimumRuinedCount(Integer.parseInt(parts[1]))
                                    .withMaximumRuinedCount(Integer.parseInt(parts[2]))
                                    .withFixedProbabilityWeight(Double.parseDouble(parts[0])));
                }
                case "restart", "trace", "moves", "order", "early", "earlymoves", "firststeps", "calcs", "stop",
                        "rowphase", "rowmoves", "construction" -> {
                    // phases, applied by configure(); the trace, printed by run()
                }
                case "change", "swap" -> weight(phase, entry.getKey(), Double.parseDouble(value));
                default -> {
                    if (!PATTERNS.containsKey(entry.getKey())) {
                        throw new IllegalArgumentException("unknown spec key " + entry.getKey());
                    }
                    weight(phase, entry.getKey(), Double.parseDouble(value));
                }
            }
        }
        if (acceptor != null) {
            phase.setAcceptorConfig(acceptor);
        }
    }

    /** The pattern moves by spec key; {@link #EXTRA_PATTERNS} are not in the default and are added when named. */
    private static final Map<String, Class<? extends PatternMoveFactory>> PATTERNS = Map.ofEntries(
            Map.entry("block", PatternMoveFactory.BlockSwap.class),
            Map.entry("weekend", PatternMoveFactory.Weekend.class),
            Map.entry("sameday", PatternMoveFactory.SameDayChange.class),
            Map.entry("otherday", PatternMoveFactory.OtherDayChange.class),
            Map.entry("balanced", PatternMoveFactory.BalancedTrade.class),
            Map.entry("nearswap", PatternMoveFactory.NearbySwap.class),
            Map.entry("eject", FillEmptyHead.class),
            Map.entry("wkfill", FillWeekendHead.class),
            Map.entry("commute", CommuteSwap.class),
            Map.entry("season", SeasonSwap.class),
            Map.entry("row", RowRebuild.class),
            Map.entry("pair", PairRowRebuild.class),
            Map.entry("split", SplitRowRebuild.class),
            Map.entry("repair", RepairRowRebuild.class),
            Map.entry("splitrepair", SplitRepairRowRebuild.class),
            Map.entry("chain", ChainRowRebuild.class),
            Map.entry("hours", HoursToTarget.class));
    private static final Set<String> EXTRA_PATTERNS =
            Set.of("otherday", "balanced", "nearswap", "wkfill", "commute", "hours", "splitrepair");

    /** The pattern move kind of a spec key. */
    private static Class<? extends PatternMoveFactory> pattern(String key) {
        Class<? extends PatternMoveFactory> kind = PATTERNS.get(key);
        if (kind == null) {
            throw new IllegalArgumentException("no move kind " + key + "; one of " + new java.util.TreeSet<>(PATTERNS.keySet()));
        }
        return kind;
    }

    private static void weight(LocalSearchPhaseConfig phase, String kind, double weight) {
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) phase.getMoveSelectorConfig();
        for (MoveSelectorConfig<?> child : union.getMoveSelectorList()) {
            boolean match = switch (kind) {
                case "change" -> child instanceof ChangeMoveSelectorConfig;
                case "swap" -> child instanceof SwapMoveSelectorConfig;
                default -> child instanceof MoveIteratorFactoryConfig factory
                        && factory.getMoveIteratorFactoryClass() == PATTERNS.get(kind);
            };
            if (match) {
                child.setFixedProbabilityWeight(weight);
                return;
            }
        }
        if (EXTRA_PATTERNS.contains(kind)) {
            union.getMoveSelectorList().add(new MoveIteratorFactoryConfig()
                    .withMoveIteratorFactoryClass(PATTERNS.get(kind))
                    .withFixedProbabilityWeight(weight));
            return;
        }
        throw new IllegalArgumentException("the default local search has no " + kind + " moves");
    }

    /** The required heads without a worker: per cover, the required headcount minus its assigned slots, if positive. */
    static int unfilledRequiredHeads(Roster roster) {
        Map<Cover, Integer> assigned = new IdentityHashMap<>();
        for (Slot slot : roster.getSlots()) {
            assigned.merge(slot.getCover(), slot.isAssigned() ? 1 : 0, Integer::sum);
        }
        int unfilled = 0;
        for (Map.Entry<Cover, Integer> entry : assigned.entrySet()) {
            unfilled += Math.max(0, entry.getKey().getRequiredHeadcount() - entry.getValue());
        }
        return unfilled;
    }

    private static void run(String problem, double cpuSeconds, long seed, String specText, Map<String, String> spec) {
        Roster roster = Problem.roster(problem, 1);
        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(configure(spec, seed, roster.getSlots().size(),
                RowRebuild.rebuilds(roster)))
                .buildSolver();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long solverThread = Thread.currentThread().getId();
        long start = threads.getThreadCpuTime(solverThread);
        long budget = (long) (cpuSeconds * 1e9);
        long[] steps = {0};
        boolean trace = "on".equals(spec.get("trace"));
        long stop = Long.parseLong(spec.getOrDefault("stop", "0"));
        String name = Path.of(problem).getFileName().toString().replace(".txt", "");
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<Roster> scope) {
                if (trace) {
                    System.out.printf(Locale.ROOT, "trace\t%s\tphase %d start\tcpu %.2f\tslots %d\t%s%n", name,
                            scope.getPhaseIndex(), (threads.getThreadCpuTime(solverThread) - start) / 1e9,
                            scope.getWorkingSolution().getSlots().size(), scope.getBestScore());
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<Roster> stepScope) {
                if (stop > 0 && stepScope.getPhaseScope().getSolverScope().getScoreCalculationCount() >= stop) {
                    solver.terminateEarly();
                }
                if (trace && Boolean.TRUE.equals(stepScope.getBestScoreImproved())) {
                    System.out.printf(Locale.ROOT, "trace\t%s\tphase %d step %d\tcpu %.2f\t%s%n", name,
                            stepScope.getPhaseScope().getPhaseIndex(), stepScope.getStepIndex(),
                            (threads.getThreadCpuTime(solverThread) - start) / 1e9, stepScope.getScore());
                }
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<Roster> scope) {
                if (scope instanceof LocalSearchPhaseScope<Roster>) {
                    steps[0] += scope.getNextStepIndex();
                }
                if (trace) {
                    System.out.printf(Locale.ROOT, "trace\t%s\tphase %d end\tcpu %.2f\tsteps %d\t%s%n", name,
                            scope.getPhaseIndex(), (threads.getThreadCpuTime(solverThread) - start) / 1e9,
                            scope.getNextStepIndex(), scope.getBestScore());
                }
            }
        });
        Thread watcher = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (threads.getThreadCpuTime(solverThread) - start >= budget) {
                    solver.terminateEarly();
                    return;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-budget");
        watcher.setDaemon(true);
        watcher.start();
        Roster best = solver.solve(roster);
        watcher.interrupt();
        System.out.printf(Locale.ROOT, "%s\t%s\tseed %d\t%.0f CPU s\t%s\t%,d steps\t%,d calculations\t%,d unfilled%n",
                name, specText, seed, cpuSeconds, best.getScore(), steps[0], solver.getScoreCalculationCount(),
                unfilledRequiredHeads(best));
    }
}
