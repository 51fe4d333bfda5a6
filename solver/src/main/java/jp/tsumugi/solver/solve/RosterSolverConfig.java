package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.entity.pillar.PillarSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.PillarSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SubPillarType;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import jp.tsumugi.solver.solve.move.ChainRowRebuild;
import jp.tsumugi.solver.solve.move.ClashFilter;
import jp.tsumugi.solver.solve.move.FillEmptyHead;
import jp.tsumugi.solver.solve.move.PairRowRebuild;
import jp.tsumugi.solver.solve.move.PatternMoveFactory;
import jp.tsumugi.solver.solve.move.RosterMoves;
import jp.tsumugi.solver.solve.move.RepairRowRebuild;
import jp.tsumugi.solver.solve.move.RowRebuild;
import jp.tsumugi.solver.solve.move.SplitRepairRowRebuild;
import jp.tsumugi.solver.solve.move.SplitRowRebuild;
import jp.tsumugi.solver.solve.move.SeasonSwap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The one solver configuration that the facade, the web app's SolverManager and the benchmarks all use, so that what
 * is measured is what users run.
 *
 * <p>Construction: {@link RosterConstruction}, over the slots in calendar order (the roster keeps them sorted by
 * start; {@link RosterConstruction.Order} has the alternatives measured in session 8). Each slot gets the best of at least {@link RosterConstruction#DEFAULT_CANDIDATES} workers who could take it
 * (the nearest and the least loaded; every one of them when the open slots are few), given everything placed before, which is how a person fills a year by hand:
 * linear in the year and bounded per slot. Timefold's FIRST_FIT, used before, evaluated every worker for every slot,
 * slots × (workers + 1) score calculations: fine on the small presets, 94 million on {@code prefecture}. Before the
 * row phase ({@link #rowPhase}), a roster whose every worker has contract rules, whose slots × workers reach
 * {@link RosterConstruction#ROW_PHASE_FROM_EMPTY_EVALUATIONS} and whose plan is at most
 * {@link RosterConstruction#ROW_PHASE_FROM_EMPTY_MAX_DAYS} days is not constructed: the row phase builds its rows from
 * the empty roster ({@link RosterConstruction#beforeRowPhase}, since session 15).
 *
 * <p>Column generation: with a time limit, after the row phase, {@link ColumnGenerationPhase} (a master problem over
 * whole rows, its relaxation by ojAlgo, rows priced by the row search, a dive to one row per worker) for at most
 * {@link #COLUMN_GENERATION_SHARE} of the limit, on rosters of at most {@link ColumnGenerationPhase#MAX_WORKER_DAYS}
 * worker-days whose every worker has contract rules and where only the rules it prices weigh (the small Curtois
 * instances; it does nothing on a cooperative's roster). Since session 18.
 *
 * <p>Local search: late acceptance with a short memory (size 10, one accepted move per step) over change moves (give
 * a slot to another worker or leave it empty), swap moves (two slots trade workers) and pattern moves
 * ({@link PatternMoveFactory}: two workers trade a block of 1–7 days, a weekend is handed over or left empty, a worker
 * moves to an empty slot of another cover the same day) and {@link FillEmptyHead} (an ejection chain that fills an
 * empty required head: a worker takes it and drops a slot the next worker takes, 1–3 workers), selected
 * 4 : 2 : 1 : 1 : 1 : 0.5, then {@link SeasonSwap} (0.5) and {@link RowRebuild} (1: one worker's best row over
 * 7&ndash;28 days, found by a beam search that prices the contract rules as the score does; only workers with contract
 * rules, so only the Curtois rosters draw it), {@link PairRowRebuild} (0.5: two such workers exchange days),
 * {@link RepairRowRebuild} (2: a row rebuilt around a rule some row breaks) and {@link SplitRowRebuild} (0.5: a row over
 * two separate windows). Pattern moves reach rosters that
 * single-slot moves only reach through a worse one (a weekend counts as worked if either day is). Measured side by side
 * on a busy 2-core machine (load 10–12, one run each, 60 s): hagi −173,850 against −206,010 medium without them,
 * medium −622,260 against −812,610, although each evaluation costs more (19,900 against 28,000 score calculations per
 * CPU second on hagi); on the Curtois Instances 2, 4 and 6 they made 20 CPU seconds feasible where the change and swap
 * moves alone left weekend and day-off breaks (benchmarks/CURTOIS.md).
 *
 * <p>{@link FillEmptyHead} joined the default in session 8 at weight 0.5 (benchmarks/CURTOIS.md, "Session 8: filling
 * empty heads" and "the weight"): at weight 1 with {@code SearchTuning} (CPU seconds, load 5&ndash;10), hagi better on
 * every seed (seeds 1&ndash;5, medium mean &minus;171,990 against &minus;173,298 at 10 CPU s) and medium at 60 CPU s
 * &minus;480,780 and &minus;480,600 against &minus;492,690 and &minus;493,860 (seeds 1, 2), but Curtois Instance2
 * worse and fewer Curtois runs feasible; with a fixed 1.9 million score calculations (about 60 s) medium reached
 * &minus;479,490 and &minus;482,550 at weight 0.5, &minus;480,720 at 1 and &minus;491,190 without it, and at weight
 * 0.5 Instance2 is as without it.
 *
 * <p>Restarts ({@link #withRestarts}): late acceptance of size 10 settles in a local optimum (Curtois Instance2 found
 * its best after 5 s of 60, hagi nothing after 59 s of 600). After {@link #restartTrigger} steps without a better
 * roster ({@link #RESTART_AFTER_UNIMPROVED_STEPS}, or {@link #RESTART_UNIMPROVED_STEPS_PER_SLOT} per slot on problems
 * of more than 2,000 slots; see below) the first phase ends and each following phase starts from the best roster so far (Timefold
 * resets the working solution to the best between phases): simulated annealing over the same moves, from
 * {@link #RESTART_TEMPERATURE} (never a worse hard score) cooling to zero over {@link #RESTART_STEPS} steps, so it
 * leaves the optimum and settles again elsewhere; the best of all phases is the result. Measured with
 * {@code SearchTuning} (20 CPU s, seeds 2–6, Curtois Instances 2–5 and 9, against the single phase): better 10 times,
 * worse 4, equal 6, the mean objective per instance 0.1–8.8 % lower (Instance2 933–1029 against 1026–1128); hagi and
 * medium at 60 CPU s equal (the first phase still finds small improvements there, so the restarts rarely start). Over
 * 10 minutes: hagi −171,930 medium against −173,010 for late acceptance alone (which stalls there after ~80 s), Curtois
 * 1–12 at 60 s 10 of 11 feasible with Instance1 at its optimum; but {@code medium} −482,670 against −479,760: there late
 * acceptance was still crawling when the trigger fired (91 s) and each anneal takes ~70 s. benchmarks/PERFORMANCE.md,
 * "Fourth round (b)".
 *
 * <p>The trigger therefore grows with the problem ({@link #restartTrigger}, session 7): at least 5,000 unimproved
 * steps, and 2.5 per slot above 2,000 slots, which is the patience that worked on hagi (1,869 slots, 2.7 per slot)
 * carried over to larger rosters; every problem of up to 2,000 slots (hagi, Curtois 1&ndash;12, where the restarts
 * were measured to help) takes exactly the path it took before. Timefold builds a phase's termination before it sees
 * the problem and its termination classes are sealed, so the number is fixed where the problem is known:
 * {@link #forProblem} ({@link RosterSolver}, the benchmarks) and {@link ProblemSolverFactory} (the web app's one
 * {@code SolverManager}); {@link #create(SolveLimits)} is the configuration for an unknown size (the minimum).
 * Measured with {@code SearchTuning} (CPU seconds, load 8&ndash;18): on {@code medium} the 5,000-step trigger fired at
 * 101 CPU s (seed 1) and 134 CPU s (seed 2), 18,320 steps never passed within 242 and 200 CPU s (the longest stretches
 * without a better roster were 5,418 and 7,655 steps), and late acceptance alone was ahead at the medium level:
 * &minus;487,110 against &minus;488,460 at 189 CPU s (seed 1, after the first 20,000-step anneal, which took 88 CPU s)
 * and &minus;487,140 against &minus;488,760 at 200 CPU s (seed 2); seed 3 fired neither within 180 CPU s (equal,
 * &minus;485,310). The gain (0.3 %) is about the spread between seeds. benchmarks/PERFORMANCE.md, "Fifth round (b)".
 *
 * <p>The change and swap moves pass through {@link ClashFilter}: a move that would give a worker a slot overlapping
 * another of its slots (a double booking, always penalised as hard) is not evaluated. Drawn at random such moves are
 * common, and leaving them out raised the local-search steps per CPU second by 5–50 % (most on {@code medium} and on
 * the large Curtois instances); at 20 CPU seconds (seeds 2 and 3, side by side) hagi reached −171,990 and −172,230 medium
 * against −172,530 and −173,130 without it, medium −505,920 and −511,920 against −523,380 and −544,680
 * (benchmarks/PERFORMANCE.md, "Third round (a)").
 *
 * <p>Before the pattern moves (now {@link Variant#LATE_ACCEPTANCE_SHORT}), measured on a quiet 2-core
 * machine (one run each): hagi at 30 s, 0hard/-208770medium against -267360 for tabu search (entity tabu 2 %, 1,000
 * moves per step) and about -280000 for late acceptance of size 400; medium at 40 s, -924750medium against -1148400
 * for tabu search. Late acceptance of size 400 keeps accepting worse rosters for too long on these scores; on the
 * Curtois instances size 10 also reached feasibility where 400 and tabu search did not.
 *
 * <p>Sub-pillar moves in SEQUENCE mode (a run of a worker's consecutive slots moves to another worker at once) are
 * available as a variant but not the default: measured on the hagi preset (1,869 slots, 30 s, busy 2-core machine),
 * keeping the sorted pillars up to date cost 31 % of the solver's time, the move evaluation speed fell from 10,000 to
 * 3,300 per CPU-second, and the roster was worse (unfilled 5,457 h vs 5,103 h). The benchmarks module compares the
 * variants.
 */
public final class RosterSolverConfig {
    public static final int LATE_ACCEPTANCE_SIZE = 400;
    public static final int SHORT_LATE_ACCEPTANCE_SIZE = 10;

    private RosterSolverConfig() {
    }

    /** Alternatives the benchmarks compare with the default; users run {@link #DEFAULT}. */
    public enum Variant {
        /** Late acceptance (size 400) over change and swap moves. */
        LATE_ACCEPTANCE,
        /** Late acceptance with a short memory (size 10) over change and swap moves (the default before the pattern moves). */
        LATE_ACCEPTANCE_SHORT,
        /** Late acceptance over change, swap and sub-pillar (runs of consecutive slots) moves. */
        LATE_ACCEPTANCE_WITH_PILLARS,
        /** Tabu search (entity tabu) over change and swap moves. */
        TABU_SEARCH,
        /**
         * Late acceptance with a short memory (size 10) over change and swap moves and the pattern moves of
         * {@link PatternMoveFactory} (block swaps, weekends, same-day changes, {@link FillEmptyHead} chains,
         * {@link SeasonSwap}): the default.
         */
        LATE_ACCEPTANCE_PATTERNS
    }

    public static final Variant DEFAULT = Variant.LATE_ACCEPTANCE_PATTERNS;

    /**
     * The default for a problem of unknown size: the restarts start after {@link #RESTART_AFTER_UNIMPROVED_STEPS}
     * unimproved steps, as for any problem of up to {@link #RESTART_AFTER_UNIMPROVED_STEPS} /
     * {@link #RESTART_UNIMPROVED_STEPS_PER_SLOT} slots. Solving uses {@link #forProblem}.
     */
    public static SolverConfig create(SolveLimits limits) {
        return create(limits, DEFAULT);
    }

    /** As {@link #create(SolveLimits)} for a variant. */
    public static SolverConfig create(SolveLimits limits, Variant variant) {
        return create(limits, variant, 0);
    }

    /**
     * What solving {@code problem} runs: the default with the restarts scaled to its slots ({@link #restartTrigger}),
     * and the row phase ({@link #rowPhase}) when it has workers with contract rules.
     */
    public static SolverConfig forProblem(SolveLimits limits, Roster problem) {
        return forProblem(limits, DEFAULT, problem);
    }

    /** As {@link #forProblem(SolveLimits, Roster)} for a variant. */
    public static SolverConfig forProblem(SolveLimits limits, Variant variant, Roster problem) {
        return create(limits, variant, problem.getSlots().size(), RowRebuild.rebuilds(problem));
    }

    /** The configuration for a problem of {@code slots} slots (0 when unknown), without a row phase. */
    public static SolverConfig create(SolveLimits limits, Variant variant, int slots) {
        return create(limits, variant, slots, false);
    }

    /**
     * The configuration for a problem of {@code slots} slots (0 when unknown); {@code rows}: the problem has workers
     * with contract rules, and the default starts its local search with the row phase ({@link #rowPhase}), after a
     * construction that leaves the large rosters of such workers to it ({@link RosterConstruction#beforeRowPhase}).
     */
    public static SolverConfig create(SolveLimits limits, Variant variant, int slots, boolean rows) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (rows && variant == Variant.LATE_ACCEPTANCE_PATTERNS) {
            phases.add(construction(true));
            phases.add(rowPhase());
            if (limits != null && limits.spent() != null) {
                phases.add(columnGeneration(limits.spent()));
            }
        } else {
            phases.add(constructionHeuristic());
        }
        phases.addAll(localSearchPhases(variant, slots));
        SolverConfig config = model().withPhaseList(phases);
        if (limits != null) {
            config.setTerminationConfig(termination(limits));
            if (limits.environmentMode() != null) {
                config.setEnvironmentMode(limits.environmentMode());
            }
        }
        return config;
    }


    /**
     * For score analysis, explanations and {@code recommendAssignment} (who could cover a slot): the same model and
     * constraints, and Timefold's FIRST_FIT as the one construction heuristic phase, which the recommendation API
     * requires and uses to try every worker on the one slot asked about.
     */
    public static SolverConfig forAnalysis() {
        return model().withPhases(firstFit());
    }

    /** The model and the constraints, without phases. */
    private static SolverConfig model() {
        return new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class);
    }

    static PhaseConfig<?> constructionHeuristic() {
        return construction(false);
    }

    /**
     * The construction phase: {@link RosterConstruction}, or with {@code rowPhaseFollows} the one that leaves a large
     * roster of workers with contract rules to the row phase ({@link RosterConstruction#beforeRowPhase}).
     */
    public static PhaseConfig<?> construction(boolean rowPhaseFollows) {
        return new CustomPhaseConfig().withCustomPhaseCommands(
                rowPhaseFollows ? RosterConstruction.beforeRowPhase() : new RosterConstruction());
    }

    /** Timefold's FIRST_FIT over every worker for every slot (what {@link RosterConstruction} replaced in solving). */
    static ConstructionHeuristicPhaseConfig firstFit() {
        return new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT);
    }

    /**
     * The local search phases: for {@link Variant#LATE_ACCEPTANCE_PATTERNS} (the default) late acceptance until
     * {@link #restartTrigger} steps (for the problem's slots) found no better roster, then restarts from the best roster
     * (Timefold hands each phase the best solution so far): simulated annealing from {@link #RESTART_TEMPERATURE} cooling
     * to zero over {@link #RESTART_STEPS} steps, {@link #RESTARTS} times, and late acceptance again for whatever time is
     * left. The other variants are one phase.
     */
    static List<LocalSearchPhaseConfig> localSearchPhases(Variant variant, int slots) {
        if (variant != Variant.LATE_ACCEPTANCE_PATTERNS) {
            return List.of(localSearch(variant));
        }
        return withRestarts(localSearch(variant), restartTrigger(slots), RESTART_TEMPERATURE, RESTART_STEPS, RESTARTS);
    }

    /**
     * Unimproved late-acceptance steps before the first restart on a problem of {@code slots} slots:
     * {@code max(RESTART_AFTER_UNIMPROVED_STEPS, ceil(RESTART_UNIMPROVED_STEPS_PER_SLOT × slots))}.
     */
    public static int restartTrigger(int slots) {
        return perSlot(RESTART_AFTER_UNIMPROVED_STEPS, RESTART_UNIMPROVED_STEPS_PER_SLOT, slots);
    }

    /** {@code max(minimum, ceil(perSlot × slots))}, at most {@link Integer#MAX_VALUE}. */
    public static int perSlot(int minimum, double perSlot, int slots) {
        return (int) Math.max(minimum, Math.min(Integer.MAX_VALUE, Math.ceil(perSlot * slots)));
    }

    /**
     * {@code search} until {@code unimprovedSteps} steps found nothing better, then {@code restarts} phases of
     * simulated annealing over the same moves, each from the best roster so far and cooling from {@code temperature}
     * to zero over {@code steps} steps, then {@code search} again without a limit of its own (the benchmarks' tuning
     * harness varies the numbers).
     */
    public static List<LocalSearchPhaseConfig> withRestarts(LocalSearchPhaseConfig search, int unimprovedSteps,
            String temperature, int steps, int restarts) {
        List<LocalSearchPhaseConfig> phases = new ArrayList<>();
        phases.add(new LocalSearchPhaseConfig().withMoveSelectorConfig(search.getMoveSelectorConfig())
                .withAcceptorConfig(search.getAcceptorConfig()).withForagerConfig(search.getForagerConfig())
                .withTerminationConfig(new TerminationConfig().withUnimprovedStepCountLimit(unimprovedSteps)));
        for (int i = 0; i < restarts; i++) {
            phases.add(new LocalSearchPhaseConfig()
                    .withMoveSelectorConfig(search.getMoveSelectorConfig())
                    .withAcceptorConfig(new LocalSearchAcceptorConfig()
                            .withSimulatedAnnealingStartingTemperature(temperature))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                    .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps)));
        }
        phases.add(search);
        return phases;
    }

    /**
     * Unimproved late-acceptance steps after which the default local search restarts from the best roster, at least
     * ({@link #restartTrigger}).
     */
    public static final int RESTART_AFTER_UNIMPROVED_STEPS = 5_000;
    /** Unimproved late-acceptance steps per slot before the first restart, when more than the minimum. */
    public static final double RESTART_UNIMPROVED_STEPS_PER_SLOT = 2.5;
    /** Each restart's simulated annealing starting temperature (hard moves that break a rule are never accepted). */
    public static final String RESTART_TEMPERATURE = "0hard/100medium/30soft";
    /** Steps of each restart (cooling from {@link #RESTART_TEMPERATURE} to zero). */
    public static final int RESTART_STEPS = 20_000;
    /** Restarts before the last, unlimited late-acceptance phase. */
    public static final int RESTARTS = 100;

    /**
     * The configuration for a fixed amount of work (tests, the speed harness): construction, then the first local
     * search phase for {@code steps} steps, without restarts, so the same seed gives the same roster on any machine.
     */
    public static SolverConfig fixedSteps(SolverConfig config, int steps) {
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList().subList(0, 2));
        phases.get(1).setTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
        config.setPhaseConfigList(phases);
        return config;
    }

    static LocalSearchPhaseConfig localSearch(Variant variant) {
        PillarChangeMoveSelectorConfig pillarChange = new PillarChangeMoveSelectorConfig()
                .withSubPillarType(SubPillarType.SEQUENCE)
                .withSubPillarSequenceComparatorClass(SlotStartComparator.class)
                .withPillarSelectorConfig(new PillarSelectorConfig().withMaximumSubPillarSize(14));
        PillarSwapMoveSelectorConfig pillarSwap = new PillarSwapMoveSelectorConfig()
                .withSubPillarType(SubPillarType.SEQUENCE)
                .withSubPillarSequenceComparatorClass(SlotStartComparator.class)
                .withPillarSelectorConfig(new PillarSelectorConfig().withMaximumSubPillarSize(14));
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ChangeMoveSelectorConfig().withFilterClass(ClashFilter.class).withFixedProbabilityWeight(4.0),
                new SwapMoveSelectorConfig().withFilterClass(ClashFilter.class).withFixedProbabilityWeight(2.0)));
        if (variant == Variant.LATE_ACCEPTANCE_PATTERNS) {
            moves.add(pattern(PatternMoveFactory.BlockSwap.class, PATTERN_WEIGHT));
            moves.add(pattern(PatternMoveFactory.Weekend.class, PATTERN_WEIGHT));
            moves.add(pattern(PatternMoveFactory.SameDayChange.class, PATTERN_WEIGHT));
            moves.add(pattern(FillEmptyHead.class, FILL_EMPTY_HEAD_WEIGHT));
            // Last: on a roster without demand patterns it has nothing to draw, and the union then draws exactly as
            // without it (PatternMoveFactory.canDraw), so Curtois rosters keep their path.
            moves.add(pattern(SeasonSwap.class, SEASON_SWAP_WEIGHT));
            // Only workers with contract rules (the Curtois rows): without them it has nothing to draw either.
            moves.add(pattern(RowRebuild.class, ROW_REBUILD_WEIGHT));
            // Two workers with contract rules exchanging days: nothing to draw with fewer than two of them either.
            moves.add(pattern(PairRowRebuild.class, PAIR_ROW_REBUILD_WEIGHT));
            // A row rebuilt where a rule is broken, and a row over two windows: contract rules only, as RowRebuild.
            moves.add(pattern(RepairRowRebuild.class, REPAIR_ROW_REBUILD_WEIGHT));
            moves.add(pattern(SplitRowRebuild.class, SPLIT_ROW_REBUILD_WEIGHT));
            // An exchange of two such workers followed by a row for each: contract rules only, two of them at least.
            moves.add(pattern(ChainRowRebuild.class, CHAIN_ROW_REBUILD_WEIGHT));
        }
        if (variant == Variant.LATE_ACCEPTANCE_WITH_PILLARS) {
            moves.add(pillarChange.withFixedProbabilityWeight(1.0));
            moves.add(pillarSwap.withFixedProbabilityWeight(1.0));
        }
        LocalSearchPhaseConfig phase = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(moves));
        if (variant == Variant.TABU_SEARCH) {
            return phase.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuRatio(0.02))
                    .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000));
        }
        int size = variant == Variant.LATE_ACCEPTANCE_SHORT || variant == Variant.LATE_ACCEPTANCE_PATTERNS
                ? SHORT_LATE_ACCEPTANCE_SIZE : LATE_ACCEPTANCE_SIZE;
        return phase.withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * The same move kinds and weights as {@code union} (change and swap moves with {@link ClashFilter}, the pattern
     * moves or any other move iterator factory), drawn by one {@link RosterMoves} iterator instead of Timefold's union
     * of selectors (benchmarks/PERFORMANCE.md, "Sixth round"). Not the same random path as the union.
     *
     * @throws IllegalArgumentException for a child {@link RosterMoves} cannot draw (a change or swap selector without
     *         the clash filter or with selector settings of its own, a filtered or configured move iterator factory,
     *         another kind of selector)
     */
    public static MoveIteratorFactoryConfig asRosterMoves(UnionMoveSelectorConfig union) {
        StringJoiner kinds = new StringJoiner(";");
        for (MoveSelectorConfig<?> child : union.getMoveSelectorList()) {
            double weight = child.getFixedProbabilityWeight() == null ? 1.0 : child.getFixedProbabilityWeight();
            String name;
            if (child instanceof ChangeMoveSelectorConfig change && change.getFilterClass() == ClashFilter.class
                    && change.getEntitySelectorConfig() == null && change.getValueSelectorConfig() == null) {
                name = "change";
            } else if (child instanceof SwapMoveSelectorConfig swap && swap.getFilterClass() == ClashFilter.class
                    && swap.getEntitySelectorConfig() == null && swap.getSecondaryEntitySelectorConfig() == null) {
                name = "swap";
            } else if (child instanceof MoveIteratorFactoryConfig factory && factory.getFilterClass() == null
                    && factory.getMoveIteratorFactoryClass() != RosterMoves.class
                    && (factory.getMoveIteratorFactoryCustomProperties() == null
                            || factory.getMoveIteratorFactoryCustomProperties().isEmpty())) {
                name = factory.getMoveIteratorFactoryClass().getName();
            } else {
                throw new IllegalArgumentException("RosterMoves cannot draw " + child);
            }
            kinds.add(name + ":" + weight);
        }
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(RosterMoves.class)
                .withMoveIteratorFactoryCustomProperties(Map.of("kinds", kinds.toString()));
    }

    /**
     * Steps without a better roster after which the row phase ends (each step one accepted row; a Curtois step takes
     * 1&ndash;20 ms).
     */
    public static final int ROW_PHASE_UNIMPROVED_STEPS = 500;
    /**
     * The row phase's draws: around broken rules, around a broken rule with a second window elsewhere (session 13), or
     * (all of them once none is broken) any row.
     */
    static final double ROW_PHASE_REPAIR_WEIGHT = 9.0;
    static final double ROW_PHASE_SPLIT_REPAIR_WEIGHT = 3.0;
    static final double ROW_PHASE_ROW_WEIGHT = 1.0;

    /**
     * The row phase, right after construction on problems with contract rules: {@link RepairRowRebuild} (rows rebuilt
     * around the rules construction left broken), {@link RowRebuild} and {@link SplitRepairRowRebuild} (a row rebuilt
     * around a broken rule and in a second window elsewhere) ({@link #ROW_PHASE_REPAIR_WEIGHT} :
     * {@link #ROW_PHASE_ROW_WEIGHT} : {@link #ROW_PHASE_SPLIT_REPAIR_WEIGHT}; {@link RowRebuild} alone until session 12,
     * without {@link SplitRepairRowRebuild} until session 13: Instance24 at 300 s then ended with rules broken, with it
     * feasible after 99 and 117 CPU s on seeds 1 and 2), accepting a
     * row no worse than the current roster (late acceptance of size 1), until the best roster keeps every hard rule or
     * {@link #ROW_PHASE_UNIMPROVED_STEPS} steps found nothing better. Construction leaves the large Curtois instances
     * with thousands of broken rules that one changed slot rarely repairs; a whole row at a time does
     * (benchmarks/CURTOIS.md, "Session 11").
     */
    public static LocalSearchPhaseConfig rowPhase() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                        pattern(RepairRowRebuild.class, ROW_PHASE_REPAIR_WEIGHT),
                        pattern(RowRebuild.class, ROW_PHASE_ROW_WEIGHT),
                        pattern(SplitRepairRowRebuild.class, ROW_PHASE_SPLIT_REPAIR_WEIGHT))))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(1))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig().withBestScoreFeasible(true)
                        .withUnimprovedStepCountLimit(ROW_PHASE_UNIMPROVED_STEPS));
    }

    /** The share of the solve's time limit the column generation phase may take ({@link #columnGeneration}). */
    public static final double COLUMN_GENERATION_SHARE = 0.6;

    /**
     * The column generation phase ({@link ColumnGenerationPhase}), after the row phase on small rosters whose every
     * worker has contract rules (it does nothing on others), for at most {@link #COLUMN_GENERATION_SHARE} of
     * {@code spent}; the local search goes on from the better of its roster and the row phase's. Only with a time
     * limit: the configurations for a fixed amount of work (tests, tuning) keep their paths.
     */
    public static CustomPhaseConfig columnGeneration(java.time.Duration spent) {
        return new CustomPhaseConfig().withCustomPhaseCommands(new ColumnGenerationPhase())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(
                        java.time.Duration.ofMillis(Math.round(spent.toMillis() * COLUMN_GENERATION_SHARE))));
    }

    /** Selection weight of each pattern move kind, against change 4 and swap 2. */
    static final double PATTERN_WEIGHT = 1.0;
    /**
     * Selection weight of {@link FillEmptyHead}: at 1 it cost Curtois Instance2 and more Curtois runs their
     * feasibility; at 0.5 medium gains as much and Instance2 loses nothing (benchmarks/CURTOIS.md, session 8).
     */
    static final double FILL_EMPTY_HEAD_WEIGHT = 0.5;
    /**
     * Selection weight of {@link SeasonSwap} (fewer workers per member's season): at a fixed number of score
     * calculations, five seeds, weight 0.5 takes 5.1 % off {@code medium}'s soft penalty at about 60 s (every seed) and
     * 0.55 % off {@code hagi}'s at about 10 s, with the medium level 0.17 % worse on {@code medium} (within the seeds'
     * spread) and the same on {@code hagi}; weight 1 gains more soft (6.8 %) and costs the medium level 0.34 %
     * (benchmarks/PERFORMANCE.md, "Session 9: SeasonSwap in the default").
     */
    static final double SEASON_SWAP_WEIGHT = 0.5;
    /**
     * Selection weight of {@link RowRebuild} (one worker's best row over 7&ndash;28 days by a beam search; workers with
     * contract rules only, so the cooperative presets draw exactly as without it): benchmarks/CURTOIS.md, "Session 10:
     * rebuilding a row".
     */
    static final double ROW_REBUILD_WEIGHT = 1.0;
    /**
     * Selection weight of {@link PairRowRebuild} (two workers with contract rules keep or swap their assignments day by
     * day over 7&ndash;28 days, the cheapest pair of rows; only where two such workers exist): benchmarks/CURTOIS.md,
     * "Session 11: two workers exchanging days".
     */
    static final double PAIR_ROW_REBUILD_WEIGHT = 0.5;
    /**
     * Selection weight of {@link RepairRowRebuild} ({@link RowRebuild} drawn around a contract rule some row breaks
     * now; nothing to draw once none does): benchmarks/CURTOIS.md, "Session 12".
     */
    static final double REPAIR_ROW_REBUILD_WEIGHT = 2.0;
    /**
     * Selection weight of {@link SplitRowRebuild} (one worker's row over two separate windows of 7&ndash;14 days):
     * benchmarks/CURTOIS.md, "Session 12".
     */
    static final double SPLIT_ROW_REBUILD_WEIGHT = 0.5;
    /**
     * Selection weight of {@link ChainRowRebuild} (a {@link PairRowRebuild} exchange, drawn where two workers each work
     * one day of a weekend, followed by a cheaper row for each): benchmarks/CURTOIS.md, "Session 14".
     */
    static final double CHAIN_ROW_REBUILD_WEIGHT = 1.0;

    private static MoveIteratorFactoryConfig pattern(Class<? extends PatternMoveFactory> factory, double weight) {
        return new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(factory).withFixedProbabilityWeight(weight);
    }

    static TerminationConfig termination(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig();
        if (limits.spent() != null) {
            termination.setSpentLimit(limits.spent());
        }
        if (limits.unimproved() != null) {
            termination.setUnimprovedSpentLimit(limits.unimproved());
        }
        if (limits.bestScoreLimit() != null) {
            termination.setBestScoreLimit(limits.bestScoreLimit());
        }
        return termination;
    }
}
