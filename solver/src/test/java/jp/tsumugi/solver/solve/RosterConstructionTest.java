package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Skill;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.HeldSkill;
import jp.tsumugi.solver.score.RosterConstraintProvider;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterConstructionTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static Roster roster(TestData data, List<Site> sites, List<Skill> skills, List<Unavailability> off,
            List<Slot> slots) {
        return new Roster(data.calendar(), List.of(data.member), sites, List.of(data.job), skills, List.of(),
                data.workers(), data.covers(), off, List.of(), List.of(), slots);
    }

    @Test
    void shortlistLeavesOutWhoeverCannotTakeTheSlotAtAll() {
        TestData data = new TestData();
        Skill forklift = data.skill("forklift");
        HeldSkill held = HeldSkill.always(forklift);
        Worker able = data.worker("able").withSkills(List.of(held));
        Worker unskilled = data.worker("unskilled");
        Worker expired = data.worker("expired").withSkills(List.of(new HeldSkill(forklift, null, MONDAY.minusDays(1))));
        Worker fixedTerm = data.worker("fixed-term").withSkills(List.of(held)).withOpenEnded(false);
        Worker intern = data.worker("intern").withSkills(List.of(held))
                .withResidenceStatus(ResidenceStatus.TECHNICAL_INTERN);
        Worker onLeave = data.worker("on-leave").withSkills(List.of(held));
        Worker busy = data.worker("busy").withSkills(List.of(held));
        Worker busyElsewhereLater = data.worker("busy-far").withSkills(List.of(held));
        Site far = data.site("far", data.member, 35.40, 132.40);

        Cover cover = data.cover(data.coverBuilder(MONDAY, "08:00", "12:00", 0).extraSkills(List.of(forklift)));
        Slot open = cover.createSlots().get(0);
        Slot overlapping = data.slot(busy, MONDAY, "11:00", "15:00", 0);
        // No overlap, but two hours are too little for the drive to a site 140 km away.
        Slot tooClose = data.slot(busyElsewhereLater, far, MONDAY, "14:00", "18:00", 0);
        Roster roster = roster(data, List.of(data.site, far), List.of(forklift),
                List.of(data.dayOff(onLeave, MONDAY)), List.of(open, overlapping, tooClose));

        RosterConstruction.State state = new RosterConstruction.State(roster);

        assertThat(state.shortlist(open, 3)).containsExactly(able);
    }

    @Test
    void shortlistTakesTheNearestHalfThenTheLeastLoadedUpToTheLimit() {
        TestData data = new TestData();
        // The default site is at (34.40, 131.40).
        Worker near = data.worker("near").withHome(new GeoPoint(34.40, 131.41));
        Worker nearer = data.worker("nearer").withHome(new GeoPoint(34.40, 131.40));
        Worker loaded = data.worker("loaded").withHome(new GeoPoint(34.50, 131.60));
        Worker idle = data.worker("idle").withHome(new GeoPoint(34.60, 131.80));
        Worker farAway = data.worker("far-away").withHome(new GeoPoint(34.70, 132.00));
        List<Slot> slots = new ArrayList<>();
        Slot open = data.cover(MONDAY, "08:00", "12:00", 0).createSlots().get(0);
        slots.add(open);
        // Earlier in the month: 'loaded' 3 days, 'near', 'nearer' and 'far-away' one day each, 'idle' none.
        slots.addAll(data.days(loaded, MONDAY.minusDays(5), 3));
        slots.add(data.slot(near, MONDAY.minusDays(5), "08:00", "17:00", 60));
        slots.add(data.slot(nearer, MONDAY.minusDays(5), "08:00", "17:00", 60));
        slots.add(data.slot(farAway, MONDAY.minusDays(5), "08:00", "17:00", 60));
        Roster roster = roster(data, List.of(data.site), List.of(), List.of(), slots);

        RosterConstruction.State state = new RosterConstruction.State(roster);

        // Nobody worked the day before: 3/8 of the candidates (at least one) nearest, then the least loaded.
        assertThat(state.shortlist(open, 2)).containsExactly(nearer, idle);
        assertThat(state.shortlist(open, 4)).containsExactly(nearer, idle, near, farAway);
        // A limit that covers every worker: all of them in roster order, as FIRST_FIT tries them.
        assertThat(state.shortlist(open, 5)).containsExactly(near, nearer, loaded, idle, farAway);

        // 'loaded' worked the day before: it comes first although it is the most loaded and far.
        Slot yesterday = data.slot(loaded, MONDAY.minusDays(1), "08:00", "17:00", 60);
        List<Slot> withYesterday = new ArrayList<>(slots);
        withYesterday.add(yesterday);
        RosterConstruction.State continuing = new RosterConstruction.State(
                roster(data, List.of(data.site), List.of(), List.of(), withYesterday));
        assertThat(continuing.shortlist(open, 3)).containsExactly(loaded, nearer, idle);
    }

    @Test
    void aSlotThatNobodyMayWorkGetsNoCandidates() {
        TestData data = new TestData();
        Worker a = data.worker("a");
        Worker b = data.worker("b");
        JobType security = new JobType("security", "警備", JobCategory.PROHIBITED, List.of());
        Slot prohibited = data.cover(data.coverBuilder(MONDAY, "08:00", "12:00", 0).jobType(security))
                .createSlots().get(0);
        Roster roster = roster(data, List.of(data.site), List.of(), List.of(), List.of(prohibited));

        assertThat(new RosterConstruction.State(roster).shortlist(prohibited, 1)).isEmpty();
        // When every worker can be tried, every worker is, as FIRST_FIT does (the score rules them out).
        assertThat(new RosterConstruction.State(roster).shortlist(prohibited, 2)).containsExactly(a, b);
    }

    @Test
    void fillsTheOpenSlotsWithTheBestCandidateAndLeavesPinnedOnesAlone() {
        TestData data = new TestData();
        Worker a = data.worker("a");
        Worker b = data.worker("b");
        List<Slot> slots = new ArrayList<>();
        Slot pinnedEmpty = data.cover(MONDAY, "08:00", "17:00", 60).createSlots().get(0).withPinned(true);
        slots.add(pinnedEmpty);
        for (int d = 1; d < 5; d++) {
            slots.addAll(data.cover(data.coverBuilder(MONDAY.plusDays(d), "08:00", "17:00", 60).headcount(2, 0))
                    .createSlots());
        }
        Roster roster = roster(data, List.of(data.site), List.of(), List.of(), slots);
        SolverConfig config = new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new RosterConstruction(1, 0)));

        Roster built = SolverFactory.<Roster>create(config).buildSolver().solve(roster);

        assertThat(built.getSlots().stream().filter(s -> s.getId().equals(pinnedEmpty.getId())).findFirst().orElseThrow()
                .getWorker()).isNull();
        List<Slot> open = built.getSlots().stream().filter(s -> !s.isPinned()).toList();
        assertThat(open).allMatch(Slot::isAssigned);
        // Two heads a day: with one candidate per slot, the second head goes to whoever is not busy yet.
        for (int d = 1; d < 5; d++) {
            LocalDate date = MONDAY.plusDays(d);
            assertThat(open.stream().filter(s -> s.getDate().equals(date)).map(s -> s.getWorker().getId()))
                    .containsExactlyInAnyOrder("a", "b");
        }
        assertThat(built.getScore().hardScore()).isZero();
    }

    @Test
    void fillOrderByWeekThenPriorityOrByPriorityAlone() {
        TestData data = new TestData();
        // MONDAY's week and the next: a light slot early, a heavy one late, a 4-hour slot of the same weight per minute.
        Slot light = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).priority(1)).createSlots().get(0);
        Slot heavy = data.cover(data.coverBuilder(MONDAY.plusDays(4), "08:00", "17:00", 60).priority(3))
                .createSlots().get(0);
        Slot shortHeavy = data.cover(data.coverBuilder(MONDAY.plusDays(4), "08:00", "12:00", 0).priority(3))
                .createSlots().get(0);
        Slot nextWeekHeavy = data.cover(data.coverBuilder(MONDAY.plusDays(7), "08:00", "17:00", 60).priority(3))
                .createSlots().get(0);
        Slot nextWeekLight = data.cover(data.coverBuilder(MONDAY.plusDays(8), "08:00", "17:00", 60).priority(1))
                .createSlots().get(0);
        List<Slot> calendar = List.of(light, heavy, shortHeavy, nextWeekHeavy, nextWeekLight);

        assertThat(new RosterConstruction(8, 0, RosterConstruction.Order.CALENDAR).fillOrder(calendar))
                .containsExactlyElementsOf(calendar);
        // Within a week: priority per minute, then the heavier (8 h before 4 h at the same priority), then by start.
        assertThat(new RosterConstruction(8, 0, RosterConstruction.Order.WEEK_PRIORITY).fillOrder(calendar))
                .containsExactly(heavy, shortHeavy, light, nextWeekHeavy, nextWeekLight);
        assertThat(new RosterConstruction(8, 0, RosterConstruction.Order.PRIORITY).fillOrder(calendar))
                .containsExactly(heavy, nextWeekHeavy, shortHeavy, light, nextWeekLight);
    }

    @Test
    void fewOpenSlotsTryMoreCandidatesWithinTheBudget() {
        RosterConstruction construction = new RosterConstruction(8, 1_000);

        assertThat(construction.candidatesPerSlot(10)).isEqualTo(100);
        assertThat(construction.candidatesPerSlot(1_000)).isEqualTo(8);
        assertThat(construction.candidatesPerSlot(0)).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void theSolverConstructsWithRosterConstruction() {
        SolverConfig config = RosterSolverConfig.create(SolveLimits.spent(java.time.Duration.ofSeconds(1)));

        assertThat(config.getPhaseConfigList().get(0)).isInstanceOfSatisfying(CustomPhaseConfig.class,
                phase -> assertThat(phase.getCustomPhaseCommandList()).singleElement()
                        .isInstanceOfSatisfying(RosterConstruction.class, construction -> assertThat(
                                construction.order()).isEqualTo(RosterConstruction.Order.CALENDAR)));
    }

    /** Two days of two one-head slots, workers a and b; {@code rules}: which of them get contract rules. */
    private static Roster twoDays(TestData data, boolean aRules, boolean bRules) {
        Worker a = data.worker("a");
        Worker b = data.worker("b");
        jp.tsumugi.solver.domain.ContractRules rules = new jp.tsumugi.solver.domain.ContractRules(java.util.Map.of(),
                null, null, null, 5, null, null);
        if (aRules) {
            a.withContract(rules);
        }
        if (bRules) {
            b.withContract(rules);
        }
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 2; d++) {
            slots.addAll(data.cover(data.coverBuilder(MONDAY.plusDays(d), "08:00", "17:00", 60).headcount(2, 0))
                    .createSlots());
        }
        return roster(data, List.of(data.site), List.of(), List.of(), slots);
    }

    private static Roster construct(Roster roster, RosterConstruction construction) {
        SolverConfig config = new SolverConfig().withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(construction));
        return SolverFactory.<Roster>create(config).buildSolver().solve(roster);
    }

    @Test
    void beforeTheRowPhaseARosterWhoseEveryWorkerHasRulesIsLeftEmptyFromTheBound() {
        // 4 slots × 2 workers: left to the row phase from a bound of 8, constructed at 9.
        Roster everyRow = twoDays(new TestData(), true, true);
        assertThat(RosterConstruction.beforeRowPhase(8, 366).leavesToRowPhase(everyRow)).isTrue();
        assertThat(construct(everyRow, RosterConstruction.beforeRowPhase(8, 366)).getSlots())
                .as("the row phase builds every row").noneMatch(Slot::isAssigned);
        assertThat(RosterConstruction.beforeRowPhase(9, 366).leavesToRowPhase(everyRow)).isFalse();
        assertThat(construct(twoDays(new TestData(), true, true), RosterConstruction.beforeRowPhase(9, 366)).getSlots())
                .allMatch(Slot::isAssigned);
        assertThat(RosterConstruction.beforeRowPhase().leavesToRowPhase(everyRow))
                .as("far below the default bound").isFalse();
        // A plan up to the longest left to the row phase, not a day longer.
        int days = everyRow.getCalendar().getDayCount();
        assertThat(RosterConstruction.beforeRowPhase(8, days).leavesToRowPhase(everyRow)).isTrue();
        assertThat(RosterConstruction.beforeRowPhase(8, days - 1).leavesToRowPhase(everyRow)).isFalse();
        // Without a row phase to follow, the same roster is constructed.
        assertThat(new RosterConstruction().leavesToRowPhase(everyRow)).isFalse();
        assertThat(construct(twoDays(new TestData(), true, true), new RosterConstruction()).getSlots())
                .allMatch(Slot::isAssigned);
    }

    @Test
    void beforeTheRowPhaseARosterWithAWorkerWithoutRulesIsConstructedAsBefore() {
        Roster mixed = twoDays(new TestData(), true, false);
        assertThat(RosterConstruction.beforeRowPhase(1, 366).leavesToRowPhase(mixed)).isFalse();
        Roster built = construct(mixed, RosterConstruction.beforeRowPhase(1, 366));
        Roster before = construct(twoDays(new TestData(), true, false), new RosterConstruction());
        assertThat(built.getSlots()).allMatch(Slot::isAssigned);
        assertThat(built.getSlots().stream().map(slot -> slot.getWorker().getId()).toList())
                .isEqualTo(before.getSlots().stream().map(slot -> slot.getWorker().getId()).toList());
        assertThat(RosterConstruction.beforeRowPhase(1, 366).leavesToRowPhase(twoDays(new TestData(), false, false)))
                .isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RosterConstruction.beforeRowPhase(0, 366))
                .as("a bound of 0 would leave a roster without workers").isInstanceOf(IllegalArgumentException.class);
    }
}
