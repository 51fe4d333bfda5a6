package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link HoursToTarget} on the two-week roster (1–14 June 2026, one month of the plan: each worker's June target is
 * its monthly target × 14 / 30), with a third slot each day, 10:00–18:00, that overlaps both the early and the late
 * one and is an optional head (headcount 0 + 1), so that only the early and late slots are required heads.
 */
class HoursToTargetTest extends TwoWeekRosterTest {
    /** The 10:00–18:00 optional head of each day. */
    private final Slot[] mid = new Slot[14];

    @Override
    void addSlots(List<Slot> slots) {
        for (int d = 0; d < 14; d++) {
            mid[d] = data.cover(data.coverBuilder(MONDAY.plusDays(d), "10:00", "18:00", 0).headcount(0, 1))
                    .createSlots().get(0);
            slots.add(mid[d]);
        }
    }

    /**
     * Monthly targets in hours (the June targets are 14/30 of them: 150 h → 70 h = 8.75 slots of 8 h) and the roster
     * rebuilt so that its worker months carry them.
     */
    private void targets(int aHours, int bHours, int cHours) {
        a.withMonthlyTargetMinutes(aHours * 60);
        b.withMonthlyTargetMinutes(bHours * 60);
        c.withMonthlyTargetMinutes(cHours * 60);
        roster = data.roster(new ArrayList<>(roster.getSlots()));
    }

    private List<ReassignMove> draws(long seed) {
        HoursToTarget factory = new HoursToTarget();
        factory.index(roster);
        return draws(factory, seed, 400);
    }

    /** Fills every early and late slot: b on all 14 early slots (112 h), c on the 14 late ones (112 h). */
    private void fillEarlyWithBLateWithC() {
        for (int d = 0; d < 14; d++) {
            early[d].setWorker(b);
            late[d].setWorker(c);
        }
    }

    @Test
    void aWorkerBelowTargetTakesASlotFromAWorkerAboveTarget() {
        fillEarlyWithBLateWithC();
        // June targets: a 70 h (works 0), b 14 h (works 112: above), c 240 h (works 112: below).
        targets(150, 30, 514);
        List<ReassignMove> moves = draws(1);
        assertThat(moves).isNotEmpty();
        boolean toA = false;
        boolean toC = false;
        for (ReassignMove move : moves) {
            assertThat(move.slots()).singleElement().satisfies(slot -> assertThat(slot.getWorker()).isSameAs(b));
            Worker taker = move.workers().get(0);
            assertThat(taker).isIn(a, c);
            if (taker == c) {
                // c works the late slot of that day, which does not overlap the early one.
                toC = true;
            } else {
                toA = true;
            }
            doAndUndo(move);
        }
        assertThat(toA).isTrue();
        assertThat(toC).isTrue();
    }

    @Test
    void aWorkerAtOrBelowTargetGivesNothingAndOnlyAWorkerBelowTargetTakes() {
        fillEarlyWithBLateWithC();
        // b at 112 h of a 112 h June target (240 h a month): not above. c above, a at its target of 0: not below.
        targets(0, 240, 30);
        assertThat(draws(2)).as("a is not below target, so nobody takes").isEmpty();
        targets(150, 240, 30);
        assertThat(draws(2)).isNotEmpty().allSatisfy(move -> {
            assertThat(move.slots()).singleElement().satisfies(slot -> assertThat(slot.getWorker()).isSameAs(c));
            assertThat(move.workers()).containsExactly(a);
        });
    }

    @Test
    void anEmptyRequiredHeadIsFilledButNeverAnEmptyOptionalOne() {
        // Nothing assigned: every early and late slot is an empty required head, every mid slot an empty optional one.
        targets(150, 0, 0);
        List<ReassignMove> moves = draws(3);
        assertThat(moves).isNotEmpty().allSatisfy(move -> {
            assertThat(move.slots()).singleElement().satisfies(slot -> {
                assertThat(slot.getWorker()).isNull();
                assertThat(slot.getCover().getRequiredHeadcount()).isEqualTo(1);
            });
            assertThat(move.workers()).containsExactly(a);
            doAndUndo(move);
        });
    }

    @Test
    void neverADoubleBookingOrASlotOnADayOff() {
        fillEarlyWithBLateWithC();
        for (int d = 0; d < 14; d++) {
            // a works the optional mid slot every day but day 4: it overlaps both slots of every other day.
            if (d != 4) {
                mid[d].setWorker(a);
            }
        }
        targets(300, 30, 30);
        List<ReassignMove> moves = draws(4);
        assertThat(moves).isNotEmpty().allSatisfy(move -> {
            assertThat(move.workers()).containsExactly(a);
            assertThat(move.slots()).singleElement().satisfies(slot -> assertThat(slot.getDayIndex()).isEqualTo(4));
            doAndUndo(move);
        });
        data.dayOff(a, MONDAY.plusDays(4));
        roster = data.roster(new ArrayList<>(roster.getSlots()));
        assertThat(draws(4)).as("a's day off").isEmpty();
    }

    @Test
    void pinnedSlotsAreNeverTaken() {
        fillEarlyWithBLateWithC();
        targets(150, 30, 30);
        Map<Slot, Worker> before = assignment();
        for (int d = 0; d < 14; d++) {
            early[d].setPinned(d != 9);
            late[d].setPinned(true);
        }
        assertThat(draws(5)).isNotEmpty().allSatisfy(move ->
                assertThat(move.slots()).containsExactly(early[9]));
        early[9].setPinned(true);
        assertThat(draws(5)).isEmpty();
        assertThat(assignment()).isEqualTo(before);
    }

    @Test
    void randomRostersNeverDoubleBookAndDoAndUndoRestoreThem() {
        for (long seed = 0; seed < 20; seed++) {
            fill(seed);
            Random extra = new Random(seed);
            Worker[] people = {a, b, c, null};
            for (int d = 0; d < 14; d++) {
                // The mid slot to a worker on neither of the day's other slots, or to nobody.
                Worker m = people[extra.nextInt(4)];
                mid[d].setWorker(m == early[d].getWorker() || m == late[d].getWorker() ? null : m);
            }
            targets(150, 100, 60);
            for (ReassignMove move : draws(seed)) {
                Map<Slot, Worker> after = after(move);
                for (int d = 0; d < 14; d++) {
                    // early and late do not overlap; mid overlaps both.
                    Worker m = after.get(mid[d]);
                    assertThat(m == null || (after.get(early[d]) != m && after.get(late[d]) != m)).isTrue();
                }
                doAndUndo(move);
            }
        }
    }
}
