package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A constraint collector from its three functions (the record's accessors are the interface's methods): the
 * worker-day and worker-week collectors are a container each, this is the rest of them.
 */
record Collector<T, A, R>(Supplier<A> supplier, BiFunction<A, T, Runnable> accumulator, Function<A, R> finisher)
        implements UniConstraintCollector<T, A, R> {
}
