package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.BeforeEach;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the move tests share: two weeks from Monday 1 June 2026, each day an early (06:00–14:00) and a late
 * (14:00–22:00) slot of one head, workers a, b and c, built afresh before each test; and the check that a move, done
 * as the solver does it and undone, announces its slots and restores the roster.
 */
abstract class TwoWeekRosterTest {
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    TestData data;
    Worker a;
    Worker b;
    Worker c;
    /** early[d] and late[d]: the two one-head slots of day d (0 = Monday .. 13 = the second Sunday). */
    final Slot[] early = new Slot[14];
    final Slot[] late = new Slot[14];
    Roster roster;

    @BeforeEach
    void buildRoster() {
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
        addSlots(slots);
        roster = data.roster(slots);
    }

    /** Adds a test class's own slots to the roster's (none here). */
    void addSlots(List<Slot> slots) {
    }

    /** A one-head slot on day {@code d} of a cover of {@code type} (60 minutes' break). */
    Slot typed(int d, jp.tsumugi.solver.domain.ShiftType type, String start, String end) {
        jp.tsumugi.solver.domain.Cover cover = data.cover(data.coverBuilder(MONDAY.plusDays(d), start, end, 60)
                .shiftType(type));
        return cover.createSlots().get(0);
    }

    /** Gives each day's slots random workers (a, b, c or nobody; never one worker both slots of a day). */
    void fill(long seed) {
        Random fill = new Random(seed);
        Worker[] people = {a, b, c, null};
        for (int d = 0; d < 14; d++) {
            Worker first = people[fill.nextInt(4)];
            Worker second = people[fill.nextInt(4)];
            early[d].setWorker(first);
            late[d].setWorker(second == first ? null : second);
        }
    }

    /** The days {@code worker} works once {@code move} is done, with the slot of each (at most one a day). */
    java.util.TreeMap<Integer, Slot> rowAfter(Worker worker, ReassignMove move) {
        java.util.TreeMap<Integer, Slot> row = new java.util.TreeMap<>();
        after(move).forEach((slot, w) -> {
            if (w == worker) {
                org.assertj.core.api.Assertions.assertThat(row.put(slot.getDayIndex(), slot)).as("one slot a day").isNull();
            }
        });
        return row;
    }

    /** Each slot's worker now. */
    Map<Slot, Worker> assignment() {
        Map<Slot, Worker> map = new HashMap<>();
        roster.getSlots().forEach(slot -> map.put(slot, slot.getWorker()));
        return map;
    }

    /** Each slot's worker once {@code move} is done (the roster itself unchanged). */
    Map<Slot, Worker> after(ReassignMove move) {
        Map<Slot, Worker> map = assignment();
        for (int i = 0; i < move.slots().size(); i++) {
            map.put(move.slots().get(i), move.workers().get(i));
        }
        return map;
    }

    /**
     * Does {@code move} as the solver would (it must be doable; each slot announced before and after it changes), then
     * its reverse, and checks that the reverse restores every slot.
     */
    void doAndUndo(ReassignMove move) {
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

    /** The moves {@code count} draws from a generator seeded {@code seed} make (draws that find none left out). */
    static List<ReassignMove> draws(PatternMoveFactory factory, long seed, int count) {
        Random random = new Random(seed);
        List<ReassignMove> moves = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReassignMove move = factory.draw(random);
            if (move != null) {
                moves.add(move);
            }
        }
        return moves;
    }

    /** A score director that takes the announcements of a change and nothing else. */
    static ScoreDirector<Roster> director() {
        return new RecordingDirector().proxy();
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
