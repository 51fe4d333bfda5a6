package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.ContractConstraints;
import jp.tsumugi.solver.score.DemandConstraints;
import jp.tsumugi.solver.score.PreferenceConstraints;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RowRebuild} on the two-week roster (every slot a required head, empty unless a test fills it): the row it
 * proposes for a whole plan keeps the worker's contract rules and fills as many heads as they allow; drawn moves only
 * move the drawn worker, at most one slot a day, never a pinned slot. RowRebuildCurtoisTest (benchmarks) checks its
 * costs against the score on the Curtois instances.
 */
class RowRebuildTest extends TwoWeekRosterTest {

    private static ContractRules rules(Integer maxRun, Integer minOff, Integer maxWeekends) {
        return new ContractRules(Map.of(), null, null, null, maxRun, minOff, maxWeekends);
    }

    private static int longestRun(TreeMap<Integer, Slot> row) {
        int longest = 0;
        int run = 0;
        for (int d = 0; d < 14; d++) {
            run = row.containsKey(d) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private ReassignMove wholePlan(Worker worker) {
        RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(worker, 0, 13);
        assertThat(proposal).isNotNull();
        doAndUndo(proposal.move());
        return proposal.move();
    }

    @Test
    void theRowFillsEveryDayThatTheLongestRunAllows() {
        a.withContract(rules(3, null, null));
        TreeMap<Integer, Slot> row = rowAfter(a, wholePlan(a));
        // 3 on, 1 off: days 0–2, 4–6, 8–10, 12–13.
        assertThat(row).hasSize(11);
        assertThat(longestRun(row)).isEqualTo(3);
    }

    @Test
    void daysOffBetweenRunsAreAtLeastTheMinimum() {
        a.withContract(rules(3, 2, null));
        TreeMap<Integer, Slot> row = rowAfter(a, wholePlan(a));
        // 3 on, 2 off: days 0–2, 5–7, 10–12.
        assertThat(row).hasSize(9);
        assertThat(longestRun(row)).isEqualTo(3);
        Integer previous = null;
        for (int d : row.keySet()) {
            if (previous != null && d > previous + 1) {
                assertThat(d - previous - 1).as("days off before day %d", d).isGreaterThanOrEqualTo(2);
            }
            previous = d;
        }
    }

    @Test
    void atMostTheWorkersMaximumOfWeekends() {
        a.withContract(rules(null, null, 1));
        TreeMap<Integer, Slot> row = rowAfter(a, wholePlan(a));
        // Both days of one weekend (5–6 or 12–13), and every weekday.
        assertThat(row).hasSize(12);
        long weekendDays = row.keySet().stream().filter(d -> d % 7 >= 5).count();
        assertThat(weekendDays).isEqualTo(2);
        assertThat(row.keySet().stream().filter(d -> d % 7 >= 5).map(d -> d / 7).distinct().count()).isEqualTo(1);
    }

    @Test
    void theRowWorksUpToTheMaximumOfMinutesExactly() {
        int shift = early[0].getNetMinutes();
        a.withContract(new ContractRules(Map.of(), null, 3 * shift, null, null, null, null));
        // Every head earns; the beam must rank the rows by the minutes beyond the maximum as they pass it, or the rows
        // that keep within it (at most 3 of 14 days) are pruned long before the plan's end (session 17).
        assertThat(rowAfter(a, wholePlan(a))).hasSize(3);
        a.withContract(new ContractRules(Map.of(), null, 3 * shift - 1, null, null, null, null));
        assertThat(rowAfter(a, wholePlan(a))).hasSize(2);
    }

    @Test
    void minutesFixedOutsideTheWindowCountTowardsItsMaximum() {
        int shift = early[0].getNetMinutes();
        a.withContract(new ContractRules(Map.of(), null, 4 * shift, null, null, null, null));
        for (int d : new int[] {0, 1, 2}) {
            early[d].setWorker(a);
        }
        // Three shifts fixed before the window 7–13: one more fits, a fifth would pass the maximum.
        RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(a, 7, 13);
        assertThat(rowAfter(a, proposal.move()).subMap(7, 14)).hasSize(1);
        // Already beyond the maximum outside the window: the best change there is one more head, which costs its
        // minutes beyond the maximum less what the head earns; the excess outside costs both rows alike.
        early[3].setWorker(a);
        early[4].setWorker(a);
        RowRebuild.Proposal beyond = RowRebuild.on(roster).propose(a, 7, 13);
        assertThat(rowAfter(a, beyond.move()).subMap(7, 14)).hasSize(1);
        assertThat(beyond.cost() - beyond.currentCost()).isEqualTo(
                shift * RowRebuild.HARD - early[7].getCover().getUnfilledWeightPerHead() * RowRebuild.MEDIUM);
    }

    @Test
    void partialRowsThatDifferOnlyWhereNoRuleLooksAreOneState() {
        // Only a longest run: minutes, weekends and shifts per type count for nothing, so each key ends with one state.
        a.withContract(rules(3, null, null));
        RowPricing.Search search = RowRebuild.on(roster).search(a, 0, 13);
        List<RowPricing.State> ends = search.run();
        assertThat(ends).extracting(search::key).doesNotHaveDuplicates();
        assertThat(ends).allMatch(end -> end.minutes == 0 && end.weekends == 0);
        // At most one weekend: weekends are counted up to it, the second is priced, not counted.
        int shift = early[0].getNetMinutes();
        a.withContract(new ContractRules(Map.of(), null, 5 * shift, null, null, null, 1));
        List<RowPricing.State> limited = RowRebuild.on(roster).search(a, 0, 13).run();
        assertThat(limited).allMatch(end -> end.weekends <= 1 && end.minutes <= 5 * shift);
        assertThat(limited).anyMatch(end -> end.weekends == 1);
        assertThat(limited).anyMatch(end -> end.minutes == 5 * shift);
    }

    @Test
    void onlyTheShiftTypesWhoseMaximumTheWindowCanReachAreCounted() {
        jp.tsumugi.solver.domain.ShiftType day = data.shiftType("D");
        jp.tsumugi.solver.domain.ShiftType night = data.shiftType("N");
        List<Slot> slots = new java.util.ArrayList<>();
        for (int d = 0; d < 14; d++) {
            slots.add(typed(d, day, "08:00", "17:00"));
            slots.add(typed(d, night, "20:00", "23:00"));
        }
        roster = data.roster(slots);
        // D at most 14 (every day of the window: never reached), N at most 2.
        a.withContract(new ContractRules(Map.of("D", 14, "N", 2), null, null, null, null, null, null));
        RowRebuild rebuild = RowRebuild.on(roster);
        int d = rebuild.typeIndexOf(slots.get(0));
        int n = rebuild.typeIndexOf(slots.get(1));
        List<RowPricing.State> ends = rebuild.search(a, 0, 13).run();
        assertThat(ends).anyMatch(end -> end.typeCounts[n] == 2);
        assertThat(ends).allMatch(end -> end.typeCounts[d] == 0 && end.typeCounts[n] <= 2);
        // At most 13: the window can reach it, so D is counted.
        a.withContract(new ContractRules(Map.of("D", 13, "N", 2), null, null, null, null, null, null));
        assertThat(RowRebuild.on(roster).search(a, 0, 13).run()).anyMatch(end -> end.typeCounts[d] == 13);
    }

    @Test
    void theRunRulesHoldAcrossTheWindowsEdges() {
        a.withContract(rules(3, null, null));
        // Fixed outside the window 3–9: a works days 0–2 and 10–12.
        for (int d : new int[] {0, 1, 2, 10, 11, 12}) {
            early[d].setWorker(a);
        }
        RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(a, 3, 9);
        TreeMap<Integer, Slot> row = rowAfter(a, proposal.move());
        // Day 3 and day 9 must stay off (runs 0–2 and 10–12 are at 3); days 4–6 and 8 at most: 4–6 on, 7 off, 8 on.
        assertThat(row.keySet()).doesNotContain(3, 9);
        assertThat(longestRun(row)).isEqualTo(3);
        assertThat(row.subMap(3, 10)).hasSize(4);
    }

    @Test
    void onlyTheFreeDaysChangeAndTheFixedDaysBetweenThemCountForTheRules() {
        a.withContract(rules(3, null, null));
        // a works days 5 and 6 (fixed); free: days 0–3 and 7–13.
        early[5].setWorker(a);
        early[6].setWorker(a);
        RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(a, 0, 13, d -> d != 4 && d != 5 && d != 6);
        TreeMap<Integer, Slot> row = rowAfter(a, proposal.move());
        assertThat(row.get(5)).isSameAs(early[5]);
        assertThat(row.get(6)).isSameAs(early[6]);
        assertThat(row).doesNotContainKey(4);
        // Day 7 would make 5–7 a run of 3 (allowed), day 8 too would make 4: so 7 on, 8 off, 9–11 on, 12 off, 13 on.
        assertThat(longestRun(row)).isEqualTo(3);
        assertThat(row.subMap(7, 14).keySet()).containsExactly(7, 9, 10, 11, 13);
        assertThat(proposal.move().slots()).allMatch(slot -> slot.getDayIndex() != 4 && slot.getDayIndex() != 5
                && slot.getDayIndex() != 6);
    }

    @Test
    void aShortRunThatReachesThePlansLastDayIsExemptAlsoWhenTheWindowJoinsIt() {
        a.withContract(new ContractRules(Map.of(), null, null, 5, null, null, null));
        // a works days 12-13: a run of 2, shorter than 5 but touching the last day, so no rule is broken; day 11 too
        // would make it a run of 3, still exempt. So working day 11 only fills an empty head (480 minutes' weight).
        early[12].setWorker(a);
        early[13].setWorker(a);
        RowRebuild.Proposal proposal = RowRebuild.on(roster).propose(a, 11, 11);
        assertThat(rowAfter(a, proposal.move())).containsKey(11);
        assertThat(proposal.cost() - proposal.currentCost()).isEqualTo(-early[11].getCover().getUnfilledWeightPerHead());
    }

    @Test
    void theCheapestEndRowIsTheProposedRowAndAPriceOnACoverMovesTheRowOffIt() {
        a.withContract(rules(3, null, null));
        RowRebuild search = RowRebuild.on(roster);
        java.util.List<Slot[]> rows = search.endRows(a, null);
        TreeMap<Integer, Slot> proposed = rowAfter(a, wholePlan(a));
        Slot[] cheapest = rows.get(0);
        for (int d = 0; d < 14; d++) {
            assertThat(cheapest[d] == null).as("day %d off", d).isEqualTo(!proposed.containsKey(d));
        }
        // Covers priced in place of the roster's prices: day 0's early cover costs a lot, every other earns 10.
        java.util.List<Slot[]> priced = search.endRows(a, (d, cover) -> d == 0 && cover == early[0].getCover()
                ? 1_000_000L : -10L);
        assertThat(priced.get(0)[0]).isNotSameAs(early[0]);
        assertThat(priced.get(0)[0]).isSameAs(late[0]);
        // Ends are cheapest first, and no more than the beam holds.
        assertThat(rows.size()).isBetween(1, RowRebuild.SMALL_ROSTER_MAX_STATES);
    }

    @Test
    void theSmallRostersBeamReachesExactlyTheBound() {
        assertThat(RowRebuild.smallRoster(20, 15)).isTrue();
        assertThat(RowRebuild.smallRoster(1, 300)).isTrue();
        assertThat(RowRebuild.smallRoster(1, 301)).isFalse();
        assertThat(RowRebuild.smallRoster(150, 364)).isFalse();
    }

    @Test
    void aRosterOfMoreWorkerDaysWithRulesSearchesWithTheNarrowBeam() {
        // 21 workers with rules × 14 days = 294: small; a 22nd makes 308.
        for (int i = 0; i < 21; i++) {
            data.worker("r" + i).withContract(rules(3, null, null));
        }
        RowRebuild small = RowRebuild.on(data.roster(java.util.Arrays.asList(early)));
        assertThat(small.statesPerKey).isEqualTo(RowRebuild.SMALL_ROSTER_STATES_PER_KEY);
        data.worker("r21").withContract(rules(3, null, null));
        RowRebuild large = RowRebuild.on(data.roster(java.util.Arrays.asList(early)));
        assertThat(large.statesPerKey).isEqualTo(RowRebuild.STATES_PER_KEY);
        assertThat(large.maxStates).isEqualTo(RowRebuild.MAX_STATES);
    }

    @Test
    void aWiderBeamIsAtLeastAsWideAsAKeyAndTheSmallRostersOneIsTheDefaultHere() {
        a.withContract(rules(3, null, null));
        RowRebuild search = RowRebuild.on(roster);
        // One drawn worker × 14 days: a small roster.
        assertThat(search.statesPerKey).isEqualTo(RowRebuild.SMALL_ROSTER_STATES_PER_KEY);
        assertThat(search.maxStates).isEqualTo(RowRebuild.SMALL_ROSTER_MAX_STATES);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.widenBeam(0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.widenBeam(5, 4))
                .isInstanceOf(IllegalArgumentException.class);
        search.widenBeam(4, 4);
        assertThat(search.endRows(a, null)).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void eachRuleIsPricedAtTheWeightTheRosterGivesIt() {
        assertThat(RowRebuild.Prices.of(ConstraintWeightOverrides.none())).isEqualTo(new RowRebuild.Prices(
                RowRebuild.MEDIUM, 1, 1, 1, RowRebuild.HARD, RowRebuild.HARD, RowRebuild.HARD, RowRebuild.HARD,
                RowRebuild.HARD, RowRebuild.HARD, RowRebuild.HARD, RowRebuild.HARD));
        RowRebuild.Prices prices = RowRebuild.Prices.of(ConstraintWeightOverrides.of(Map.of(
                ContractConstraints.MAX_WEEKENDS, HardMediumSoftLongScore.ofSoft(7),
                ContractConstraints.FORBIDDEN_SUCCESSION, HardMediumSoftLongScore.ofHard(480),
                DemandConstraints.UNFILLED_REQUIRED, HardMediumSoftLongScore.ofMedium(3),
                PreferenceConstraints.SHIFT_OFF_REQUEST, HardMediumSoftLongScore.ZERO)));
        assertThat(prices.weekends()).isEqualTo(7);
        assertThat(prices.succession()).isEqualTo(480 * RowRebuild.HARD);
        assertThat(prices.unfilled()).isEqualTo(3 * RowRebuild.MEDIUM);
        assertThat(prices.offRequest()).isZero();
        assertThat(prices.onRequest()).isEqualTo(1);
        assertThat(prices.maxRun()).isEqualTo(RowRebuild.HARD);
    }

    @Test
    void aRuleTheRosterSwitchesOffIsNotKept() {
        a.withContract(rules(3, null, null));
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS, HardMediumSoftLongScore.ZERO)));
        assertThat(rowAfter(a, wholePlan(a))).hasSize(14);
    }

    @Test
    void aRuleIsBrokenExactlyWhenTheHeadsItFillsWeighMoreThanTheRule() {
        a.withContract(rules(null, null, 1));
        // The second weekend is one unit of the weekend rule and fills two empty heads (medium, weighed twice their
        // default, so that taking a head is priced by the unfilled rule, not another).
        long twoHeads = 2 * 2 * early[5].getCover().getUnfilledWeightPerHead() * RowRebuild.MEDIUM;
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(ContractConstraints.MAX_WEEKENDS,
                HardMediumSoftLongScore.ofSoft(twoHeads + 1), DemandConstraints.UNFILLED_REQUIRED,
                HardMediumSoftLongScore.ofMedium(2))));
        assertThat(rowAfter(a, wholePlan(a))).hasSize(12);
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(ContractConstraints.MAX_WEEKENDS,
                HardMediumSoftLongScore.ofSoft(twoHeads - 1), DemandConstraints.UNFILLED_REQUIRED,
                HardMediumSoftLongScore.ofMedium(2))));
        assertThat(rowAfter(a, wholePlan(a))).hasSize(14);
    }

    @Test
    void aRequestIsPricedAtTheWeightOfItsOwnRule() {
        a.withContract(rules(null, null, null));
        // a works day 3 and asks for it off (weight 1): leaving empties a required head (medium, its weight); b has the
        // day's other slot.
        early[3].setWorker(a);
        late[3].setWorker(b);
        roster = data.roster(roster.getSlots(), List.of(new ShiftRequest(a, MONDAY.plusDays(3), null, false, 1)));
        // A head is weighed twice its default (so that the leaving day is priced by the unfilled rule, not another).
        long head = 2 * early[3].getCover().getUnfilledWeightPerHead() * RowRebuild.MEDIUM;
        for (long onWeight : new long[] {0, 2 * head}) {
            roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                    PreferenceConstraints.SHIFT_ON_REQUEST, HardMediumSoftLongScore.ofSoft(onWeight),
                    PreferenceConstraints.SHIFT_OFF_REQUEST, HardMediumSoftLongScore.ofSoft(head + 1),
                    DemandConstraints.UNFILLED_REQUIRED, HardMediumSoftLongScore.ofMedium(2))));
            assertThat(rowAfter(a, wholePlan(a))).hasSize(13).doesNotContainKey(3);
            roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                    PreferenceConstraints.SHIFT_ON_REQUEST, HardMediumSoftLongScore.ofSoft(onWeight),
                    PreferenceConstraints.SHIFT_OFF_REQUEST, HardMediumSoftLongScore.ofSoft(head - 1),
                    DemandConstraints.UNFILLED_REQUIRED, HardMediumSoftLongScore.ofMedium(2))));
            assertThat(rowAfter(a, wholePlan(a))).hasSize(14);
        }
    }

    @Test
    void onlyWorkersWithContractRulesAreDrawnAndTheKindIsLeftOutWithoutThem() {
        RowRebuild factory = RowRebuild.on(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
        b.withContract(rules(5, null, null));
        factory = RowRebuild.on(roster);
        assertThat(factory.createRandomMoveIterator(null, new Random(1)).hasNext()).isTrue();
        Random random = new Random(2);
        for (int i = 0; i < 50; i++) {
            ReassignMove move = factory.draw(random);
            if (move != null) {
                assertThat(move.workers()).allMatch(w -> w == null || w == b);
            }
        }
    }

    @Test
    void drawnMovesMoveOnlyTheWorkerNeverDoubleBookAndNeverTouchPinnedSlots() {
        for (Worker worker : new Worker[] {a, b, c}) {
            worker.withContract(rules(4, 1, 1));
        }
        for (long seed = 1; seed <= 5; seed++) {
            fill(seed);
            early[3].setPinned(true);
            late[9].setPinned(true);
            RowRebuild factory = RowRebuild.on(roster);
            Random random = new Random(seed);
            int drawn = 0;
            for (int i = 0; i < 40; i++) {
                ReassignMove move = factory.draw(random);
                if (move == null) {
                    continue;
                }
                drawn++;
                assertThat(move.slots()).doesNotContain(early[3], late[9]);
                Worker mover = move.workers().stream().filter(w -> w != null).findFirst()
                        .orElseGet(() -> move.slots().get(0).getWorker());
                for (int k = 0; k < move.slots().size(); k++) {
                    Slot slot = move.slots().get(k);
                    Worker to = move.workers().get(k);
                    if (to == null) {
                        assertThat(slot.getWorker()).as("only the mover's slots are emptied").isSameAs(mover);
                    } else {
                        assertThat(to).isSameAs(mover);
                        assertThat(slot.getWorker()).as("only empty slots are taken").isNull();
                    }
                }
                rowAfter(mover, move);
                doAndUndo(move);
            }
            assertThat(drawn).isGreaterThan(20);
        }
    }
}
