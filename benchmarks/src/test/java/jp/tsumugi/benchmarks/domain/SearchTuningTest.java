package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import jp.tsumugi.solver.solve.RosterConstruction;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.move.RosterMoves;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.move.CommuteSwap;
import jp.tsumugi.solver.solve.move.FillEmptyHead;
import jp.tsumugi.solver.solve.move.FillWeekendHead;
import jp.tsumugi.solver.solve.move.PairRowRebuild;
import jp.tsumugi.solver.solve.move.RepairRowRebuild;
import jp.tsumugi.solver.solve.move.RowRebuild;
import jp.tsumugi.solver.solve.move.ChainRowRebuild;
import jp.tsumugi.solver.solve.move.SplitRepairRowRebuild;
import jp.tsumugi.solver.solve.move.SplitRowRebuild;
import jp.tsumugi.solver.solve.move.HoursToTarget;
import jp.tsumugi.solver.solve.move.SeasonSwap;
import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tuning harness's spec: acceptor keys change the late acceptance, {@code restart=} the phases after it. */
class SearchTuningTest {

    @Test
    void defaultSpecIsWhatUsersRun() {
        assertThat(SearchTuning.configure(SearchTuning.parse("default"), 1).getPhaseConfigList())
                .hasSize(RosterSolverConfig.create(null).getPhaseConfigList().size());
        LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) SearchTuning.configure(SearchTuning.parse("default"), 1,
                7_328).getPhaseConfigList().get(1);
        assertThat(first.getTerminationConfig().getUnimprovedStepCountLimit())
                .as("scaled to the problem, as RosterSolverConfig.forProblem").isEqualTo(RosterSolverConfig.restartTrigger(7_328));
    }

    @Test
    void restartOffLeavesOneLateAcceptancePhase() {
        List<PhaseConfig> phases = SearchTuning.configure(SearchTuning.parse("restart=off,la=50"), 1)
                .getPhaseConfigList();

        assertThat(phases).hasSize(2);
        LocalSearchPhaseConfig search = (LocalSearchPhaseConfig) phases.get(1);
        assertThat(search.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(50);
        assertThat(search.getTerminationConfig()).isNull();
    }

    @Test
    void restartNumbersSetTheTriggerTheAnnealingAndTheCount() {
        List<PhaseConfig> phases = SearchTuning.configure(
                SearchTuning.parse("la=20,restart=300:0hard/0medium/5soft:700:3"), 1).getPhaseConfigList();

        assertThat(phases).hasSize(1 + 1 + 3 + 1);
        LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) phases.get(1);
        assertThat(first.getTerminationConfig().getUnimprovedStepCountLimit()).isEqualTo(300);
        assertThat(first.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(20);
        LocalSearchPhaseConfig anneal = (LocalSearchPhaseConfig) phases.get(2);
        assertThat(anneal.getAcceptorConfig().getSimulatedAnnealingStartingTemperature()).isEqualTo("0hard/0medium/5soft");
        assertThat(anneal.getTerminationConfig().getStepCountLimit()).isEqualTo(700);
        assertThat(((LocalSearchPhaseConfig) phases.get(5)).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(20);
    }

    @Test
    void restartNumbersMayScaleWithTheSlots() {
        assertThat(SearchTuning.steps("700", 10_000)).isEqualTo(700);
        assertThat(SearchTuning.steps("5000/2.5", 2_000)).isEqualTo(5_000);
        assertThat(SearchTuning.steps("5000/2.5", 2_001)).isEqualTo(5_003);
        List<PhaseConfig> phases = SearchTuning.configure(
                SearchTuning.parse("restart=5000/3:0hard/100medium/30soft:20000/4:2,trace=on"), 1, 7_328)
                .getPhaseConfigList();

        assertThat(phases).hasSize(1 + 1 + 2 + 1);
        assertThat(((LocalSearchPhaseConfig) phases.get(1)).getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(21_984);
        assertThat(((LocalSearchPhaseConfig) phases.get(2)).getTerminationConfig().getStepCountLimit())
                .isEqualTo(29_312);
    }

    @Test
    void acceptorKeysWithoutRestartChangeTheFirstAndLastPhaseOnly() {
        List<PhaseConfig> phases = SearchTuning.configure(SearchTuning.parse("la=77"), 1).getPhaseConfigList();

        assertThat(((LocalSearchPhaseConfig) phases.get(1)).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(77);
        assertThat(((LocalSearchPhaseConfig) phases.get(phases.size() - 1)).getAcceptorConfig().getLateAcceptanceSize())
                .isEqualTo(77);
        assertThat(((LocalSearchPhaseConfig) phases.get(2)).getAcceptorConfig().getSimulatedAnnealingStartingTemperature())
                .isEqualTo(RosterSolverConfig.RESTART_TEMPERATURE);
        assertThatThrownBy(() -> SearchTuning.parse("restart")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchTuning.configure(SearchTuning.parse("nosuchmove=1"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchmove");
    }

    @Test
    void movesSingleDrawsTheTunedKindsFromOneIteratorInEveryLocalSearchPhase() {
        List<PhaseConfig> phases = SearchTuning.configure(SearchTuning.parse("moves=single,swap=3,sameday=0"), 1)
                .getPhaseConfigList();

        for (PhaseConfig<?> phase : phases.subList(1, phases.size())) {
            MoveIteratorFactoryConfig moves = (MoveIteratorFactoryConfig) ((LocalSearchPhaseConfig) phase)
                    .getMoveSelectorConfig();
            assertThat(moves.getMoveIteratorFactoryClass()).isEqualTo(RosterMoves.class);
            assertThat(moves.getMoveIteratorFactoryCustomProperties().get("kinds"))
                    .startsWith("change:4.0;swap:3.0;").contains("SameDayChange:0.0;").endsWith("FillEmptyHead:0.5;jp.tsumugi.solver.solve.move.SeasonSwap:0.5;jp.tsumugi.solver.solve.move.RowRebuild:1.0;"
                            + "jp.tsumugi.solver.solve.move.PairRowRebuild:0.5;jp.tsumugi.solver.solve.move.RepairRowRebuild:2.0;"
                            + "jp.tsumugi.solver.solve.move.SplitRowRebuild:0.5;jp.tsumugi.solver.solve.move.ChainRowRebuild:1.0");
        }
        assertThat(((LocalSearchPhaseConfig) SearchTuning.configure(SearchTuning.parse("moves=union"), 1)
                .getPhaseConfigList().get(1)).getMoveSelectorConfig()).isInstanceOf(UnionMoveSelectorConfig.class);
        assertThatThrownBy(() -> SearchTuning.configure(SearchTuning.parse("moves=other"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionEightKeysSetTheOrderTheWorkTheFirstPhaseLengthAndAnEarlyPhase() {
        SolverConfig config = SearchTuning.configure(
                SearchTuning.parse("order=week_priority,calcs=500000,firststeps=5000/12,early=la:50:1000"), 1, 1_869);
        List<PhaseConfig> phases = config.getPhaseConfigList();

        assertThat(config.getTerminationConfig().getScoreCalculationCountLimit()).isEqualTo(500_000L);
        assertThat(phases.get(0)).isInstanceOfSatisfying(CustomPhaseConfig.class,
                phase -> assertThat(phase.getCustomPhaseCommandList()).singleElement()
                        .isInstanceOfSatisfying(RosterConstruction.class,
                                construction -> assertThat(construction.order()).isEqualTo(RosterConstruction.Order.WEEK_PRIORITY)));
        assertThat(phases).hasSize(RosterSolverConfig.create(null).getPhaseConfigList().size() + 1);
        LocalSearchPhaseConfig early = (LocalSearchPhaseConfig) phases.get(1);
        assertThat(early.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(50);
        assertThat(early.getTerminationConfig().getStepCountLimit()).isEqualTo(1_000);
        LocalSearchPhaseConfig first = (LocalSearchPhaseConfig) phases.get(2);
        assertThat(first.getTerminationConfig().getStepCountLimit()).isEqualTo(22_428);
        assertThat(first.getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(RosterSolverConfig.restartTrigger(1_869));
        assertThat(first.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(RosterSolverConfig.SHORT_LATE_ACCEPTANCE_SIZE);
        // Without the key the construction is the default one.
        assertThat(SearchTuning.configure(SearchTuning.parse("default"), 1).getPhaseConfigList().get(0))
                .isInstanceOfSatisfying(CustomPhaseConfig.class,
                        phase -> assertThat(phase.getCustomPhaseCommandList()).singleElement()
                                .isInstanceOfSatisfying(RosterConstruction.class, construction -> assertThat(
                                        construction.order()).isEqualTo(RosterConstruction.DEFAULT_ORDER)));
        assertThatThrownBy(() -> SearchTuning.configure(SearchTuning.parse("early=tabu:1:1"), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problemsWithContractRulesStartWithTheDefaultsRowPhaseUnlessTheSpecSaysOtherwise() {
        List<PhaseConfig> plain = SearchTuning.configure(SearchTuning.parse("default"), 1, 100, false).getPhaseConfigList();
        List<PhaseConfig> rows = SearchTuning.configure(SearchTuning.parse("early=la:5:10"), 1, 100, true)
                .getPhaseConfigList();
        assertThat(rows).hasSize(plain.size() + 2);
        LocalSearchPhaseConfig row = (LocalSearchPhaseConfig) rows.get(1);
        assertThat(((UnionMoveSelectorConfig) row.getMoveSelectorConfig()).getMoveSelectorList())
                .extracting(child -> (Object) ((MoveIteratorFactoryConfig) child).getMoveIteratorFactoryClass())
                .containsExactly(RepairRowRebuild.class, RowRebuild.class, SplitRepairRowRebuild.class);
        assertThat(row.getTerminationConfig().getUnimprovedStepCountLimit())
                .isEqualTo(RosterSolverConfig.ROW_PHASE_UNIMPROVED_STEPS);
        LocalSearchPhaseConfig other = (LocalSearchPhaseConfig) SearchTuning.configure(
                SearchTuning.parse("rowmoves=row+split:3"), 1, 100, true).getPhaseConfigList().get(1);
        assertThat(((UnionMoveSelectorConfig) other.getMoveSelectorConfig()).getMoveSelectorList())
                .extracting(child -> (Object) ((MoveIteratorFactoryConfig) child).getMoveIteratorFactoryClass())
                .containsExactly(RowRebuild.class, SplitRowRebuild.class);
        assertThat(((UnionMoveSelectorConfig) other.getMoveSelectorConfig()).getMoveSelectorList())
                .extracting(child -> child.getFixedProbabilityWeight()).containsExactly(null, 3.0);
        assertThat(((LocalSearchPhaseConfig) rows.get(2)).getAcceptorConfig().getLateAcceptanceSize())
                .as("then the early phase").isEqualTo(5);
        TerminationConfig shorter = ((LocalSearchPhaseConfig) SearchTuning.configure(SearchTuning.parse("rowphase=77"), 1,
                100, true).getPhaseConfigList().get(1)).getTerminationConfig();
        assertThat(shorter.getUnimprovedStepCountLimit()).isEqualTo(77);
        assertThat(shorter.getBestScoreFeasible()).isTrue();
        TerminationConfig stall = ((LocalSearchPhaseConfig) SearchTuning.configure(SearchTuning.parse("rowphase=77:stall"),
                1, 100, true).getPhaseConfigList().get(1)).getTerminationConfig();
        assertThat(stall.getUnimprovedStepCountLimit()).isEqualTo(77);
        assertThat(stall.getBestScoreFeasible()).isNull();
        assertThat(SearchTuning.configure(SearchTuning.parse("rowphase=off"), 1, 100, true).getPhaseConfigList())
                .hasSize(plain.size());
    }

    /** The construction phase's command under a spec, on a problem with contract rules or without. */
    private static Object construction(String spec, boolean rows) {
        CustomPhaseConfig first = (CustomPhaseConfig) SearchTuning.configure(SearchTuning.parse(spec), 1, 100, rows)
                .getPhaseConfigList().get(0);
        assertThat(first.getCustomPhaseCommandList()).hasSize(1);
        return first.getCustomPhaseCommandList().get(0);
    }

    @Test
    void theConstructionIsTheDefaultsOrAsTheConstructionKeySays() {
        assertThat(construction("default", true)).as("before the row phase, as RosterSolverConfig with rows")
                .isInstanceOfSatisfying(RosterConstruction.class, c -> assertThat(c.rowPhaseFollows()).isTrue());
        assertThat(construction("rowphase=off", true))
                .isInstanceOfSatisfying(RosterConstruction.class, c -> assertThat(c.rowPhaseFollows()).isFalse());
        assertThat(construction("default", false))
                .isInstanceOfSatisfying(RosterConstruction.class, c -> assertThat(c.rowPhaseFollows()).isFalse());
        assertThat(construction("construction=full", true))
                .isInstanceOfSatisfying(RosterConstruction.class, c -> assertThat(c.rowPhaseFollows()).isFalse());
        assertThat(construction("construction=off", true)).isNotInstanceOf(RosterConstruction.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> construction("construction=maybe", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("construction=off");
    }

    @Test
    void anEarlyPhaseMayDrawOneMoveKindAndEndOnUnimprovedSteps() {
        List<PhaseConfig> phases = SearchTuning.configure(
                SearchTuning.parse("early=la:1:100000:500,earlymoves=row"), 1).getPhaseConfigList();
        LocalSearchPhaseConfig early = (LocalSearchPhaseConfig) phases.get(1);
        assertThat(early.getMoveSelectorConfig()).isInstanceOfSatisfying(MoveIteratorFactoryConfig.class,
                factory -> assertThat(factory.getMoveIteratorFactoryClass()).isEqualTo(RowRebuild.class));
        assertThat(early.getTerminationConfig().getStepCountLimit()).isEqualTo(100_000);
        assertThat(early.getTerminationConfig().getUnimprovedStepCountLimit()).isEqualTo(500);
        // Without earlymoves the early phase draws the default moves; without a fourth part it has no unimproved limit.
        LocalSearchPhaseConfig plain = (LocalSearchPhaseConfig) SearchTuning.configure(
                SearchTuning.parse("early=la:1:100"), 1).getPhaseConfigList().get(1);
        assertThat(plain.getMoveSelectorConfig()).isInstanceOf(UnionMoveSelectorConfig.class);
        assertThat(plain.getTerminationConfig().getUnimprovedStepCountLimit()).isNull();
        assertThatThrownBy(() -> SearchTuning.configure(SearchTuning.parse("early=la:1:100,earlymoves=nothing"), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing");
    }

    /** The move kinds of a local search phase of {@code spec}'s configuration. */
    private static List<MoveSelectorConfig> kinds(String spec, boolean last) {
        List<PhaseConfig> phases = SearchTuning.configure(SearchTuning.parse(spec), 1).getPhaseConfigList();
        PhaseConfig<?> phase = last ? phases.get(phases.size() - 1) : phases.get(1);
        return ((UnionMoveSelectorConfig) ((LocalSearchPhaseConfig) phase).getMoveSelectorConfig()).getMoveSelectorList();
    }

    /** The selection weight of {@code kind} among {@code kinds} (at most once), or {@code null} when absent. */
    private static Double weightOf(List<MoveSelectorConfig> kinds, Class<?> kind) {
        List<MoveSelectorConfig> found = kinds.stream().filter(child -> child instanceof MoveIteratorFactoryConfig factory
                && factory.getMoveIteratorFactoryClass() == kind).toList();
        assertThat(found).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0).getFixedProbabilityWeight();
    }

    /**
     * {@code KEY=W} sets the kind's weight in the first and last late acceptance; the default has it at
     * {@code defaultWeight}, or not at all when that is empty (the exact default union: RosterMovesTest).
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "pair, 2, 0.5", "repair, 3, 2", "split, 0, 0.5", "chain, 0.25, 1", "row, 0, 1", "eject, 2, 0.5",
            "season, 2, 0.5", "splitrepair, 1.5,", "wkfill, 0.75,", "commute, 1.5,", "hours, 0.25,"})
    void aKeySetsItsKindsWeightInBothLateAcceptancePhases(String key, double weight, Double defaultWeight) {
        Class<?> kind = Map.<String, Class<?>>ofEntries(Map.entry("pair", PairRowRebuild.class),
                Map.entry("repair", RepairRowRebuild.class), Map.entry("split", SplitRowRebuild.class),
                Map.entry("chain", ChainRowRebuild.class), Map.entry("row", RowRebuild.class),
                Map.entry("eject", FillEmptyHead.class), Map.entry("season", SeasonSwap.class),
                Map.entry("splitrepair", SplitRepairRowRebuild.class), Map.entry("wkfill", FillWeekendHead.class),
                Map.entry("commute", CommuteSwap.class), Map.entry("hours", HoursToTarget.class)).get(key);
        for (boolean last : new boolean[] {false, true}) {
            assertThat(weightOf(kinds(key + "=" + weight, last), kind)).isEqualTo(weight);
        }
        assertThat(weightOf(kinds("default", false), kind)).isEqualTo(defaultWeight);
    }

    @Test
    void stopLeavesTheConfigurationAndItsTerminationAsTheyAre() {
        SolverConfig config = SearchTuning.configure(SearchTuning.parse("stop=500000,calcs=30000000"), 1, 1_869);
        // stop= ends the run from a step listener in run(); the termination (and with it the restarts' cooling) stays.
        assertThat(config.getTerminationConfig().getScoreCalculationCountLimit()).isEqualTo(30_000_000L);
        assertThat(config.getPhaseConfigList()).hasSize(RosterSolverConfig.create(null).getPhaseConfigList().size());
    }

    @Test
    void stopEndsTheRunAtTheFirstStepAfterThatManyCalculations() throws Exception {
        String instance = java.nio.file.Path.of(SearchTuningTest.class.getResource("/curtois/Instance1.txt").toURI())
                .toString();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream previous = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            SearchTuning.main(new String[] {"100000", "1", "stop=20000,calcs=5000000", instance});
        } finally {
            System.setOut(previous);
        }
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("([\\d,]+) calculations")
                .matcher(out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(line.find()).as(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isTrue();
        long calculations = Long.parseLong(line.group(1).replace(",", ""));
        // Past the mark by less than one step (a step evaluates moves until one is accepted), far from calcs=.
        assertThat(calculations).isBetween(20_000L, 100_000L);
    }

    @Test
    void unfilledRequiredHeadsCountEachCoversMissingRequiredWorkersNotItsOptionalHeads() throws Exception {
        Roster roster = CurtoisMapping.of(CurtoisParser.parse(
                java.nio.file.Path.of(SearchTuningTest.class.getResource("/curtois/Instance1.txt").toURI()))).roster();
        int required = 0;
        java.util.Set<Cover> covers = new java.util.HashSet<>();
        for (Slot slot : roster.getSlots()) {
            if (covers.add(slot.getCover())) {
                required += slot.getCover().getRequiredHeadcount();
            }
        }
        assertThat(SearchTuning.unfilledRequiredHeads(roster)).as("nothing assigned").isEqualTo(required);
        assertThat(roster.getSlots()).as("Curtois covers have optional heads").hasSizeGreaterThan(required);
        // Filling one slot of a cover fills one required head; filling every slot (optional heads too) counts none
        // extra, and a cover filled beyond its required count makes up for no other cover.
        Worker worker = roster.getWorkers().get(0);
        Slot first = roster.getSlots().get(0);
        first.setWorker(worker);
        assertThat(SearchTuning.unfilledRequiredHeads(roster)).isEqualTo(required - 1);
        Cover cover = first.getCover();
        roster.getSlots().stream().filter(slot -> slot.getCover() == cover).forEach(slot -> slot.setWorker(worker));
        assertThat(SearchTuning.unfilledRequiredHeads(roster)).isEqualTo(required - cover.getRequiredHeadcount());
        roster.getSlots().forEach(slot -> slot.setWorker(worker));
        assertThat(SearchTuning.unfilledRequiredHeads(roster)).isZero();
    }
}
