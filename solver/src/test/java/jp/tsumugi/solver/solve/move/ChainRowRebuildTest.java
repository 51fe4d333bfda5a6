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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ChainRowRebuild} on the two-week roster (every slot a one-head required cover; days 5–6 and 12–13 the
 * weekends): a works the first Saturday, b the first Sunday, each may work one weekend, and the second Sunday's late
 * head is empty. Neither row alone nor an exchange alone gains anything; the exchange that gives one of them the whole
 * first weekend frees the other's weekend, and its follow-up row fills the empty head.
 */
class ChainRowRebuildTest extends TwoWeekRosterTest {
    private static final int[] FIRST_WEEK = {0, 6};
    private static final int[] SECOND_WEEK = {7, 13};

    private void weekendsBind() {
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(
                Map.of(ContractConstraints.MAX_WEEKENDS, HardMediumSoftLongScore.ofHard(480))));
        ContractRules oneWeekend = new ContractRules(Map.of(), null, null, null, null, null, 1);
        a.withContract(oneWeekend);
        b.withContract(oneWeekend);
        late[5].setWorker(a);
        early[6].setWorker(b);
        for (Slot slot : roster.getSlots()) {
            if (slot.getWorker() == null && slot != late[13]) {
                slot.setWorker(c);
            }
        }
    }

    private int weekendsOf(Worker worker, Map<Slot, Worker> assignment) {
        int first = 0;
        int second = 0;
        for (Map.Entry<Slot, Worker> entry : assignment.entrySet()) {
            if (entry.getValue() == worker) {
                int day = entry.getKey().getDayIndex();
                first = day == 5 || day == 6 ? 1 : first;
                second = day == 12 || day == 13 ? 1 : second;
            }
        }
        return first + second;
    }

    @Test
    void anExchangeAndTheRowItFreesFillAHeadThatNeitherAloneFills() {
        weekendsBind();
        Map<Slot, Worker> before = assignment();
        RowRebuild rows = RowRebuild.on(roster);
        for (Worker worker : new Worker[] {a, b}) {
            RowRebuild.Proposal alone = rows.propose(worker, 0, 13);
            assertThat(alone.cost()).as("%s alone gains nothing", worker.getId()).isGreaterThanOrEqualTo(alone.currentCost());
        }
        RowRebuild.Proposal exchange = PairRowRebuild.on(roster).propose(a, b, 0, 6);
        assertThat(exchange.cost()).as("the exchange alone gains nothing").isGreaterThanOrEqualTo(exchange.currentCost());

        ReassignMove chain = ChainRowRebuild.on(roster).chain(a, b, FIRST_WEEK, SECOND_WEEK, SECOND_WEEK);
        assertThat(assignment()).as("the roster is as it was").isEqualTo(before);
        Map<Slot, Worker> after = after(chain);
        assertThat(after.values()).as("every head filled, the empty one too").doesNotContainNull();
        assertThat(after.get(late[13])).isIn(a, b);
        assertThat(weekendsOf(a, after)).isEqualTo(1);
        assertThat(weekendsOf(b, after)).isEqualTo(1);
        rowAfter(a, chain);
        rowAfter(b, chain);
        doAndUndo(chain);
    }

    @Test
    void aFollowUpThatGainsNothingIsLeftOutAndTheExchangeStands() {
        // a works the second Tuesday and asks for it off: leaving it empties a head and meets the request, priced the
        // same, so a's other row costs what its row costs. Neither may work the second Sunday (the freed weekend has
        // nothing to fill), nor b the Tuesday.
        roster = data.roster(roster.getSlots(), List.of(new ShiftRequest(a, MONDAY.plusDays(8), null, false, 1)));
        weekendsBind();
        long head = early[8].getCover().getUnfilledWeightPerHead() * RowPricing.MEDIUM;
        roster.setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                ContractConstraints.MAX_WEEKENDS, HardMediumSoftLongScore.ofHard(480),
                DemandConstraints.UNFILLED_REQUIRED, HardMediumSoftLongScore.ofMedium(1),
                PreferenceConstraints.SHIFT_OFF_REQUEST, HardMediumSoftLongScore.ofSoft(head))));
        data.dayOff(a, MONDAY.plusDays(13));
        data.dayOff(b, MONDAY.plusDays(13));
        data.dayOff(b, MONDAY.plusDays(8));
        early[8].setWorker(a);
        RowRebuild.Proposal same = RowRebuild.on(roster).propose(a, 7, 13);
        assertThat(same.cost()).as("a row as cheap as a's").isEqualTo(same.currentCost());
        assertThat(rowAfter(a, same.move())).doesNotContainKey(8);

        RowRebuild.Proposal exchange = PairRowRebuild.on(roster).propose(a, b, 0, 6);
        ReassignMove chain = ChainRowRebuild.on(roster).chain(a, b, FIRST_WEEK, SECOND_WEEK, SECOND_WEEK);
        assertThat(after(chain)).isEqualTo(after(exchange.move()));
    }

    @Test
    void theDrawPairsASaturdayOnlyWorkerWithASundayOnlyWorkerOfOneWeekend() {
        weekendsBind();
        ChainRowRebuild factory = ChainRowRebuild.on(roster);
        for (long seed = 1; seed <= 10; seed++) {
            assertThat(factory.splitWeekend(new Random(seed))).isEqualTo(new ChainRowRebuild.SplitWeekend(5, a, b));
        }
        // The second weekend instead: b its Saturday only, a its Sunday only.
        late[5].setWorker(c);
        early[6].setWorker(c);
        early[12].setWorker(b);
        early[13].setWorker(a);
        assertThat(ChainRowRebuild.on(roster).splitWeekend(new Random(1)))
                .isEqualTo(new ChainRowRebuild.SplitWeekend(12, b, a));
        // a works the whole weekend: no pair; c (no contract rules) is never drawn.
        late[12].setWorker(a);
        late[13].setWorker(c);
        assertThat(ChainRowRebuild.on(roster).splitWeekend(new Random(1))).isNull();
    }

    /** The kind on rosters of any size (the two-week roster has 42 worker-days at most). */
    public static class AnySize extends ChainRowRebuild {
        @Override
        int minWorkerDays() {
            return 0;
        }
    }

    private static ChainRowRebuild indexed(ChainRowRebuild factory, jp.tsumugi.solver.domain.Roster roster) {
        factory.index(roster);
        return factory;
    }

    @Test
    void withFewerThanTwoWorkersWithContractRulesTheKindHasNothingToDraw() {
        assertThat(indexed(new AnySize(), roster).createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
        a.withContract(new ContractRules(Map.of(), null, null, null, null, null, 1));
        assertThat(indexed(new AnySize(), roster).createRandomMoveIterator(null, new Random(1)).hasNext()).isFalse();
        b.withContract(new ContractRules(Map.of(), null, null, null, null, null, 1));
        assertThat(indexed(new AnySize(), roster).createRandomMoveIterator(null, new Random(1)).hasNext()).isTrue();
    }

    @Test
    void belowItsWorkerDaysTheKindHasNothingToDraw() {
        a.withContract(new ContractRules(Map.of(), null, null, null, null, null, 1));
        b.withContract(new ContractRules(Map.of(), null, null, null, null, null, 1));
        assertThat(ChainRowRebuild.on(roster).canDraw()).as("2 workers × 14 days, far below %s",
                ChainRowRebuild.MIN_WORKER_DAYS).isFalse();
        // Exactly at the bound it draws, one worker-day short it does not.
        assertThat(indexed(new ChainRowRebuild() {
            @Override
            int minWorkerDays() {
                return 28;
            }
        }, roster).canDraw()).isTrue();
        assertThat(indexed(new ChainRowRebuild() {
            @Override
            int minWorkerDays() {
                return 29;
            }
        }, roster).canDraw()).isFalse();
    }

    @Test
    void drawnMovesChangeOnlyTheTwoWorkersRowsNeverPinnedSlotsAndLeaveTheRosterAsItWas() {
        for (Worker worker : new Worker[] {a, b, c}) {
            worker.withContract(new ContractRules(Map.of(), 5 * 480, 9 * 480, 2, 4, 1, 1));
        }
        data.dayOff(c, MONDAY.plusDays(6));
        int drawn = 0;
        for (long seed = 1; seed <= 5; seed++) {
            fill(seed);
            early[3].setPinned(true);
            late[9].setPinned(true);
            Map<Slot, Worker> before = assignment();
            for (ReassignMove move : draws(ChainRowRebuild.on(roster), seed, 40)) {
                assertThat(assignment()).isEqualTo(before);
                drawn++;
                assertThat(move.slots()).doesNotContain(early[3], late[9]).doesNotHaveDuplicates();
                java.util.Set<Worker> drawnPair = new java.util.HashSet<>();
                for (int k = 0; k < move.slots().size(); k++) {
                    Slot slot = move.slots().get(k);
                    Worker to = move.workers().get(k);
                    if (slot.getWorker() != null) {
                        drawnPair.add(slot.getWorker());
                    }
                    if (to != null) {
                        drawnPair.add(to);
                        assertThat(to.hasUnavailabilityOn(slot.getDate())).isFalse();
                    }
                }
                assertThat(drawnPair).as("two workers' rows").hasSizeLessThanOrEqualTo(2);
                rowAfter(a, move);
                rowAfter(b, move);
                rowAfter(c, move);
                doAndUndo(move);
            }
        }
        assertThat(drawn).isGreaterThan(100);
    }
}
