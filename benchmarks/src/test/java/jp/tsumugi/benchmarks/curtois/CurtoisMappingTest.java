package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Evaluation;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Rule;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.ContractConstraints;
import jp.tsumugi.solver.score.EligibilityConstraints;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The Curtois problem expressed in the Tsumugi model: shape, weights, and agreement with the independent evaluator. */
class CurtoisMappingTest {
    private static SolutionManager<Roster, HardMediumSoftLongScore> solutionManager;
    private static List<String> providerConstraintIds;

    @BeforeAll
    static void buildSolverOnce() {
        SolverFactory<Roster> factory = SolverFactory.create(RosterSolverConfig.create(null));
        solutionManager = SolutionManager.create(factory);
        // The solver's own list, read from Timefold's score analysis (RosterConstraintProvider.defaultWeights()).
        providerConstraintIds = List.copyOf(jp.tsumugi.solver.score.RosterConstraintProvider.defaultWeights().keySet());
    }

    @Test
    void everyConstraintOfTheProviderIsEitherKeptOrSwitchedOff() {
        assertThat(providerConstraintIds).hasSizeGreaterThan(40).doesNotHaveDuplicates();
        Set<String> classified = new HashSet<>();
        classified.addAll(CurtoisWeights.KEPT_HARD);
        classified.addAll(CurtoisWeights.KEPT_SOFT);
        classified.addAll(CurtoisWeights.SWITCHED_OFF);
        assertThat(CurtoisWeights.KEPT_HARD.size() + CurtoisWeights.KEPT_SOFT.size() + CurtoisWeights.SWITCHED_OFF.size())
                .as("no constraint in two lists").isEqualTo(classified.size());
        assertThat(classified)
                .as("a constraint added to RosterConstraintProvider must be classified in CurtoisWeights")
                .containsExactlyInAnyOrderElementsOf(providerConstraintIds);
    }

    @Test
    void keepsTheCurtoisRulesOnHardAndEveryPenaltyOnSoftWithWeightOne() {
        Map<String, HardMediumSoftLongScore> weights = CurtoisWeights.weights(480);
        assertThat(CurtoisWeights.KEPT_HARD).contains(EligibilityConstraints.OVERLAP_OR_TRAVEL, EligibilityConstraints.UNAVAILABLE)
                .containsAll(providerConstraintIds.stream().filter(id -> id.startsWith("contract.")).toList());
        CurtoisWeights.KEPT_HARD.forEach(id -> assertThat(weights.get(id)).satisfies(w -> {
            assertThat(w.hardScore()).isPositive();
            assertThat(w.mediumScore()).isZero();
            assertThat(w.softScore()).isZero();
        }));
        assertThat(weights.get(ContractConstraints.MAX_WEEKENDS)).isEqualTo(HardMediumSoftLongScore.ofHard(480));
        assertThat(weights.get(ContractConstraints.MIN_TOTAL_MINUTES)).isEqualTo(HardMediumSoftLongScore.ONE_HARD);
        assertThat(weights.get(EligibilityConstraints.OVERLAP_OR_TRAVEL)).isEqualTo(HardMediumSoftLongScore.ofHard(2));
        // A shift on a day off must cost more than the MinTotalMinutes shortfall its removal leaves (minutes, weight 1).
        assertThat(weights.get(EligibilityConstraints.UNAVAILABLE)).isEqualTo(HardMediumSoftLongScore.ofHard(2));
        CurtoisWeights.KEPT_SOFT.forEach(id -> assertThat(weights.get(id)).isEqualTo(HardMediumSoftLongScore.ONE_SOFT));
        CurtoisWeights.SWITCHED_OFF.forEach(id -> assertThat(weights.get(id)).isEqualTo(HardMediumSoftLongScore.ZERO));
        assertThat(CurtoisWeights.SWITCHED_OFF).allMatch(id -> !id.startsWith("contract."));
        assertThat(providerConstraintIds.stream().filter(id -> id.startsWith("legal.") || id.startsWith("rest.")
                || id.startsWith("travel.") || id.startsWith("fairness.") || id.startsWith("variable.")))
                .isNotEmpty().allMatch(CurtoisWeights.SWITCHED_OFF::contains);
    }

    @Test
    void mapsInstance1IntoTheTsumugiModel() {
        CurtoisInstance instance = Resources.instance(1);
        Roster roster = CurtoisMapping.of(instance).roster();

        assertThat(roster.getCalendar().getFrom()).isEqualTo(CurtoisMapping.FIRST_DAY);
        assertThat(roster.getCalendar().getFrom().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(roster.getCalendar().getDayCount()).isEqualTo(14);
        assertThat(roster.getWorkers()).hasSize(8);
        assertThat(roster.getWorkers().get(0).getContract()).satisfies(rules -> {
            assertThat(rules.maxShiftsPerType()).isEqualTo(Map.of("D", 14));
            assertThat(rules.maxTotalMinutes()).isEqualTo(4320);
            assertThat(rules.minTotalMinutes()).isEqualTo(3360);
            assertThat(rules.maxConsecutiveWorkDays()).isEqualTo(5);
            assertThat(rules.minConsecutiveWorkDays()).isEqualTo(2);
            assertThat(rules.minConsecutiveDaysOff()).isEqualTo(2);
            assertThat(rules.maxWeekendsWorked()).isEqualTo(1);
        });
        assertThat(roster.getUnavailabilities()).hasSize(8).allMatch(u -> u.isWholeDay());
        assertThat(roster.getShiftRequests()).hasSize(26);
        assertThat(roster.getShiftRequests().stream().filter(ShiftRequest::on)).hasSize(21);
        assertThat(roster.getCovers()).hasSize(14);
        Cover day0 = roster.getCovers().get(0);
        assertThat(day0.getRequiredHeadcount()).isEqualTo(5);
        assertThat(day0.getOptionalHeadcount()).isEqualTo(3); // max(2, ceil(5/2)) = 3, and 8 − 5 = 3 employees left
        assertThat(day0.getUnfilledWeightPerHead()).isEqualTo(100);
        assertThat(day0.getOverWeightPerHead()).isEqualTo(1);
        assertThat(day0.getStartTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(day0.getNetMinutes()).isEqualTo(480);
        assertThat(roster.getSlots()).hasSize(roster.getCovers().stream()
                .mapToInt(c -> c.getRequiredHeadcount() + c.getOptionalHeadcount()).sum());
        assertThat(roster.getConstraintWeightOverrides().getKnownConstraintNames())
                .containsExactlyInAnyOrderElementsOf(CurtoisWeights.weights(480).keySet());
        assertThat(roster.getConstraintWeightOverrides().getConstraintWeight(ContractConstraints.MAX_WEEKENDS))
                .isEqualTo(HardMediumSoftLongScore.ofHard(480)); // Instance1's only shift lasts 480 minutes
    }

    @Test
    void optionalHeadsFollowTheDocumentedRule() {
        assertThat(OptionalHeads.DEFAULT.headsFor(0, 150)).isEqualTo(2);
        assertThat(OptionalHeads.DEFAULT.headsFor(5, 150)).isEqualTo(3);
        assertThat(OptionalHeads.DEFAULT.headsFor(9, 150)).isEqualTo(5);
        assertThat(OptionalHeads.DEFAULT.headsFor(7, 8)).isEqualTo(1);
        assertThat(OptionalHeads.DEFAULT.headsFor(9, 8)).isZero();
        assertThat(OptionalHeads.ALL.headsFor(3, 20)).isEqualTo(17);
        assertThat(OptionalHeads.parse("4").headsFor(1, 20)).isEqualTo(4);
    }

    static List<TinyCases.Case> cases() {
        return TinyCases.all();
    }

    /** Which Tsumugi constraint stands for which Curtois hard rule. */
    private static final Map<Rule, String> CONSTRAINT_OF = Map.of(
            Rule.DAY_OFF, EligibilityConstraints.UNAVAILABLE,
            Rule.MAX_SHIFTS_OF_TYPE, ContractConstraints.MAX_SHIFTS_PER_TYPE,
            Rule.MIN_TOTAL_MINUTES, ContractConstraints.MIN_TOTAL_MINUTES,
            Rule.MAX_TOTAL_MINUTES, ContractConstraints.MAX_TOTAL_MINUTES,
            Rule.FORBIDDEN_SUCCESSION, ContractConstraints.FORBIDDEN_SUCCESSION,
            Rule.MAX_CONSECUTIVE_SHIFTS, ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS,
            Rule.MIN_CONSECUTIVE_SHIFTS, ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS,
            Rule.MIN_CONSECUTIVE_DAYS_OFF, ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            Rule.MAX_WEEKENDS, ContractConstraints.MAX_WEEKENDS);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSolverScoresEachHandMadeCaseAsTheEvaluatorDoes(TinyCases.Case c) {
        Roster roster = CurtoisMapping.of(c.instance()).applyGrid(c.grid());
        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(roster);
        HardMediumSoftLongScore score = analysis.score();

        assertThat(score.softScore()).isEqualTo(-c.objective());
        assertThat(score.mediumScore()).isZero();
        Set<String> hardRules = analysis.constraintMap().values().stream()
                .filter(ca -> ca.score().hardScore() < 0)
                .map(ConstraintAnalysis::constraintName)
                .collect(Collectors.toSet());
        if (c.rule() == null) {
            assertThat(score.hardScore()).isZero();
        } else {
            assertThat(hardRules).containsExactly(CONSTRAINT_OF.get(c.rule()));
        }
    }

    @Test
    void twoShiftsOnOneDayBreakTheOverlapRuleAndShowInTheGridConversion() {
        CurtoisInstance instance = new TinyInstance().employee("A").employee("B").build();
        CurtoisMapping mapping = CurtoisMapping.of(instance);
        Roster roster = mapping.roster();
        Slot early = roster.getSlots().stream().filter(s -> s.getDayIndex() == 4 && s.getShiftType().getId().equals("E"))
                .findFirst().orElseThrow();
        Slot late = roster.getSlots().stream().filter(s -> s.getDayIndex() == 4 && s.getShiftType().getId().equals("L"))
                .findFirst().orElseThrow();
        early.setWorker(roster.getWorkers().get(0));
        late.setWorker(roster.getWorkers().get(0));

        ScoreAnalysis<HardMediumSoftLongScore> analysis = solutionManager.analyze(roster);
        assertThat(analysis.constraintMap().values().stream().filter(ca -> ca.score().hardScore() < 0)
                .map(ConstraintAnalysis::constraintName)).containsExactly(EligibilityConstraints.OVERLAP_OR_TRAVEL);
        assertThat(mapping.toGrid(roster, List.of()).doubleBookings()).containsExactly("A on day 4: E and L");
    }

    /**
     * Random grids (within the optional-head cap) on the real instances: the solver's soft score is minus the
     * evaluator's objective, and any grid the evaluator finds infeasible has a negative hard score.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void solverAndEvaluatorAgreeOnRandomGrids(int n) {
        CurtoisInstance instance = Resources.instance(n);
        CurtoisMapping mapping = CurtoisMapping.of(instance);
        Random random = new Random(n);
        for (int round = 0; round < 20; round++) {
            CurtoisGrid grid = randomGrid(instance, mapping.roster(), random, round / 20.0 + 0.2);
            Evaluation evaluation = CurtoisEvaluator.evaluate(instance, grid);
            HardMediumSoftLongScore score = solutionManager.update(mapping.applyGrid(grid));
            assertThat(score.softScore()).as("round %d", round).isEqualTo(-evaluation.objective());
            assertThat(score.mediumScore()).isZero();
            assertThat(score.hardScore() == 0).as("round %d: %s", round, evaluation.violations())
                    .isEqualTo(evaluation.violations().isEmpty());
        }
    }

    private static CurtoisGrid randomGrid(CurtoisInstance instance, Roster roster, Random random, double workProbability) {
        Map<String, Integer> room = new java.util.HashMap<>();
        for (Cover cover : roster.getCovers()) {
            room.put(cover.getDayIndex() + "/" + cover.getShiftType().getId(),
                    cover.getRequiredHeadcount() + cover.getOptionalHeadcount());
        }
        Map<String, String[]> rows = new java.util.LinkedHashMap<>();
        for (CurtoisInstance.Employee e : instance.employees()) {
            String[] days = new String[instance.horizon()];
            for (int d = 0; d < days.length; d++) {
                if (random.nextDouble() < workProbability) {
                    String shift = instance.shifts().get(random.nextInt(instance.shifts().size())).id();
                    String key = d + "/" + shift;
                    if (room.getOrDefault(key, 0) > 0) {
                        room.merge(key, -1, Integer::sum);
                        days[d] = shift;
                    }
                }
            }
            rows.put(e.id(), days);
        }
        return CurtoisGrid.parse("random", CurtoisGrid.of(instance, rows, new ArrayList<>()).toText());
    }
}
