package jp.tsumugi.benchmarks.curtois;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Instance numbers from a command-line list of numbers and ranges, e.g. {@code 1-12} or {@code 1,3,5-7}. */
public final class InstanceSelection {
    private InstanceSelection() {
    }

    public static SortedSet<Integer> parse(String spec) {
        SortedSet<Integer> numbers = new TreeSet<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            try {
                int dash = p.indexOf('-');
                if (dash < 0) {
                    numbers.add(positive(Integer.parseInt(p), spec));
                } else {
                    int from = positive(Integer.parseInt(p.substring(0, dash).trim()), spec);
                    int to = positive(Integer.parseInt(p.substring(dash + 1).trim()), spec);
                    if (to < from) {
                        throw new IllegalArgumentException("--instances: range " + p + " runs backwards");
                    }
                    for (int n = from; n <= to; n++) {
                        numbers.add(n);
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--instances takes numbers and ranges like 1-12 or 1,3,5-7, not '" + spec + "'");
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("--instances selects no instance: '" + spec + "'");
        }
        return Collections.unmodifiableSortedSet(numbers);
    }

    private static int positive(int n, String spec) {
        if (n < 1) {
            throw new IllegalArgumentException("--instances: instance numbers start at 1: '" + spec + "'");
        }
        return n;
    }
}
