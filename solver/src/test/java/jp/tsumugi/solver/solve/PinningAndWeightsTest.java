package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.DispatchConstraints;
import jp.tsumugi.solver.score.TravelConstraints;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PinningAndWeightsTest {

    @Test
    void pinnedSlotsKeepTheirWorkerAndUnpinnedOnesAreFilled() {
        TestData data = new TestData();
        Worker a = data.worker("a");
        Worker b = data.worker("b");
        List<Slot> slots = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 6, 1);
        // Pinned: 'b' on Monday although nothing forces it.
        Slot pinned = data.cover(monday, "08:00", "17:00", 60).createSlots().get(0).withWorker(b).withPinned(true);
        slots.add(pinned);
        // A pinned slot left empty stays empty.
        Slot pinnedEmpty = data.cover(monday.plusDays(1), "08:00", "17:00", 60).createSlots().get(0).withPinned(true);
        slots.add(pinnedEmpty);
        for (int d = 2; d < 5; d++) {
            slots.addAll(data.cover(monday.plusDays(d), "08:00", "17:00", 60).createSlots());
        }
        Roster solved = new RosterSolver().solve(data.roster(slots), SolveLimits.spent(Duration.ofSeconds(2))).roster();

        Slot pinnedAfter = solved.getSlots().stream().filter(s -> s.getId().equals(pinned.getId())).findFirst().orElseThrow();
        Slot emptyAfter = solved.getSlots().stream().filter(s -> s.getId().equals(pinnedEmpty.getId())).findFirst().orElseThrow();
        assertThat(pinnedAfter.getWorker().getId()).isEqualTo("b");
        assertThat(emptyAfter.getWorker()).isNull();
        assertThat(solved.getSlots().stream().filter(s -> !s.isPinned())).allMatch(Slot::isAssigned);
        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void constraintWeightOverridesChangeAndSwitchOffRules() {
        TestData data = new TestData();
        Worker a = data.worker("a").withHome(new jp.tsumugi.solver.domain.GeoPoint(34.30, 131.30));
        Slot slot = data.slot(a, LocalDate.of(2026, 6, 1), "08:00", "17:00", 60);
        Roster roster = data.roster(List.of(slot));
        RosterSolver solver = new RosterSolver();
        HardMediumSoftLongScore base = solver.score(roster);

        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                DispatchConstraints.DISTINCT_MEMBERS, HardMediumSoftLongScore.ZERO,
                TravelConstraints.COMMUTE_DISTANCE, HardMediumSoftLongScore.ofSoft(2))));
        HardMediumSoftLongScore overridden = solver.score(roster);

        long commute = solver.explain(roster).stream()
                .filter(e -> e.ruleId().equals(TravelConstraints.COMMUTE_DISTANCE))
                .mapToLong(e -> e.impact().softScore()).sum();
        // distinct-members was -600 (one member short of two) and is now off; commute now weighs double.
        assertThat(overridden.softScore()).isEqualTo(base.softScore() + 600 + commute / 2);
        assertThat(solver.explain(roster)).noneMatch(e -> e.ruleId().equals(DispatchConstraints.DISTINCT_MEMBERS));
    }
}
