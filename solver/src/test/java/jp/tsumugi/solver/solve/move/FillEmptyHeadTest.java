package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FillEmptyHeadTest extends TwoWeekRosterTest {

    /** Day 2's 10:00–18:00 cover: one required head and one optional head. */
    private Slot[] middle;

    @Override
    void addSlots(List<Slot> slots) {
        Cover twoHeads = data.cover(data.coverBuilder(MONDAY.plusDays(2), "10:00", "18:00", 0).headcount(1, 1));
        middle = twoHeads.createSlots().toArray(new Slot[0]);
        slots.addAll(List.of(middle));
    }

    private FillEmptyHead indexed() {
        FillEmptyHead factory = new FillEmptyHead();
        factory.index(roster);
        return factory;
    }

    private void offOn(int day, Worker... workers) {
        for (Worker worker : workers) {
            data.dayOff(worker, MONDAY.plusDays(day));
        }
    }

    private static Worker to(ReassignMove move, Slot slot) {
        return move.workers().get(move.slots().indexOf(slot));
    }

    @Test
    void theTargetIsAnEmptyRequiredHeadNeverAnOptionalOne() {
        // Every cover but the two-head one is filled; that one has its required head filled, its optional head empty.
        for (int d = 0; d < 14; d++) {
            early[d].setWorker(d % 2 == 0 ? a : b);
            late[d].setWorker(c);
        }
        late[2].setWorker(null);
        middle[0].setWorker(b);
        FillEmptyHead factory = indexed();
        Random random = new Random(5);
        // late[2] is the one empty required head; middle[1] (optional) is never drawn.
        for (int i = 0; i < 200; i++) {
            assertThat(factory.randomEmptyRequiredSlot(random)).isSameAs(late[2]);
        }
        late[2].setWorker(b);
        assertThat(factory.randomEmptyRequiredSlot(random)).as("no empty required head").isNull();
        // With the required head of the two-head cover empty too (nobody on it), its first empty slot is a target.
        middle[0].setWorker(null);
        assertThat(factory.randomEmptyRequiredSlot(random)).isIn(middle[0], middle[1]);
    }

    @Test
    void aFreeWorkerTakesTheHoleAndNoWorkerGetsAnOverlappingSlot() {
        early[3].setWorker(a);
        late[3].setWorker(b);
        FillEmptyHead factory = indexed();
        Random random = new Random(11);
        Set<Worker> takers = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            ReassignMove move = factory.chain(random, middle[0], 1);
            // One link: the hole's new worker, and at most the one slot it leaves.
            assertThat(move.slots().get(0)).isSameAs(middle[0]);
            Worker taker = move.workers().get(0);
            takers.add(taker);
            assertThat(move.slots()).hasSizeLessThanOrEqualTo(2);
            if (move.slots().size() == 2) {
                assertThat(move.workers().get(1)).isNull();
                assertThat(move.slots().get(1).getWorker()).isSameAs(taker);
            }
            doAndUndo(move);
        }
        // c is free on day 2 and never clashes; a and b do not work day 2 either.
        assertThat(takers).containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    void aWorkerOnAnOptionalHeadMovesToTheRequiredHeadAndTheOptionalHeadStaysEmpty() {
        middle[0].setWorker(b);
        middle[1].setWorker(a); // the optional head
        offOn(2, c);
        late[2].setWorker(null);
        FillEmptyHead factory = indexed();
        Random random = new Random(3);
        int seen = 0;
        for (int i = 0; i < 200; i++) {
            ReassignMove move = factory.chain(random, early[2], 3);
            if (to(move, early[2]) == a) {
                // a leaves 10:00–18:00 (overlapping 06:00–14:00); its cover keeps b, its required count: chain ends.
                assertThat(move.slots()).containsExactly(early[2], middle[1]);
                assertThat(move.workers()).containsExactly(a, null);
                seen++;
            }
            doAndUndo(move);
        }
        assertThat(seen).isPositive();
    }

    @Test
    void aRequiredSlotLeftForTheHoleIsHandedToTheNextWorker() {
        early[2].setWorker(a); // a's slot overlaps middle (10:00–18:00): a must leave it to take middle[0]
        offOn(2, c);
        FillEmptyHead factory = indexed();
        Random random = new Random(9);
        int handedOn = 0;
        for (int i = 0; i < 300; i++) {
            ReassignMove move = factory.chain(random, middle[0], 2);
            if (to(move, middle[0]) == a) {
                // early[2] was a required head: b (free on day 2, not c who is off) takes it.
                assertThat(to(move, early[2])).isSameAs(b);
                handedOn++;
            }
            assertThat(move.workers()).doesNotContain(c);
            doAndUndo(move);
        }
        assertThat(handedOn).isPositive();
        // With one link only, the slot a leaves stays empty (the unfilled head moved).
        for (int i = 0; i < 100; i++) {
            ReassignMove move = factory.chain(random, middle[0], 1);
            if (to(move, middle[0]) == a) {
                assertThat(move.slots()).containsExactly(middle[0], early[2]);
                assertThat(move.workers()).containsExactly(a, null);
            }
        }
    }

    @Test
    void aFreeWorkerDropsADayWithinAWeekPreferringTheEdgeOfItsRun() {
        for (int d = 1; d <= 4; d++) {
            early[d].setWorker(a);
        }
        early[12].setWorker(a); // 7 days after day 5: in the window
        early[13].setWorker(a); // 8 days after: never dropped
        offOn(5, b, c);
        FillEmptyHead factory = indexed();
        Random random = new Random(2);
        Map<Slot, Integer> dropped = new HashMap<>();
        int kept = 0;
        for (int i = 0; i < 600; i++) {
            ReassignMove move = factory.chain(random, early[5], 1);
            assertThat(move.slots().get(0)).isSameAs(early[5]);
            assertThat(move.workers().get(0)).isSameAs(a);
            if (move.slots().size() == 1) {
                kept++;
            } else {
                dropped.merge(move.slots().get(1), 1, Integer::sum);
            }
            doAndUndo(move);
        }
        assertThat(kept).isPositive();
        assertThat(dropped.keySet()).doesNotContain(early[13], early[5]).contains(early[1], early[12]);
        // The run through day 5 is days 1–5: its edge (day 1) is drawn far more often than any inner day.
        assertThat(dropped.get(early[1])).isGreaterThan(2 * dropped.getOrDefault(early[3], 0));
    }

    @Test
    void onAWeekendAWorkerOnTheOtherDayIsPreferred() {
        late[6].setWorker(a); // Sunday
        FillEmptyHead factory = indexed();
        assertThat(early[5].getCover().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(factory.weekendPartner(early[5])).isEqualTo(6);
        assertThat(factory.weekendPartner(late[6])).isEqualTo(5);
        assertThat(factory.weekendPartner(early[4])).isEqualTo(-1);
        Random random = new Random(4);
        for (int i = 0; i < 50; i++) {
            assertThat(factory.pick(random, early[5], List.of(), 6).worker()).isSameAs(a);
        }
        assertThat(factory.pick(random, early[5], List.of(a), 6)).isNull();
        int byA = 0;
        for (int i = 0; i < 600; i++) {
            if (to(factory.chain(random, early[5], 1), early[5]) == a) {
                byA++;
            }
        }
        // Half the draws look for the Sunday worker first; the other half take one of three at random.
        assertThat(byA).isBetween(300, 500);
    }

    @Test
    void pinnedSlotsAreNeverTakenLeftOrHandedOn() {
        early[2].setWorker(a);
        early[2].setPinned(true); // a cannot leave it for middle[0]
        late[3].setPinned(true); // an empty pinned required head is never a target
        FillEmptyHead factory = indexed();
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            ReassignMove move = factory.createRandomMoveIterator(null, random).next();
            assertThat(move.slots()).doesNotContain(early[2], late[3]);
            if (!move.slots().isEmpty() && move.slots().get(0) == middle[0]) {
                assertThat(move.workers().get(0)).isNotSameAs(a);
            }
        }
        for (int i = 0; i < 100; i++) {
            assertThat(to(factory.chain(random, middle[0], 3), middle[0])).isNotSameAs(a);
        }
    }

    @Test
    void noWorkerWhoCanTakeTheHoleMeansNoMove() {
        offOn(4, a, b, c);
        FillEmptyHead factory = indexed();
        assertThat(factory.chain(new Random(1), early[4], 3)).isNull();
    }

    @Test
    void drawnChainsFillTheTargetMoveEachWorkerOnceAndNeverDoubleBook() {
        Random setup = new Random(17);
        List<Worker> workers = List.of(a, b, c);
        for (int d = 0; d < 14; d++) {
            if (setup.nextInt(3) > 0) {
                early[d].setWorker(workers.get(setup.nextInt(3)));
            }
            if (setup.nextInt(3) > 0) {
                Worker worker = workers.get(setup.nextInt(3));
                if (early[d].getWorker() != worker) {
                    late[d].setWorker(worker);
                }
            }
        }
        FillEmptyHead factory = indexed();
        Random random = new Random(23);
        int moves = 0;
        for (int i = 0; i < 500; i++) {
            ReassignMove move = factory.draw(random);
            if (move == null) {
                continue;
            }
            moves++;
            Slot target = move.slots().get(0);
            assertThat(target.getWorker()).isNull();
            assertThat(move.workers().get(0)).isNotNull();
            List<Worker> takers = move.workers().stream().filter(w -> w != null).toList();
            assertThat(new HashSet<>(takers)).hasSameSizeAs(takers);
            Map<Slot, Worker> before = assignment();
            move.doMoveOnGenuineVariables(TwoWeekRosterTest.director());
            for (Slot slot : roster.getSlots()) {
                if (slot.getWorker() != null) {
                    assertThat(factory.days.clashes(slot, slot.getWorker(), null)).as(move.toString()).isFalse();
                }
            }
            roster.getSlots().forEach(slot -> slot.setWorker(before.get(slot)));
        }
        assertThat(moves).isGreaterThan(100);
    }

}
