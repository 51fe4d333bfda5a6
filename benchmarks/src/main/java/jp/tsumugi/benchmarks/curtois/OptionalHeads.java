package jp.tsumugi.benchmarks.curtois;

/**
 * How many optional heads (slots beyond the requirement, each filled one costing OverWeight) a cover gets, so that
 * over-cover is possible at all: Tsumugi's slot model only lets a cover take as many workers as it has slots.
 *
 * <p>Default {@code max(2, ⌈requirement / 2⌉)}, never more than the employees left beyond the requirement. Why that is
 * enough: over-cover is never wanted for itself (it costs OverWeight per head), only forced when the employees'
 * MinTotalMinutes add up to more than the required minutes (Instances 14, 16–18, 20–22, 24) or when a run rule makes
 * someone work one more day. Even then the excess is small against this capacity: at most about 0.6 extra heads per
 * cover on average (Instance 20: 664 extra 480-minute shifts over 1,092 covers) against ≥ 2 optional heads per cover,
 * i.e. over 3× the whole excess of a day fits into the optional heads of a single day's shift types. The runner reports
 * covers whose optional heads are all filled ("saturated"): when none are, the cap did not bind on that solution.
 * Slot count stays about twice the required heads (Instance 24: 22,590 required + ~23,300 optional slots).
 * {@link #ALL} (every employee may over-cover every cover) removes the cap, for measuring.
 *
 * @param minimum  optional heads of every cover (before the employee cap)
 * @param fraction further optional heads as a fraction of the requirement, rounded up
 */
public record OptionalHeads(int minimum, double fraction, boolean unlimited) {
    public static final OptionalHeads DEFAULT = new OptionalHeads(2, 0.5, false);
    public static final OptionalHeads ALL = new OptionalHeads(0, 0, true);

    public OptionalHeads {
        if (minimum < 0 || fraction < 0) {
            throw new IllegalArgumentException("optional heads must not be negative");
        }
    }

    public static OptionalHeads exactly(int heads) {
        return new OptionalHeads(heads, 0, false);
    }

    /** {@code auto} (the default), {@code all}, or a number of optional heads per cover. */
    public static OptionalHeads parse(String value) {
        return switch (value) {
            case "auto" -> DEFAULT;
            case "all" -> ALL;
            default -> {
                try {
                    yield exactly(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--optional-heads takes auto, all or a number: " + value);
                }
            }
        };
    }

    public int headsFor(int requirement, int employees) {
        int room = Math.max(0, employees - requirement);
        if (unlimited) {
            return room;
        }
        return Math.min(room, Math.max(minimum, (int) Math.ceil(fraction * requirement)));
    }

    @Override
    public String toString() {
        if (unlimited) {
            return "all";
        }
        return fraction == 0 ? Integer.toString(minimum) : "max(" + minimum + ", ceil(" + fraction + "*R))";
    }
}
