package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PatternMoveFactoryTest extends TwoWeekRosterTest {


    private static <F extends PatternMoveFactory> F indexed(F factory, Roster roster) {
        factory.index(roster);
        return factory;
    }

    @Test
    void blockTradeSwapsEverySlotOfBothWorkersInTheBlockAndNothingOutside() {
        for (int d = 0; d < 5; d++) {
            early[d].setWorker(a);
        }
        late[1].setWorker(b);
        late[3].setWorker(b);
        late[4].setWorker(c);
        PatternMoveFactory.BlockSwap factory = indexed(new PatternMoveFactory.BlockSwap(), roster);

        ReassignMove move = factory.trade(1, 3, a, b);

        assertThat(move.slots()).containsExactlyInAnyOrder(early[1], early[2], early[3], late[1], late[3]);
        Map<Slot, Worker> expected = new HashMap<>(Map.of(early[1], b, early[2], b, early[3], b, late[1], a, late[3], a));
        for (int i = 0; i < move.slots().size(); i++) {
            assertThat(move.workers().get(i)).isSameAs(expected.get(move.slots().get(i)));
        }
        doAndUndo(move);
        // Days 0 and 4 and the third worker are untouched.
        move.doMoveOnGenuineVariables(TwoWeekRosterTest.director());
        assertThat(early[0].getWorker()).isSameAs(a);
        assertThat(early[4].getWorker()).isSameAs(a);
        assertThat(late[4].getWorker()).isSameAs(c);
    }

    @Test
    void tradeWithNobodyLeavesTheWorkersSlotsEmpty() {
        early[5].setWorker(a);
        late[6].setWorker(a);
        PatternMoveFactory.Weekend factory = indexed(new PatternMoveFactory.Weekend(), roster);

        ReassignMove move = factory.trade(5, 6, a, null);

        assertThat(move.slots()).containsExactlyInAnyOrder(early[5], late[6]);
        assertThat(move.workers()).containsOnlyNulls();
        doAndUndo(move);
    }

    @Test
    void aPinnedSlotIsNeverMoved() {
        early[2].setWorker(a);
        early[3].setWorker(a);
        early[3].setPinned(true);
        PatternMoveFactory.BlockSwap factory = indexed(new PatternMoveFactory.BlockSwap(), roster);

        assertThat(factory.trade(1, 4, a, b)).isNull();
        assertThat(factory.trade(1, 2, a, b)).isNotNull();
        // A move made before the slot was pinned is not doable any more.
        ReassignMove before = new ReassignMove("x", List.of(early[3]), List.of(b));
        assertThat(before.isMoveDoable(TwoWeekRosterTest.director())).isFalse();
        // Random draws never include the pinned slot.
        Random random = new Random(7);
        for (PatternMoveFactory f : List.of(factory, indexed(new PatternMoveFactory.Weekend(), roster),
                indexed(new PatternMoveFactory.SameDayChange(), roster),
                indexed(new PatternMoveFactory.OtherDayChange(), roster),
                indexed(new PatternMoveFactory.BalancedTrade(), roster),
                indexed(new PatternMoveFactory.NearbySwap(), roster))) {
            for (int i = 0; i < 500; i++) {
                ReassignMove move = f.createRandomMoveIterator(null, random).next();
                assertThat(move.slots()).doesNotContain(early[3]);
            }
        }
    }

    @Test
    void aMoveThatChangesNothingIsNotDoable() {
        early[0].setWorker(a);
        assertThat(new ReassignMove("x", List.of(early[0]), List.of(a)).isMoveDoable(TwoWeekRosterTest.director()))
                .isFalse();
        assertThat(ReassignMove.none("x").isMoveDoable(TwoWeekRosterTest.director())).isFalse();
    }

    @Test
    void weekendDrawsTakeSaturdayAndSundayTogether() {
        early[5].setWorker(a); // Saturday
        early[6].setWorker(a); // Sunday
        late[6].setWorker(b);
        PatternMoveFactory.Weekend factory = indexed(new PatternMoveFactory.Weekend(), roster);
        assertThat(early[5].getCover().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        Random random = new Random(1);
        int handedOver = 0;
        int dropped = 0;
        for (int i = 0; i < 300; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            assertThat(move.slots()).allMatch(slot -> slot.getDayIndex() == 5 || slot.getDayIndex() == 6);
            if (move.slots().contains(early[5])) {
                // a's whole weekend moves: Saturday and Sunday to the same worker (or nobody).
                Worker to = move.workers().get(move.slots().indexOf(early[5]));
                assertThat(move.workers().get(move.slots().indexOf(early[6]))).isSameAs(to);
                if (to == null) {
                    dropped++;
                } else {
                    handedOver++;
                }
                if (to == b) {
                    assertThat(move.workers().get(move.slots().indexOf(late[6]))).isSameAs(a);
                }
            }
            doAndUndo(move);
        }
        assertThat(handedOver).isPositive();
        assertThat(dropped).isPositive();
    }

    @Test
    void sameDayChangeMovesTheWorkerToAnEmptySlotOfAnotherCoverThatDay() {
        early[2].setWorker(a);
        late[3].setWorker(b);
        PatternMoveFactory.SameDayChange factory = indexed(new PatternMoveFactory.SameDayChange(), roster);
        Random random = new Random(3);
        int seen = 0;
        for (int i = 0; i < 200; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            seen++;
            if (move.slots().get(0) == early[2]) {
                assertThat(move.slots()).containsExactly(early[2], late[2]);
                assertThat(move.workers()).containsExactly(null, a);
            } else {
                assertThat(move.slots()).containsExactly(late[3], early[3]);
                assertThat(move.workers()).containsExactly(null, b);
            }
            doAndUndo(move);
        }
        assertThat(seen).isPositive();
    }

    @Test
    void otherDayChangeMovesTheWorkerToAnEmptySlotOneToSevenDaysAwayWhereItHasNoOverlappingSlot() {
        // a works day 1's early slot and a 10:00-18:00 slot on day 4, which overlaps both of day 4's other slots.
        Slot middle = data.cover(MONDAY.plusDays(4), "10:00", "18:00", 0).createSlots().get(0);
        List<Slot> slots = new ArrayList<>(roster.getSlots());
        slots.add(middle);
        roster = data.roster(slots);
        early[1].setWorker(a);
        middle.setWorker(a);
        late[10].setWorker(b);
        early[10].setWorker(c);
        PatternMoveFactory.OtherDayChange factory = indexed(new PatternMoveFactory.OtherDayChange(), roster);
        List<ReassignMove> moves = draws(factory, 11, 3000);
        int furthest = 0;
        for (ReassignMove move : moves) {
            Slot from = move.slots().get(0);
            Slot to = move.slots().get(1);
            Worker worker = from.getWorker();
            assertThat(move.workers()).containsExactly(null, worker);
            assertThat(to.getWorker()).isNull();
            int distance = Math.abs(to.getDayIndex() - from.getDayIndex());
            assertThat(distance).isBetween(1, PatternMoveFactory.MAX_BLOCK_DAYS);
            furthest = Math.max(furthest, distance);
            if (worker == a && from == early[1]) {
                assertThat(to.getDayIndex()).as("day 4's slots all overlap a's middle slot").isNotEqualTo(4);
            }
            doAndUndo(move);
        }
        assertThat(moves).isNotEmpty();
        assertThat(furthest).isEqualTo(PatternMoveFactory.MAX_BLOCK_DAYS);
    }

    @Test
    void blockSwapDrawsStayWithinSevenDaysAroundAnAssignedSlot() {
        for (int d = 0; d < 14; d++) {
            early[d].setWorker(d % 2 == 0 ? a : b);
            late[d].setWorker(c);
        }
        PatternMoveFactory.BlockSwap factory = indexed(new PatternMoveFactory.BlockSwap(), roster);
        Random random = new Random(5);
        for (int i = 0; i < 300; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            int first = move.slots().stream().mapToInt(Slot::getDayIndex).min().orElseThrow();
            int last = move.slots().stream().mapToInt(Slot::getDayIndex).max().orElseThrow();
            assertThat(last - first).isLessThan(PatternMoveFactory.MAX_BLOCK_DAYS);
            doAndUndo(move);
        }
    }

    private static long workingDays(Map<Slot, Worker> assignment, Worker worker) {
        return assignment.entrySet().stream().filter(e -> e.getValue() == worker)
                .mapToInt(e -> e.getKey().getDayIndex()).distinct().count();
    }

    @Test
    void balancedTradeGivesBackAsManyDaysAsTheBlockTook() {
        for (int d = 0; d < 5; d++) {
            early[d].setWorker(a);
        }
        late[1].setWorker(b);
        late[6].setWorker(b);
        late[8].setWorker(b);
        late[9].setWorker(c);
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);

        // Days 2-3: a works both, b neither, so a gives two days and takes two of b's: 6 and 8 (on day 1 a works).
        ReassignMove move = factory.balancedTrade(new Random(1), 2, 3, a, b);

        assertThat(move.slots()).containsExactlyInAnyOrder(early[2], early[3], late[6], late[8]);
        Map<Slot, Worker> after = after(move);
        assertThat(after.get(early[2])).isSameAs(b);
        assertThat(after.get(early[3])).isSameAs(b);
        assertThat(after.get(late[6])).isSameAs(a);
        assertThat(after.get(late[8])).isSameAs(a);
        assertThat(workingDays(after, a)).isEqualTo(5);
        assertThat(workingDays(after, b)).isEqualTo(3);
        doAndUndo(move);
    }

    @Test
    void balancedTradeWorksTheOtherWayRoundAndTradesBothWorkersSlotsInTheBlock() {
        early[2].setWorker(a);
        early[3].setWorker(b);
        late[2].setWorker(c);
        early[4].setWorker(b);
        early[5].setWorker(a);
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);

        // Days 2-4: a gives day 2, b gives days 3 and 4, so b takes one day of a's back: day 5 (a's only other day).
        ReassignMove move = factory.balancedTrade(new Random(2), 2, 4, a, b);

        Map<Slot, Worker> after = after(move);
        assertThat(move.slots()).containsExactlyInAnyOrder(early[2], early[3], early[4], early[5]);
        assertThat(after.get(early[2])).isSameAs(b);
        assertThat(after.get(early[3])).isSameAs(a);
        assertThat(after.get(early[4])).isSameAs(a);
        assertThat(after.get(early[5])).isSameAs(b);
        assertThat(after.get(late[2])).isSameAs(c);
        doAndUndo(move);
    }

    @Test
    void balancedTradeIsNotMadeWhenTheBlockIsBalancedOrNothingCanBeGivenBack() {
        early[2].setWorker(a);
        early[3].setWorker(b);
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);
        // One day each: a block swap, not this move.
        assertThat(factory.balancedTrade(new Random(1), 2, 3, a, b)).isNull();
        // a gives day 2, but b works no other day a could take.
        early[3].setWorker(null);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b)).isNull();
        // A pinned slot among b's days to give back.
        early[9].setWorker(b);
        early[9].setPinned(true);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b)).isNull();
        early[9].setPinned(false);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b).slots()).containsExactlyInAnyOrder(early[2], early[9]);
    }

    @Test
    void balancedTradeTakesDaysBackAtMostSevenDaysFromTheBlock() {
        early[2].setWorker(a);
        late[10].setWorker(b); // 8 days after day 2
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b)).isNull();
        late[10].setWorker(null);
        late[9].setWorker(b); // 7 days after day 2
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b).slots()).containsExactlyInAnyOrder(early[2], late[9]);
        // And before the block: day 3's block, day 10 is 7 days after, day 0 3 days before.
        early[2].setWorker(null);
        early[3].setWorker(a);
        late[9].setWorker(null);
        late[11].setWorker(b); // 8 days after day 3
        assertThat(factory.balancedTrade(new Random(1), 3, 3, a, b)).isNull();
        late[0].setWorker(b);
        assertThat(factory.balancedTrade(new Random(1), 3, 3, a, b).slots()).containsExactlyInAnyOrder(early[3], late[0]);
    }

    @Test
    void balancedTradeNeverGivesAWorkerASlotOverlappingOneItKeeps() {
        // b's night slot of day 5 (22:00-07:00) overlaps a's early slot of day 6 (06:00-14:00).
        Slot night = data.cover(MONDAY.plusDays(5), "22:00", "07:00", 0).createSlots().get(0);
        List<Slot> slots = new ArrayList<>(roster.getSlots());
        slots.add(night);
        roster = data.roster(slots);
        early[2].setWorker(a);
        early[6].setWorker(a);
        night.setWorker(b);
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b)).isNull();
        early[6].setWorker(null);
        assertThat(factory.balancedTrade(new Random(1), 2, 2, a, b).slots()).containsExactlyInAnyOrder(early[2], night);
    }

    @Test
    void balancedTradeDrawsKeepEveryWorkersDaysAndEveryCoverFilled() {
        fill(9);
        early[4].setPinned(true);
        PatternMoveFactory.BalancedTrade factory = indexed(new PatternMoveFactory.BalancedTrade(), roster);
        Random random = new Random(4);
        int seen = 0;
        int weekends = 0;
        for (int i = 0; i < 2000; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            seen++;
            Map<Slot, Worker> before = assignment();
            Map<Slot, Worker> after = after(move);
            assertThat(move.slots()).doesNotContain(early[4]);
            for (Worker w : List.of(a, b, c)) {
                assertThat(workingDays(after, w)).isEqualTo(workingDays(before, w));
                for (int d = 0; d < 14; d++) {
                    int day = d;
                    assertThat(after.entrySet().stream().filter(e -> e.getValue() == w && e.getKey().getDayIndex() == day))
                            .hasSizeLessThanOrEqualTo(1);
                }
            }
            for (Slot slot : roster.getSlots()) {
                assertThat(after.get(slot) == null).isEqualTo(before.get(slot) == null);
            }
            if (move.slots().stream().anyMatch(slot -> slot.getDayIndex() == 5)
                    && move.slots().stream().anyMatch(slot -> slot.getDayIndex() == 6)) {
                weekends++;
            }
            doAndUndo(move);
        }
        assertThat(seen).isGreaterThan(100);
        assertThat(weekends).isPositive();
    }

    @Test
    void nearbySwapTradesTwoWorkersSlotsAtMostThreeDaysApart() {
        for (int d = 0; d < 14; d++) {
            early[d].setWorker(d % 2 == 0 ? a : b);
            late[d].setWorker(d % 3 == 0 ? c : null);
        }
        early[7].setPinned(true);
        PatternMoveFactory.NearbySwap factory = indexed(new PatternMoveFactory.NearbySwap(), roster);
        List<ReassignMove> moves = draws(factory, 6, 3000);
        int furthest = 0;
        for (ReassignMove move : moves) {
            Slot left = move.slots().get(0);
            Slot right = move.slots().get(1);
            assertThat(move.slots()).hasSize(2).doesNotContain(early[7]);
            assertThat(left.getWorker()).isNotNull().isNotSameAs(right.getWorker());
            assertThat(right.getWorker()).isNotNull();
            assertThat(move.workers()).containsExactly(right.getWorker(), left.getWorker());
            int distance = Math.abs(left.getDayIndex() - right.getDayIndex());
            assertThat(distance).isLessThanOrEqualTo(PatternMoveFactory.NearbySwap.NEARBY_DAYS);
            furthest = Math.max(furthest, distance);
            // Nobody ends up with two overlapping slots.
            Map<Slot, Worker> after = after(move);
            for (Slot x : roster.getSlots()) {
                for (Slot y : roster.getSlots()) {
                    if (x != y && after.get(x) != null && after.get(x) == after.get(y)) {
                        assertThat(x.getStartEpochMinute() < y.getEndEpochMinute()
                                && y.getStartEpochMinute() < x.getEndEpochMinute()).isFalse();
                    }
                }
            }
            doAndUndo(move);
        }
        assertThat(moves).isNotEmpty();
        assertThat(furthest).isEqualTo(PatternMoveFactory.NearbySwap.NEARBY_DAYS);
    }

    @Test
    void nearbySwapIsNotMadeWhenAWorkerWouldGetAnOverlappingSlot() {
        Slot night = data.cover(MONDAY.plusDays(5), "22:00", "07:00", 0).createSlots().get(0);
        List<Slot> slots = new ArrayList<>(roster.getSlots());
        slots.add(night);
        roster = data.roster(slots);
        early[3].setWorker(a);
        early[6].setWorker(a); // overlaps the night of day 5
        night.setWorker(b);
        PatternMoveFactory.NearbySwap factory = indexed(new PatternMoveFactory.NearbySwap(), roster);
        assertThat(factory.swap(early[3], night)).isNull();
        // a leaving early[6] for the night does not clash with early[6] itself.
        assertThat(factory.swap(early[6], night).workers()).containsExactly(b, a);
        early[6].setWorker(null);
        assertThat(factory.swap(early[3], night).workers()).containsExactly(b, a);
        assertThat(factory.swap(early[3], late[3])).as("an empty slot is no swap").isNull();
    }
}
