package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link CommuteSwap} on the two-week roster, with a second site: the early slots are at the test site (34.40, 131.40),
 * an extra 10:00–12:00 slot each day at a site 0.2° east (and on day 8 a 12:00–16:00 slot at the test site);
 * {@code a} lives at the test site, {@code b} at the east one, {@code c} halfway.
 */
class CommuteSwapTest extends TwoWeekRosterTest {
    /** The east site's 10:00–12:00 slot of each day (overlaps the early slot, not the late one). */
    private final Slot[] east = new Slot[14];
    /** Day 8's 12:00-16:00 slot at the test site. */
    private Slot noon;

    @Override
    void addSlots(List<Slot> slots) {
        Site site = data.site("east", data.member, 34.40, 131.60);
        for (int d = 0; d < 14; d++) {
            east[d] = data.cover(site, MONDAY.plusDays(d), "10:00", "12:00", 0).createSlots().get(0);
            slots.add(east[d]);
        }
        noon = data.cover(MONDAY.plusDays(8), "12:00", "16:00", 0).createSlots().get(0);
        slots.add(noon);
    }

    private CommuteSwap indexed() {
        a.withHome(new GeoPoint(34.40, 131.40));
        b.withHome(new GeoPoint(34.40, 131.60));
        c.withHome(new GeoPoint(34.40, 131.50));
        CommuteSwap factory = new CommuteSwap();
        factory.index(roster);
        return factory;
    }

    /** Every move the factory draws, 300 draws from one seed (the draws that found nothing left out). */
    private List<ReassignMove> draws(CommuteSwap factory, long seed) {
        return draws(factory, seed, 300);
    }

    @Test
    void twoWorkersOfOneDayTradeTheirSlotsWhenBothDrivesGetShorter() {
        // Day 3: b on the early slot (test site, a's home), a on the east slot (b's home).
        early[3].setWorker(b);
        east[3].setWorker(a);
        CommuteSwap factory = indexed();
        List<ReassignMove> moves = draws(factory, 1);
        // Only day 3 has two workers; early and east overlap, and each worker leaves its own, so they may trade.
        assertThat(moves).isNotEmpty();
        for (ReassignMove move : moves) {
            assertThat(move.slots()).containsExactlyInAnyOrder(early[3], east[3]);
            assertThat(move.workers().get(move.slots().indexOf(early[3]))).isSameAs(a);
            assertThat(move.workers().get(move.slots().indexOf(east[3]))).isSameAs(b);
            doAndUndo(move);
        }
    }

    @Test
    void noTradeThatLengthensTheDrivesOrKeepsThemEqual() {
        // Day 3: a at its home site, b at its own: a trade would lengthen both.
        early[3].setWorker(a);
        east[3].setWorker(b);
        // Day 5: both slots at the test site: nothing to gain.
        early[5].setWorker(a);
        late[5].setWorker(b);
        CommuteSwap factory = indexed();
        assertThat(draws(factory, 2)).isEmpty();
        // Day 4: a at the east site, c (halfway) at the test site: a gains 0.2 degrees, c loses nothing.
        east[4].setWorker(a);
        early[4].setWorker(c);
        List<ReassignMove> moves = draws(factory, 2);
        assertThat(moves).isNotEmpty().allSatisfy(move ->
                assertThat(move.slots()).containsExactlyInAnyOrder(early[4], east[4]));
    }

    @Test
    void noWorkerGetsAnOverlappingSlotOrASlotOnADayOff() {
        // Day 8: a on the east slot (10-12) and the test site's 12:00-16:00, b on the late slot (14-22). Trading east
        // for late would give a 14-22 beside its 12-16; trading 12-16 for late gains nothing (one site).
        east[8].setWorker(a);
        noon.setWorker(a);
        late[8].setWorker(b);
        CommuteSwap factory = indexed();
        assertThat(draws(factory, 3)).as("a would overlap").isEmpty();
        noon.setWorker(null);
        assertThat(draws(factory, 3)).isNotEmpty().allSatisfy(move ->
                assertThat(move.slots()).containsExactlyInAnyOrder(east[8], late[8]));
        data.dayOff(b, MONDAY.plusDays(8));
        assertThat(draws(factory, 3)).as("b has a day off").isEmpty();
    }
}
