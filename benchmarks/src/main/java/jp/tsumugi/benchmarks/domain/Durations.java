package jp.tsumugi.benchmarks.domain;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as written on the command line: {@code 300}, {@code 300s}, {@code 5m}, {@code 1h}, {@code 500ms}. */
final class Durations {
    private static final Pattern TEXT = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private Durations() {
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = TEXT.matcher(t);
        if (!m.matches()) {
            try {
                return Duration.parse(text.trim());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 60s, 5m, 500ms)");
            }
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** {@code 10s}, {@code 300s}, {@code 1500ms}: whole seconds where exact, as used in column names. */
    static String label(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
