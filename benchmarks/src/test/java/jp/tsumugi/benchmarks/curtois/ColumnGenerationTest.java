package jp.tsumugi.benchmarks.curtois;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColumnGeneration} on Instance1 (8 employees, 14 days), from the empty roster: the rows of the pool keep every
 * rule, the master's cost of the rows it picks is the evaluator's objective, and it reaches 607, the instance's
 * optimum (its published lower bound): the probe's pricing is a beam, so this is what the probe does on a small
 * instance, not a property of column generation.
 */
class ColumnGenerationTest {

    private static int[][] empty(CurtoisInstance instance) {
        int[][] start = new int[instance.employees().size()][instance.horizon()];
        for (int[] row : start) {
            Arrays.fill(row, -1);
        }
        return start;
    }

    @Test
    void instance1FromTheEmptyRosterReachesItsOptimumAndTheMasterPricesAsTheEvaluator() {
        CurtoisInstance instance = Resources.instance(1);
        ColumnGeneration.Result result = ColumnGeneration.run(instance, empty(instance), 40, 4_000, 60, 60_000);
        assertThat(result.evaluation().violations()).isEmpty();
        assertThat(result.evaluation().objective()).isEqualTo(607);
        assertThat(result.mip()).isCloseTo(result.evaluation().objective(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(result.linear()).isLessThanOrEqualTo(result.mip() + 1e-6);
        assertThat(result.rounds()).isPositive();
    }

    @Test
    void withoutAMipTheDiveAloneReachesInstance1sOptimum() {
        CurtoisInstance instance = Resources.instance(1);
        ColumnGeneration.Result result = ColumnGeneration.run(instance, empty(instance), 20, 2_000, 60, 0);
        assertThat(result.mip()).isNaN();
        assertThat(result.dive()).isEqualTo(607);
        assertThat(result.evaluation().objective()).isEqualTo(607);
        assertThat(result.evaluation().violations()).isEmpty();
        assertThat(result.linear()).isBetween(1.0, 607.0);
    }

    @Test
    void aRowIsPooledOnceAndOnlyIfItKeepsEveryRule() {
        CurtoisInstance instance = Resources.instance(1);
        ColumnGeneration probe = new ColumnGeneration(instance, 2, 200);
        int[] off = new int[instance.horizon()];
        Arrays.fill(off, -1);
        // Nobody may work nothing: below the minimum of minutes.
        assertThat(probe.addIfLegal(0, off)).isFalse();
        int[] week = off.clone();
        for (int d = 0; d < instance.horizon(); d++) {
            week[d] = d % 7 < 5 ? 0 : -1;
        }
        boolean legal = CurtoisEvaluator.evaluate(instance, rowsOf(instance, 0, week)).violations().stream()
                .noneMatch(v -> v.employee().equals(instance.employees().get(0).id()));
        assertThat(probe.addIfLegal(0, week)).isEqualTo(legal);
        assertThat(probe.addIfLegal(0, week)).as("known already").isFalse();
    }

    @Test
    void theMipChoosesAmongTheCheapestRowsAndTheStartRowsThatKeepEveryRule() {
        CurtoisInstance instance = Resources.instance(1);
        ColumnGeneration probe = new ColumnGeneration(instance, 2, 200);
        int days = instance.horizon();
        // Employee A (7–9 shifts, runs of 2–5, at least 2 days off, one weekend, day 0 off): two rows that keep it.
        int[] week = row(days, 2, 3, 4, 7, 8, 9, 10, 11);
        int[] other = row(days, 2, 3, 4, 7, 8, 9, 10);
        for (int[] row : List.of(week, other)) {
            assertThat(CurtoisEvaluator.evaluate(instance, rowsOf(instance, 0, row)).violations())
                    .noneMatch(v -> v.employee().equals("A"));
            assertThat(probe.addIfLegal(0, row)).isTrue();
        }
        int[][] start = empty(instance);
        start[0] = other;
        ColumnGeneration.Duals zero = new ColumnGeneration.Duals(new double[days][1],
                new double[instance.employees().size()], 0);
        // No cheapest rows asked for: only the start row of A; B's start (off) breaks its rules and was never pooled.
        assertThat(probe.mipRows(zero, 0, start).get(0)).containsExactly(other);
        assertThat(probe.mipRows(zero, 0, start).get(1)).isEmpty();
        // One cheapest row (week costs A's requests less, or not): the start row is there once.
        List<int[]> one = probe.mipRows(zero, 1, start).get(0);
        assertThat(one).contains(other).doesNotHaveDuplicates();
        assertThat(probe.mipRows(zero, 2, start).get(0)).hasSize(2);
    }

    private static int[] row(int days, int... worked) {
        int[] row = new int[days];
        Arrays.fill(row, -1);
        for (int d : worked) {
            row[d] = 0;
        }
        return row;
    }

    private static int[][] rowsOf(CurtoisInstance instance, int e, int[] row) {
        int[][] rows = empty(instance);
        rows[e] = row;
        return rows;
    }
}
