package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SplitRowRebuild}: one worker's row rebuilt in two windows of 7&ndash;14 days that neither overlap nor touch, the
 * days between them as they were. Four weeks, one single-head slot a day, two workers with contract rules.
 */
class SplitRowRebuildTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final int DAYS = 28;

    private final TestData data = new TestData().window(MONDAY, MONDAY.plusDays(DAYS - 1));
    private final Worker a = data.worker("a").withContract(new ContractRules(Map.of(), null, null, null, 5, 2, null));
    private final Worker b = data.worker("b").withContract(new ContractRules(Map.of(), null, null, null, 5, 2, null));
    private final List<Slot> slots = new ArrayList<>();

    private Roster roster(long seed) {
        Random random = new Random(seed);
        for (int d = 0; d < DAYS; d++) {
            Slot slot = data.cover(MONDAY.plusDays(d), "08:00", "17:00", 60).createSlots().get(0);
            int pick = random.nextInt(3);
            slot.setWorker(pick == 0 ? a : pick == 1 ? b : null);
            slots.add(slot);
        }
        return data.roster(slots);
    }

    @Test
    void eachMoveChangesOneWorkersDaysInTwoSeparateWindowsOfAtMostFourteenDays() {
        SplitRowRebuild split = new SplitRowRebuild();
        split.index(roster(3));
        assertThat(split.canDraw()).isTrue();
        List<ReassignMove> moves = TwoWeekRosterTest.draws(split, 5, 300);
        assertThat(moves).hasSizeGreaterThan(30);
        int spread = 0;
        for (ReassignMove move : moves) {
            TreeSet<Integer> days = new TreeSet<>();
            Worker moved = null;
            for (int i = 0; i < move.slots().size(); i++) {
                Slot slot = move.slots().get(i);
                Worker now = slot.getWorker();
                Worker next = move.workers().get(i);
                Worker worker = next != null ? next : now;
                assertThat(worker).isNotNull();
                assertThat(next == null || now == null).as("a slot goes from the worker or to it").isTrue();
                if (moved == null) {
                    moved = worker;
                }
                assertThat(worker).isSameAs(moved);
                days.add(slot.getDayIndex());
            }
            // The changed days fall into at most two groups, each within 14 days, with at least one day between them.
            int groups = 1;
            int groupStart = days.first();
            int previous = days.first();
            for (int d : days) {
                if (d - previous > 14 || d - groupStart >= 14) {
                    groups++;
                    groupStart = d;
                }
                previous = d;
            }
            assertThat(groups).as("days %s", days).isLessThanOrEqualTo(2);
            if (days.last() - days.first() >= 14) {
                spread++;
            }
        }
        assertThat(spread).as("moves whose days lie further apart than one window").isPositive();
    }

    @Test
    void aPlanTooShortForTwoSeparateWindowsHasNothingToDraw() {
        TestData shortPlan = new TestData().window(MONDAY, MONDAY.plusDays(13));
        Worker worker = shortPlan.worker("a").withContract(new ContractRules(Map.of(), null, null, null, 5, 2, null));
        List<Slot> days = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            days.add(shortPlan.cover(MONDAY.plusDays(d), "08:00", "17:00", 60).createSlots().get(0).withWorker(worker));
        }
        SplitRowRebuild split = new SplitRowRebuild();
        split.index(shortPlan.roster(days));
        assertThat(split.canDraw()).isFalse();
    }
}
