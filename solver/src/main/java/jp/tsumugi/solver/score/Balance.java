package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.function.QuadFunction;
import ai.timefold.solver.core.api.function.ToLongTriFunction;
import ai.timefold.solver.core.api.function.TriFunction;
import ai.timefold.solver.core.api.score.stream.bi.BiConstraintCollector;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintCollector;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongBiFunction;

/**
 * The load balance of items that each come once (one tuple per worker or member, as the fairness rules group them):
 * the count, the sum and the sum of squares of their loads, kept incrementally. Its {@link #unfairness()} is exactly
 * what {@code ConstraintCollectors.loadBalance(...)} then {@code unfairness().longValue()} gave for the same loads
 * ({@link Unfairness}), without that collector's per-item hash maps and without iterating the loads on each read.
 */
record Balance(int count, long sum, long squares) {

    long unfairness() {
        return Unfairness.of(count, sum, squares);
    }

    /** Mutable accumulator; the finisher takes an immutable snapshot. */
    static final class Sums {
        private int count;
        private long sum;
        private long squares;

        Runnable add(long load) {
            count++;
            sum += load;
            squares += load * load;
            return () -> {
                count--;
                sum -= load;
                squares -= load * load;
            };
        }

        Balance toBalance() {
            return new Balance(count, sum, squares);
        }
    }

    private static final Supplier<Sums> SUPPLIER = Sums::new;
    private static final Function<Sums, Balance> FINISHER = Sums::toBalance;

    /** Over (item, load) tuples; each item must come once. */
    static <A, B> BiConstraintCollector<A, B, Sums, Balance> ofEach(ToLongBiFunction<A, B> load) {
        return new BiCollector<>(load);
    }

    /** Over (item, x, y) tuples; each item must come once. */
    static <A, B, C> TriConstraintCollector<A, B, C, Sums, Balance> ofEach(ToLongTriFunction<A, B, C> load) {
        return new TriCollector<>(load);
    }

    private record BiCollector<A, B>(ToLongBiFunction<A, B> load) implements BiConstraintCollector<A, B, Sums, Balance> {
        @Override
        public Supplier<Sums> supplier() {
            return SUPPLIER;
        }

        @Override
        public TriFunction<Sums, A, B, Runnable> accumulator() {
            return (sums, a, b) -> sums.add(load.applyAsLong(a, b));
        }

        @Override
        public Function<Sums, Balance> finisher() {
            return FINISHER;
        }
    }

    private record TriCollector<A, B, C>(ToLongTriFunction<A, B, C> load)
            implements TriConstraintCollector<A, B, C, Sums, Balance> {
        @Override
        public Supplier<Sums> supplier() {
            return SUPPLIER;
        }

        @Override
        public QuadFunction<Sums, A, B, C, Runnable> accumulator() {
            return (sums, a, b, c) -> sums.add(load.applyAsLong(a, b, c));
        }

        @Override
        public Function<Sums, Balance> finisher() {
            return FINISHER;
        }
    }
}
