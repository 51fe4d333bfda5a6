package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.common.LoadBalance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code balance.unfairness().longValue()} without the BigDecimal square root on every score calculation (it was ~6 %
 * of the local search's time on the medium preset), with exactly the same result.
 *
 * <p>Timefold 1.32's {@code LoadBalanceImpl.unfairness()} keeps Σx² and −(Σx)² as longs over the n balanced items and
 * returns {@code BigDecimal.valueOf(d).sqrt(new MathContext(6, HALF_EVEN))} with {@code d = (double) −(Σx)² / n +
 * (double) Σx²} (for n = 1 the long Σx² − (Σx)² itself, for n = 0 zero). This computes the same {@code d} from the
 * loads (the same long arithmetic, so the same bits), takes the double square root and rounds it to 6 significant
 * digits half-even; only when the root lies within a relative 10⁻⁹ of a rounding boundary (or d is not positive, or
 * too large for the shortcut) does it fall back to Timefold's own BigDecimal computation. A test compares both on
 * random and edge-case loads.
 */
final class Unfairness {
    private static final MathContext TIMEFOLD_CONTEXT = new MathContext(6, RoundingMode.HALF_EVEN);
    private static final double MARGIN = 1e-9;
    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
            100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private Unfairness() {
    }

    /** From Timefold's own load balance (its loads); used to check {@link #of(int, long, long)} against it. */
    static long of(LoadBalance<?> balance) {
        int n = 0;
        long sum = 0;
        long squares = 0;
        for (Long load : balance.loads().values()) {
            long x = load;
            n++;
            sum += x;
            squares += x * x;
        }
        return of(n, sum, squares);
    }

    /** For n items with loads summing to {@code sum} and squares summing to {@code squares}. */
    static long of(int n, long sum, long squares) {
        if (n == 0) {
            return 0;
        }
        long fraction = -(sum * sum);
        double d;
        if (n == 1) {
            long value = fraction + squares;
            if (value <= 0 || value > (1L << 52)) {
                return BigDecimal.valueOf(value).sqrt(TIMEFOLD_CONTEXT).longValue();
            }
            d = value;
        } else {
            d = (double) fraction / n + (double) squares;
        }
        Long fast = fastRoundedRoot(d);
        return fast != null ? fast : BigDecimal.valueOf(d).sqrt(TIMEFOLD_CONTEXT).longValue();
    }

    /** floor(round6(√d)) when it is safely away from a rounding boundary, else {@code null}. */
    static Long fastRoundedRoot(double d) {
        if (!(d > 0) || d > 1e20) {
            return null;
        }
        double root = Math.sqrt(d);
        if (root < 1e-3) {
            return null;
        }
        int exponent = (int) Math.floor(Math.log10(root)); // root in [10^e, 10^(e+1))
        // Near a power of ten the exponent itself may be off by one: leave it to BigDecimal.
        double power = Math.pow(10, exponent);
        if (Math.abs(root / power - 1) < MARGIN || Math.abs(root / (power * 10) - 1) < MARGIN
                || root < power || root >= power * 10) {
            return null;
        }
        int quantumExponent = exponent - 5; // 6 significant digits: the quantum is 10^(e-5)
        if (quantumExponent < -POWERS.length + 1 || quantumExponent > POWERS.length - 1) {
            return null;
        }
        double scaled = quantumExponent >= 0 ? root / POWERS[quantumExponent] : root * POWERS[-quantumExponent];
        double floor = Math.floor(scaled);
        double fractionPart = scaled - floor;
        if (Math.abs(fractionPart - 0.5) < MARGIN * scaled || fractionPart < MARGIN * scaled
                || 1 - fractionPart < MARGIN * scaled) {
            return null; // a tie or close to one, or close to a multiple of the quantum: decide exactly
        }
        long digits = (long) floor + (fractionPart > 0.5 ? 1 : 0); // the 6 significant digits, rounded
        return quantumExponent >= 0 ? digits * POWERS[quantumExponent] : digits / POWERS[-quantumExponent];
    }
}
