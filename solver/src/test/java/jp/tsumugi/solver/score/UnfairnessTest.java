package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.common.LoadBalance;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Unfairness#of} must equal {@code unfairness().longValue()} of Timefold's own load balance (the value the
 * fairness constraints penalised before) for every input, including roots on or next to a rounding boundary.
 */
class UnfairnessTest {
    private static final MathContext TIMEFOLD_CONTEXT = new MathContext(6, RoundingMode.HALF_EVEN);

    private record Load(int item, long value) {
    }

    /** A real Timefold load balance over the given loads (item i carries loads[i]). */
    @SuppressWarnings("unchecked")
    private static LoadBalance<Integer> timefoldBalance(long... loads) {
        UniConstraintCollector<Load, Object, LoadBalance<Integer>> collector =
                (UniConstraintCollector<Load, Object, LoadBalance<Integer>>) (UniConstraintCollector<?, ?, ?>)
                        ConstraintCollectors.loadBalance((Function<Load, Integer>) Load::item, Load::value);
        Object container = collector.supplier().get();
        for (int i = 0; i < loads.length; i++) {
            collector.accumulator().apply(container, new Load(i, loads[i]));
        }
        return collector.finisher().apply(container);
    }

    private static void assertSame(long... loads) {
        LoadBalance<Integer> balance = timefoldBalance(loads);
        assertThat(Unfairness.of(balance)).as("loads %s", java.util.Arrays.toString(loads))
                .isEqualTo(balance.unfairness().longValue());
    }

    @Test
    void handMadeCases() {
        assertSame();
        assertSame(0);
        assertSame(480);
        assertSame(0, 0, 0);
        assertSame(480, 480);
        assertSame(0, 480);
        assertSame(1, 2, 3, 4);
        assertSame(100_000, 0, 50_000, 120_000, 7);
        assertSame(1000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        // Roots above 10^6 keep only 6 significant digits: e.g. √(2 · (10^6 + 7)²) ≈ 1 414 223.7 → 1 414 220.
        assertSame(-1_000_007, 1_000_007);
        assertSame(0, 3_000_000, 9_000_000, 27_000_000);
    }

    @Test
    void randomLoadsLikeWorkersAndMembers() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            int n = 1 + random.nextInt(round % 3 == 0 ? 600 : 60);
            long bound = switch (round % 4) {
                case 0 -> 1_001; // member shortage in ‰
                case 1 -> 200_000; // minutes a year per worker
                case 2 -> 10;
                default -> 5_000_000;
            };
            long[] loads = new long[n];
            for (int i = 0; i < n; i++) {
                loads[i] = random.nextInt(10) == 0 ? 0 : (long) (random.nextDouble() * bound);
            }
            assertSame(loads);
        }
    }

    @Test
    void rootsOnAndNextToRoundingBoundaries() {
        Random random = new Random(7);
        List<Double> values = new ArrayList<>();
        for (int exponent = -2; exponent <= 9; exponent++) {
            double quantum = Math.pow(10, exponent - 5);
            for (int i = 0; i < 3_000; i++) {
                long digits = 100_000 + random.nextInt(900_000);
                double[] roots = {(digits + 0.5) * quantum, digits * quantum, Math.pow(10, exponent)};
                for (double root : roots) {
                    double d = root * root;
                    values.add(d);
                    values.add(Math.nextUp(d));
                    values.add(Math.nextDown(d));
                    values.add(d * (1 + 1e-12));
                    values.add(d * (1 - 1e-12));
                    values.add(d * (1 + 1e-9));
                    values.add(d * (1 - 1e-9));
                }
            }
        }
        for (int i = 0; i < 100_000; i++) {
            values.add(Math.floor(random.nextDouble() * 1e13) + random.nextInt(4) * 0.25);
        }
        for (double d : values) {
            Long fast = Unfairness.fastRoundedRoot(d);
            if (fast != null) {
                assertThat(fast).as("d = %s", d).isEqualTo(BigDecimal.valueOf(d).sqrt(TIMEFOLD_CONTEXT).longValue());
            }
        }
    }

    /** The incremental {@link Balance} collector, with inserts and retracts, against Timefold's own collector. */
    @Test
    @SuppressWarnings("unchecked")
    void balanceCollectorMatchesTimefoldsLoadBalanceThroughInsertsAndRetracts() {
        var timefold = (ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector<Integer, Long, Object, LoadBalance<Integer>>)
                (ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector<?, ?, ?, ?>)
                        ConstraintCollectors.loadBalance((Integer item, Long load) -> item, (item, load) -> load);
        var ours = Balance.<Integer, Long>ofEach((item, load) -> load);
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            Object timefoldContainer = timefold.supplier().get();
            Balance.Sums ourContainer = ours.supplier().get();
            List<Runnable> timefoldUndos = new ArrayList<>();
            List<Runnable> ourUndos = new ArrayList<>();
            int n = 1 + random.nextInt(70);
            for (int item = 0; item < n; item++) {
                long load = random.nextInt(5) == 0 ? 0 : random.nextInt(round % 2 == 0 ? 1_001 : 200_000);
                timefoldUndos.add(timefold.accumulator().apply(timefoldContainer, item, load));
                ourUndos.add(ours.accumulator().apply(ourContainer, item, load));
            }
            for (int i = n - 1; i > 0; i--) {
                if (random.nextBoolean()) {
                    timefoldUndos.get(i).run();
                    ourUndos.get(i).run();
                }
            }
            long expected = timefold.finisher().apply(timefoldContainer).unfairness().longValue();
            assertThat(ours.finisher().apply(ourContainer).unfairness()).isEqualTo(expected);
        }
    }

    @Test
    void theShortcutCoversAlmostAllValues() {
        Random random = new Random(3);
        int fallbacks = 0;
        for (int i = 0; i < 100_000; i++) {
            if (Unfairness.fastRoundedRoot(1 + random.nextDouble() * 1e11) == null) {
                fallbacks++;
            }
        }
        assertThat(fallbacks).isLessThan(1_000);
    }
}
