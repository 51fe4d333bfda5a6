package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Slot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound the row search ranks its partial rows with when the worker has a minimum of minutes: the most minutes it
 * can still work from a day to the window's end, rested, within its run rules, its weekends left and the shift types
 * it may work at all. Too loose a bound (every remaining day at the longest shift of the plan) let the beam drop the
 * rows that keep enough minutes (Instances 21 and 22, session 12).
 */
class RowBoundTest extends TwoWeekRosterTest {

    private static ContractRules rules(Map<String, Integer> maxOfType, Integer maxRun, Integer minOff,
            Integer maxWeekends) {
        return new ContractRules(maxOfType, 1, null, null, maxRun, minOff, maxWeekends);
    }

    private int day() {
        return Math.max(early[0].getNetMinutes(), late[0].getNetMinutes());
    }

    private RowPricing.Search search() {
        return RowRebuild.on(roster).search(a, 0, 13);
    }

    @Test
    void theRunRulesBoundTheMinutesLeft() {
        a.withContract(rules(Map.of(), 3, 2, null));
        // 3 on, 2 off: days 0–2, 5–7, 10–12.
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(9 * day());
        assertThat(search().mostMinutesFrom(12, 0, false)).isEqualTo(2 * day());
        assertThat(search().mostMinutesFrom(14, 0, false)).isZero();
        a.withContract(rules(Map.of(), 4, 2, null));
        // 4 on, 2 off: 0–3, 6–9, 12–13.
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(10 * day());
        a.withContract(rules(Map.of(), 3, 1, null));
        // 3 on, 1 off: 0–2, 4–6, 8–10, 12–13.
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(11 * day());
        a.withContract(rules(Map.of(), null, null, null));
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(14 * day());
    }

    @Test
    void aDayTheWorkerIsUnavailableAddsNothing() {
        a.withContract(rules(Map.of(), null, null, null));
        data.dayOff(a, MONDAY.plusDays(3));
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(13 * day());
    }

    @Test
    void weekendsBeyondTheOnesLeftAddNothing() {
        a.withContract(rules(Map.of(), null, null, 1));
        // Weekends: days 5–6 and 12–13.
        assertThat(search().mostMinutesFrom(0, 2, false)).isEqualTo(14 * day());
        assertThat(search().mostMinutesFrom(0, 1, false)).isEqualTo(12 * day());
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(10 * day());
        // From Sunday (day 6) with Saturday worked: the weekend uses one of those left.
        assertThat(search().mostMinutesFrom(6, 1, true)).isEqualTo(6 * day());
        assertThat(search().mostMinutesFrom(6, 2, true)).isEqualTo(8 * day());
        assertThat(search().mostMinutesFrom(6, 0, false)).isEqualTo(5 * day());
        // Saturday not worked: Sunday off, the weekdays and the whole next weekend.
        assertThat(search().mostMinutesFrom(6, 1, false)).isEqualTo(7 * day());
        // A worked weekend beyond those left ends the row: nothing is reachable from it.
        assertThat(search().mostMinutesFrom(13, 0, true)).isZero();
    }

    @Test
    void onlyShiftTypesTheWorkerMayWorkCount() {
        ShiftType regular = data.shiftType("D");
        ShiftType longDay = data.shiftType("L");
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            slots.add(typed(d, regular, "08:00", "17:00"));
            slots.add(typed(d, longDay, "06:00", "20:00"));
        }
        roster = data.roster(slots);
        int regularMinutes = slots.get(0).getNetMinutes();
        int longMinutes = slots.get(1).getNetMinutes();
        assertThat(longMinutes).isGreaterThan(regularMinutes);
        a.withContract(rules(Map.of("L", 0), null, null, null));
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(14 * regularMinutes);
        a.withContract(rules(Map.of("L", 1), null, null, null));
        assertThat(search().mostMinutesFrom(0, 0, false)).isEqualTo(14 * longMinutes);
    }
}
