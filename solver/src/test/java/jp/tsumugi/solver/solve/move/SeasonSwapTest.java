package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SeasonSwap} on the two-week roster with one demand pattern "P": a 22:30–23:30 slot each day. */
class SeasonSwapTest extends TwoWeekRosterTest {
    private final Slot[] season = new Slot[14];

    @Override
    void addSlots(List<Slot> slots) {
        for (int d = 0; d < 14; d++) {
            season[d] = data.cover(data.coverBuilder(MONDAY.plusDays(d), "22:30", "23:30", 0).patternId("P"))
                    .createSlots().get(0);
            slots.add(season[d]);
        }
    }

    private List<ReassignMove> draws(long seed) {
        SeasonSwap factory = new SeasonSwap();
        factory.index(roster);
        return draws(factory, seed, 400);
    }

    @Test
    void theSeasonSlotGoesToAWorkerOfThePatternWhoTradesItsSlotOfThatDayOrTakesItOnAFreeDay() {
        season[3].setWorker(a);
        season[5].setWorker(b);
        early[3].setWorker(b);
        late[4].setWorker(c); // no pattern: never the drawn slot, and c works no slot of P
        List<ReassignMove> moves = draws(1);
        boolean traded = false;
        boolean handed = false;
        for (ReassignMove move : moves) {
            if (move.slots().size() == 2) {
                // b works day 3: b takes a's season slot, a takes b's early slot.
                assertThat(move.slots()).containsExactly(season[3], early[3]);
                assertThat(move.workers()).containsExactly(b, a);
                traded = true;
            } else {
                // a is free on day 5: a takes b's season slot there.
                assertThat(move.slots()).containsExactly(season[5]);
                assertThat(move.workers()).containsExactly(a);
                handed = true;
            }
            doAndUndo(move);
        }
        assertThat(traded).isTrue();
        assertThat(handed).isTrue();
    }

    @Test
    void theOtherWorkerOfThePatternIsLookedForWithinSevenDays() {
        season[3].setWorker(a);
        season[10].setWorker(b); // 7 days later
        assertThat(draws(2)).isNotEmpty();
        season[10].setWorker(null);
        season[11].setWorker(b); // 8 days later
        assertThat(draws(2)).isEmpty();
    }

    @Test
    void noWorkerGetsASlotOnADayOff() {
        season[3].setWorker(a);
        season[5].setWorker(b);
        late[3].setWorker(b); // 14-22: b can leave it for a's 22:30 slot, and a can take it
        assertThat(draws(3)).isNotEmpty();
        data.dayOff(b, MONDAY.plusDays(3));
        data.dayOff(a, MONDAY.plusDays(5));
        assertThat(draws(3)).as("days off").isEmpty();
    }

    @Test
    void aRosterWithoutAMovableSlotOfAPatternHasNothingToDrawSoTheUnionLeavesTheKindOut() {
        SeasonSwap factory = new SeasonSwap();
        factory.index(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).isTrue();
        for (int d = 0; d < 13; d++) {
            season[d].setPinned(true);
        }
        factory.index(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).as("one season slot movable").isTrue();
        season[13].setPinned(true);
        factory.index(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).as("every season slot pinned").isFalse();
        assertThat(factory.movable).as("the early and late slots stay movable").isNotEmpty();
    }
}
