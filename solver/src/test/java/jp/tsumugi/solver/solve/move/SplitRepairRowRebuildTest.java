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
 * {@link SplitRepairRowRebuild}: the row of a worker that breaks a rule, rebuilt over a window of at most 14 days around
 * the break and a second window of 7&ndash;14 days elsewhere, neither overlapping nor touching. Six weeks, one
 * single-head slot a day; worker a has one day off between two runs (at least two required), worker b keeps its
 * rules.
 */
class SplitRepairRowRebuildTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final int DAYS = 42;
    /** The day a has off alone. */
    private static final int BREAK = 20;

    private final TestData data = new TestData().window(MONDAY, MONDAY.plusDays(DAYS - 1));
    private final Worker a = data.worker("a").withContract(new ContractRules(Map.of(), null, null, null, null, 2, null));
    private final Worker b = data.worker("b").withContract(new ContractRules(Map.of(), null, null, null, 5, null, null));
    private final Slot[] slots = new Slot[DAYS];

    private Roster roster() {
        for (int d = 0; d < DAYS; d++) {
            slots[d] = data.cover(MONDAY.plusDays(d), "08:00", "17:00", 60).createSlots().get(0);
            // a: days 16-19 and 21-24 (one day off between them); b: every fourth day of the rest.
            slots[d].setWorker(d >= 16 && d <= 24 && d != BREAK ? a : d % 4 == 0 ? b : null);
        }
        return data.roster(List.of(slots));
    }

    @Test
    void eachMoveChangesTheBreakingRowInTwoSeparateWindowsOneOfThemAroundTheBreak() {
        SplitRepairRowRebuild repair = new SplitRepairRowRebuild();
        repair.index(roster());
        assertThat(repair.breaks()).containsExactly(new RowPricing.Break(a, BREAK, BREAK));
        assertThat(repair.canDraw()).isTrue();
        List<ReassignMove> moves = TwoWeekRosterTest.draws(repair, 11, 300);
        assertThat(moves).hasSizeGreaterThan(100);
        int far = 0;
        for (ReassignMove move : moves) {
            TreeSet<Integer> days = new TreeSet<>();
            for (int i = 0; i < move.slots().size(); i++) {
                Slot slot = move.slots().get(i);
                Worker worker = move.workers().get(i) != null ? move.workers().get(i) : slot.getWorker();
                assertThat(worker).as("only a's row changes").isSameAs(a);
                days.add(slot.getDayIndex());
            }
            // The days outside the window around the break (within 13 days of it) form one group of at most 14 days.
            TreeSet<Integer> elsewhere = new TreeSet<>();
            for (int d : days) {
                if (Math.abs(d - BREAK) > 13) {
                    elsewhere.add(d);
                }
            }
            if (!elsewhere.isEmpty()) {
                far++;
                assertThat(elsewhere.last() - elsewhere.first()).as("days %s", days).isLessThan(14);
            }
        }
        assertThat(far).as("moves that change days far from the break").isPositive();
    }

    @Test
    void theSecondWindowNeitherOverlapsNorTouchesTheFirstAndIsNullWithoutRoom() {
        SplitRepairRowRebuild repair = new SplitRepairRowRebuild();
        repair.index(roster());
        Random random = new Random(5);
        boolean before = false;
        boolean after = false;
        for (int i = 0; i < 500; i++) {
            int[] other = repair.otherWindow(15, 26, random);
            int length = other[1] - other[0] + 1;
            assertThat(length).isBetween(SplitRowRebuild.MIN_PART_DAYS, SplitRowRebuild.MAX_PART_DAYS);
            assertThat(other[0]).isGreaterThanOrEqualTo(0);
            assertThat(other[1]).isLessThan(DAYS);
            assertThat(other[1] < 14 || other[0] > 27).as("%s..%s against 15..26", other[0], other[1]).isTrue();
            before |= other[1] == 13;
            after |= other[0] == 28;
        }
        assertThat(before && after).as("both sides, up to the day next to the day between").isTrue();
        // 7..33 leaves days 0..5 before it (too few) and 35..41 after it: one window of 7 days.
        for (int i = 0; i < 100; i++) {
            int[] other = repair.otherWindow(7, 33, random);
            if (other != null) {
                assertThat(other).containsExactly(35, 41);
            }
        }
        assertThat(repair.otherWindow(7, 34, new Random(1))).isNull();
        assertThat(repair.otherWindow(6, 34, new Random(1))).isNull();
    }

    @Test
    void nothingToDrawWhileNoRowBreaksARule() {
        Roster roster = roster();
        slots[BREAK].setWorker(a);
        SplitRepairRowRebuild repair = new SplitRepairRowRebuild();
        repair.index(roster);
        assertThat(repair.canDraw()).isFalse();
    }
}
