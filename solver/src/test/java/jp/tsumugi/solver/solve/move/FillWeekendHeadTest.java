package jp.tsumugi.solver.solve.move;

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

/**
 * The two-week roster's weekends are days 5/6 ({@code early[5]}, {@code late[5]} on Saturday, {@code early[6]},
 * {@code late[6]} on Sunday) and 12/13, plus one Saturday slot overlapping both of day 12's.
 */
class FillWeekendHeadTest extends TwoWeekRosterTest {

    /** Saturday 12's 10:00–18:00 slot, overlapping both {@code early[12]} and {@code late[12]}. */
    private Slot middle12;

    @Override
    void addSlots(List<Slot> slots) {
        middle12 = data.cover(MONDAY.plusDays(12), "10:00", "18:00", 0).createSlots().get(0);
        slots.add(middle12);
    }

    private FillWeekendHead indexed() {
        FillWeekendHead factory = new FillWeekendHead();
        factory.index(roster);
        return factory;
    }

    /** The slots that change, each with its new worker. */
    private static Map<Slot, Worker> changes(ReassignMove move) {
        Map<Slot, Worker> map = new HashMap<>();
        for (int i = 0; i < move.slots().size(); i++) {
            map.put(move.slots().get(i), move.workers().get(i));
        }
        return map;
    }

    /** The weekends (Saturday day index) each worker works in {@code assignment}. */
    private static Map<Worker, Set<Integer>> weekends(Map<Slot, Worker> assignment) {
        Map<Worker, Set<Integer>> map = new HashMap<>();
        assignment.forEach((slot, worker) -> {
            if (worker != null && FillWeekendHead.saturdayOf(slot) != Integer.MIN_VALUE) {
                map.computeIfAbsent(worker, w -> new HashSet<>()).add(FillWeekendHead.saturdayOf(slot));
            }
        });
        return map;
    }

    @Test
    void theWeekendDaysAreTheCoversSaturdaysAndSundays() {
        assertThat(early[5].getCover().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(FillWeekendHead.saturdayOf(early[5])).isEqualTo(5);
        assertThat(FillWeekendHead.saturdayOf(late[6])).isEqualTo(5);
        assertThat(FillWeekendHead.saturdayOf(early[13])).isEqualTo(12);
        assertThat(FillWeekendHead.saturdayOf(early[4])).isEqualTo(Integer.MIN_VALUE);
        assertThat(FillWeekendHead.saturdayOf(early[7])).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void completeAndRelocateAreTheOnlyMovesAndNobodyWorksMoreWeekends() {
        early[5].setWorker(a);  // a: Saturday of weekend 5 only ...
        early[12].setWorker(a); // ... and Saturday of weekend 12 only
        early[13].setWorker(b); // b: Sunday of weekend 12 only
        // c works no weekend: it has no single-day weekend to give, so it never takes the target.
        FillWeekendHead factory = indexed();
        Random random = new Random(7);
        Set<Map<Slot, Worker>> seen = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            ReassignMove move = factory.fill(random, late[6]);
            Map<Slot, Worker> changes = changes(move);
            seen.add(changes);
            Map<Worker, Set<Integer>> before = weekends(assignment());
            Map<Worker, Set<Integer>> after = weekends(after(move));
            for (Worker worker : List.of(a, b, c)) {
                assertThat(after.getOrDefault(worker, Set.of()).size())
                        .isLessThanOrEqualTo(before.getOrDefault(worker, Set.of()).size());
            }
            doAndUndo(move);
        }
        // complete: a works Saturday 5, takes Sunday 6 and gives its Saturday 12 to b (who works Sunday 13).
        Map<Slot, Worker> complete = Map.of(late[6], a, early[12], b);
        // relocate: b takes Sunday 6 and gives its Sunday 13 to a (who works Saturday 12); one draw in two b takes
        // Saturday 5's empty required head too (a full weekend).
        Map<Slot, Worker> relocate = Map.of(late[6], b, early[13], a);
        Map<Slot, Worker> relocateFull = Map.of(late[6], b, late[5], b, early[13], a);
        assertThat(seen).containsExactlyInAnyOrder(complete, relocate, relocateFull);
    }

    @Test
    void aWorkerWhoWorksBothDaysOfItsOtherWeekendsHasNothingToGive() {
        early[12].setWorker(a);
        late[13].setWorker(a); // a works weekend 12 fully
        early[13].setWorker(b);
        FillWeekendHead factory = indexed();
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            assertThat(factory.giveAway(random, a, 5)).isNull();
        }
        assertThat(factory.fill(random, late[6])).as("b's single-day weekend: a works its other day").isNotNull();
        // The target's own weekend is never the one given away.
        late[13].setWorker(null);
        for (int i = 0; i < 200; i++) {
            assertThat(factory.giveAway(random, a, 12)).isNull();
            FillWeekendHead.Give give = factory.giveAway(random, a, 5);
            assertThat(give.slots()).containsExactly(early[12]);
            assertThat(give.to()).isSameAs(b);
        }
    }

    @Test
    void theTakerOfTheGivenDayMustWorkTheOtherDayAndBeFreeAndAvailable() {
        early[12].setWorker(a); // a: Saturday 12 only
        FillWeekendHead factory = indexed();
        Random random = new Random(5);
        assertThat(factory.giveAway(random, a, 5)).as("nobody works Sunday 13").isNull();
        late[13].setWorker(c);
        assertThat(factory.giveAway(random, a, 5).to()).isSameAs(c);
        data.dayOff(c, MONDAY.plusDays(12));
        assertThat(factory.giveAway(random, a, 5)).as("c is off on Saturday 12").isNull();
        late[13].setWorker(b);
        late[12].setWorker(b); // b works both days, its Saturday slot not overlapping a's early one: b may take it
        assertThat(factory.giveAway(random, a, 5).to()).isSameAs(b);
        late[12].setWorker(null);
        middle12.setWorker(b); // 10:00–18:00 overlaps a's 06:00–14:00: b may not
        assertThat(factory.giveAway(random, a, 5)).isNull();
    }

    @Test
    void theTakerOfTheTargetMustBeAvailableAndFreeOnItsDay() {
        early[12].setWorker(a);
        early[13].setWorker(b);
        data.dayOff(a, MONDAY.plusDays(6));
        FillWeekendHead factory = indexed();
        Random random = new Random(9);
        for (int i = 0; i < 200; i++) {
            ReassignMove move = factory.fill(random, late[6]);
            assertThat(move.workers().get(0)).isSameAs(b);
        }
        early[6].setWorker(b); // b now works Sunday 6 (the early slot overlaps nothing of late, but it is b's day)
        // b has no overlapping slot with late[6] (06–14 and 14–22 do not overlap), so b may still take it.
        assertThat(factory.fill(random, late[6])).isNotNull();
        data.dayOff(b, MONDAY.plusDays(6));
        assertThat(factory.fill(random, late[6])).isNull();
    }

    @Test
    void pinnedSlotsAreNeverTakenOrGiven() {
        early[5].setWorker(a);
        early[12].setWorker(a);
        early[12].setPinned(true); // a's only single-day weekend besides 5 is pinned
        early[13].setWorker(b);
        late[6].setPinned(true);   // an empty pinned head is never a target
        FillWeekendHead factory = indexed();
        Random random = new Random(4);
        for (int i = 0; i < 400; i++) {
            ReassignMove move = factory.createRandomMoveIterator(null, random).next();
            assertThat(move.slots()).doesNotContain(early[12], late[6]);
            if (!move.slots().isEmpty()) {
                doAndUndo(move);
            }
        }
        assertThat(factory.giveAway(random, a, 5)).isNull();
    }

    @Test
    void drawnMovesFillOneOrTwoRequiredWeekendHeadsNeverDoubleBookAndNeverAddAWeekend() {
        int moves = 0;
        for (long seed = 1; seed <= 30; seed++) {
            fill(seed);
            FillWeekendHead factory = indexed();
            Random random = new Random(seed);
            for (int i = 0; i < 30; i++) {
                ReassignMove move = factory.draw(random);
                if (move == null) {
                    continue;
                }
                moves++;
                Map<Slot, Worker> before = assignment();
                Map<Slot, Worker> after = after(move);
                long filledBefore = before.values().stream().filter(w -> w != null).count();
                long filledAfter = after.values().stream().filter(w -> w != null).count();
                assertThat(filledAfter - filledBefore).isBetween(1L, 2L);
                Slot target = move.slots().get(0);
                assertThat(before.get(target)).isNull();
                assertThat(FillWeekendHead.saturdayOf(target)).isNotEqualTo(Integer.MIN_VALUE);
                Map<Worker, Set<Integer>> weekendsBefore = weekends(before);
                Map<Worker, Set<Integer>> weekendsAfter = weekends(after);
                for (Worker worker : List.of(a, b, c)) {
                    assertThat(weekendsAfter.getOrDefault(worker, Set.of()).size()).as(move.toString())
                            .isLessThanOrEqualTo(weekendsBefore.getOrDefault(worker, Set.of()).size());
                }
                move.doMoveOnGenuineVariables(TwoWeekRosterTest.director());
                for (Slot slot : roster.getSlots()) {
                    if (slot.getWorker() != null) {
                        assertThat(factory.days.clashes(slot, slot.getWorker(), null)).as(move.toString()).isFalse();
                    }
                }
                roster.getSlots().forEach(slot -> slot.setWorker(before.get(slot)));
                doAndUndo(move);
            }
        }
        assertThat(moves).isGreaterThan(50);
    }
}
