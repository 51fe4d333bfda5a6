package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PatternMoveFactoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    private TestData data;
    private Worker a;
    private Worker b;
    private Worker c;
    /** early[d] and late[d]: the two one-head slots of day d (0 = Monday .. 13 = the second Sunday). */
    private final Slot[] early = new Slot[14];
    private final Slot[] late = new Slot[14];
    private Roster roster;

    @BeforeEach
    void setUp() {
        data = new TestData().window(MONDAY, MONDAY.plusDays(13));
        a = data.worker("a");
        b = data.worker("b");
        c = data.worker("c");
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            early[d] = data.cover(MONDAY.plusDays(d), "06:00", "14:00", 0).createSlots().get(0);
            late[d] = data.cover(MONDAY.plusDays(d), "14:00", "22:00", 0).createSlots().get(0);
            slots.add(early[d]);
            slots.add(late[d]);
        }
        roster = data.roster(slots);
    }

    private static <F extends PatternMoveFactory> F indexed(F factory, Roster roster) {
        factory.index(roster);
        return factory;
    }

    private Map<Slot, Worker> assignment() {
        Map<Slot, Worker> map = new HashMap<>();
        roster.getSlots().forEach(slot -> map.put(slot, slot.getWorker()));
        return map;
    }

    /** Applies a move as the solver would, then its reverse, and checks that the reverse restores every slot. */
    private void doAndUndo(ReassignMove move) {
        Map<Slot, Worker> before = assignment();
        List<Slot> slots = move.slots();
        List<Worker> previous = slots.stream().map(Slot::getWorker).toList();
        RecordingDirector director = new RecordingDirector();
        assertThat(move.isMoveDoable(director.proxy())).isTrue();
        move.doMoveOnGenuineVariables(director.proxy());
        assertThat(director.before).containsExactlyElementsOf(slots);
        assertThat(director.after).containsExactlyElementsOf(slots);
        for (int i = 0; i < slots.size(); i++) {
            assertThat(slots.get(i).getWorker()).isSameAs(move.workers().get(i));
        }
        new ReassignMove("undo", slots, previous).doMoveOnGenuineVariables(director.proxy());
        assertThat(assignment()).isEqualTo(before);
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
        move.doMoveOnGenuineVariables(new RecordingDirector().proxy());
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
        assertThat(before.isMoveDoable(new RecordingDirector().proxy())).isFalse();
        // Random draws never include the pinned slot.
        Random random = new Random(7);
        for (PatternMoveFactory f : List.of(factory, indexed(new PatternMoveFactory.Weekend(), roster),
                indexed(new PatternMoveFactory.SameDayChange(), roster),
                indexed(new PatternMoveFactory.OtherDayChange(), roster))) {
            for (int i = 0; i < 500; i++) {
                ReassignMove move = f.createRandomMoveIterator(null, random).next();
                assertThat(move.slots()).doesNotContain(early[3]);
            }
        }
    }

    @Test
    void aMoveThatChangesNothingIsNotDoable() {
        early[0].setWorker(a);
        assertThat(new ReassignMove("x", List.of(early[0]), List.of(a)).isMoveDoable(new RecordingDirector().proxy()))
                .isFalse();
        assertThat(ReassignMove.none("x").isMoveDoable(new RecordingDirector().proxy())).isFalse();
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
        Random random = new Random(11);
        int seen = 0;
        int furthest = 0;
        for (int i = 0; i < 3000; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            seen++;
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
        assertThat(seen).isPositive();
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

    /** A score director that only records which entities were announced as changed. */
    private static final class RecordingDirector {
        final List<Object> before = new ArrayList<>();
        final List<Object> after = new ArrayList<>();

        @SuppressWarnings("unchecked")
        ScoreDirector<Roster> proxy() {
            return (ScoreDirector<Roster>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ScoreDirector.class}, (p, method, args) -> {
                        switch (method.getName()) {
                            case "beforeVariableChanged" -> {
                                assertThat(args[1]).isEqualTo("worker");
                                before.add(args[0]);
                            }
                            case "afterVariableChanged" -> after.add(args[0]);
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }
    }
}
