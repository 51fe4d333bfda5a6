package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.benchmarks.curtois.CurtoisRun.Result;
import jp.tsumugi.solver.solve.RosterSolverConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Curtois suite: for each selected instance, solve for the time limit, write {@code InstanceN.grid.txt}, and
 * print a markdown table row (objective from the evaluator, best known, gap, time to best, hard violations, whether
 * solver and evaluator agree). Progress goes to stderr, the table to stdout and to {@code summary.md} in the output
 * folder. Exit status 2 if solver and evaluator disagree on any instance (a bug in the mapping or a constraint).
 *
 * <pre>
 * --instances 1-12     numbers and ranges, e.g. 1,3,5-7 (default 1-24; numbers missing in the folder are skipped)
 * --limit 60s          per instance: 500ms, 20s, 2m, 1h, or ISO-8601 PT60S (default 60s)
 * --data DIR           instance folder (default ../shared/benchmarks/curtois/instances beside the repo root)
 * --out DIR            grid files and summary.md (default benchmarks/target/curtois under the repo root)
 * --optional-heads X   auto (default), all, or a number of optional heads per cover (see OptionalHeads)
 * --variant V          a RosterSolverConfig.Variant to compare with the default (what users run)
 * </pre>
 * Defaults resolve against the system property {@code curtois.root} (the repo root; the script sets it), else the
 * working directory.
 */
public final class CurtoisRunner {
    static final String HEADER = "| instance | objective | best known | gap % | time to best (s) | hard violations | solver = evaluator | moves/s |";
    static final String RULE = "|---|---:|---:|---:|---:|---:|---|---:|";

    private CurtoisRunner() {
    }

    record Options(SortedSet<Integer> instances, Duration limit, Path data, Path out, OptionalHeads optionalHeads,
            RosterSolverConfig.Variant variant) {
        Options(SortedSet<Integer> instances, Duration limit, Path data, Path out, OptionalHeads optionalHeads) {
            this(instances, limit, data, out, optionalHeads, RosterSolverConfig.DEFAULT);
        }
    }

    public static void main(String[] args) {
        if (List.of(args).contains("-h") || List.of(args).contains("--help")) {
            System.out.println(usage());
            return;
        }
        Options options;
        try {
            options = parseOptions(args, rootDir());
        } catch (IllegalArgumentException e) {
            System.err.println("run-curtois: " + e.getMessage());
            System.err.println(usage());
            System.exit(64);
            return;
        }
        System.exit(run(options, System.out, System.err));
    }

    static Path rootDir() {
        String root = System.getProperty("curtois.root");
        return Path.of(root == null || root.isBlank() ? "." : root);
    }

    static String usage() {
        return "usage: run-curtois [--instances 1-7] [--limit 60s] [--data DIR] [--out DIR] [--optional-heads auto|all|N]"
                + " [--variant " + java.util.Arrays.toString(RosterSolverConfig.Variant.values()) + "]";
    }

    static Options parseOptions(String[] args, Path root) {
        SortedSet<Integer> instances = InstanceSelection.parse("1-24");
        Duration limit = Duration.ofSeconds(60);
        Path data = root.resolve("../shared/benchmarks/curtois/instances").normalize();
        Path out = root.resolve("benchmarks/target/curtois").normalize();
        OptionalHeads heads = OptionalHeads.DEFAULT;
        RosterSolverConfig.Variant variant = RosterSolverConfig.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value;
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            if (eq > 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            switch (name) {
                case "--instances" -> instances = InstanceSelection.parse(value);
                case "--limit" -> limit = parseDuration(value);
                case "--data" -> data = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--optional-heads" -> heads = OptionalHeads.parse(value);
                case "--variant" -> {
                    try {
                        variant = RosterSolverConfig.Variant.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--variant takes one of "
                                + java.util.Arrays.toString(RosterSolverConfig.Variant.values()) + ", not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new Options(instances, limit, data, out, heads, variant);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    static Duration parseDuration(String value) {
        String v = value.trim();
        if (v.toUpperCase(Locale.ROOT).startsWith("PT")) {
            return Duration.parse(v.toUpperCase(Locale.ROOT));
        }
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("--limit takes 500ms, 20s, 2m, 1h or PT60S, not '" + value + "'");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millis = Math.round(amount * switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1_000;
        });
        if (millis <= 0) {
            throw new IllegalArgumentException("--limit must be positive: " + value);
        }
        return Duration.ofMillis(millis);
    }

    static String formatDuration(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms >= 60_000 * 5) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }

    static int run(Options options, PrintStream out, PrintStream progress) {
        if (!Files.isDirectory(options.data())) {
            progress.println("run-curtois: instance folder not found: " + options.data().toAbsolutePath()
                    + " (give it with --data DIR)");
            return 66;
        }
        try {
            Files.createDirectories(options.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + options.out(), e);
        }
        BestKnown bestKnown = BestKnown.find(options.data());
        progress.println("Curtois suite: limit " + formatDuration(options.limit()) + " per instance, data "
                + options.data().toAbsolutePath().normalize() + ", best known from "
                + bestKnown.source().map(Path::toString).orElse("(none found)") + ", optional heads "
                + options.optionalHeads() + ", solver variant " + options.variant()
                + (options.variant() == RosterSolverConfig.DEFAULT ? " (the default)" : " (NOT the default)") + ", " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + loadAverage());

        List<String> rows = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean allAgree = true;
        for (int n : options.instances()) {
            Path file = options.data().resolve("Instance" + n + ".txt");
            if (!Files.isRegularFile(file)) {
                skipped.add(n);
                continue;
            }
            CurtoisInstance instance;
            try {
                instance = CurtoisParser.parse(file);
            } catch (CurtoisFormatException e) {
                progress.println("run-curtois: " + e.getMessage());
                notes.add("Not run, bad instance file: " + e.getMessage());
                continue;
            }
            progress.printf(Locale.ROOT, "[%s] %d employees x %d days, %d shift types; solving for %s (load %s)%n",
                    instance.name(), instance.employees().size(), instance.horizon(), instance.shifts().size(),
                    formatDuration(options.limit()), loadAverage());
            Result result = solveWithProgress(instance, options, progress);
            Optional<Long> best = bestKnown.of(instance.name());
            String row = row(result, best);
            rows.add(row);
            allAgree &= result.agreement() != CurtoisRun.Agreement.NO;
            writeGrid(result, options);
            progress.println(row);
            if (!result.evaluation().violations().isEmpty() || !result.doubleBookings().isEmpty()) {
                notes.add(instance.name() + " hard violations: " + violationSummary(result));
            }
            if (result.agreement() == CurtoisRun.Agreement.NO) {
                notes.add(instance.name() + " DISAGREES: solver score " + result.solverScore() + ", evaluator objective "
                        + result.evaluation().objective() + ", evaluator violations " + result.hardViolations());
            }
            if (result.saturatedCovers() > 0) {
                notes.add(instance.name() + ": " + result.saturatedCovers()
                        + " covers have all their optional heads filled (the over-cover cap may bind; try --optional-heads all)");
            }
        }
        if (rows.stream().anyMatch(r -> r.contains("| ("))) {
            notes.add("Gap in brackets: the roster breaks hard rules, so its objective is not comparable with the best known.");
        }
        if (!skipped.isEmpty()) {
            notes.add("Skipped (no InstanceN.txt in " + options.data() + "): " + skipped);
        }
        StringBuilder table = new StringBuilder();
        table.append(HEADER).append('\n').append(RULE).append('\n');
        rows.forEach(r -> table.append(r).append('\n'));
        if (!notes.isEmpty()) {
            table.append('\n');
            notes.forEach(note -> table.append("- ").append(note).append('\n'));
        }
        out.print(table);
        out.flush();
        try {
            Files.writeString(options.out().resolve("summary.md"), "Curtois suite, limit " + formatDuration(options.limit())
                    + " per instance, solver variant " + options.variant() + ", optional heads " + options.optionalHeads()
                    + "\n\n" + table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write summary.md", e);
        }
        return allAgree ? 0 : 2;
    }

    private static Result solveWithProgress(CurtoisInstance instance, Options options, PrintStream progress) {
        long started = System.nanoTime();
        AtomicReference<HardMediumSoftLongScore> bestScore = new AtomicReference<>();
        AtomicLong lastPrinted = new AtomicLong(0);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "curtois-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            if (now - lastPrinted.get() >= TimeUnit.SECONDS.toNanos(5)) {
                lastPrinted.set(now);
                progress.printf(Locale.ROOT, "[%s] %5.1fs elapsed, best %s%n", instance.name(),
                        (now - started) / 1e9, bestScore.get() == null ? "(constructing)" : bestScore.get());
            }
        }, 5, 5, TimeUnit.SECONDS);
        try {
            return CurtoisRun.solve(instance, options.limit(), options.optionalHeads(), options.variant(), (millis, score) -> {
                bestScore.set(score);
                long now = System.nanoTime();
                if (now - lastPrinted.get() >= TimeUnit.SECONDS.toNanos(1)) {
                    lastPrinted.set(now);
                    progress.printf(Locale.ROOT, "[%s] %5.1fs elapsed, new best %s%n", instance.name(),
                            (now - started) / 1e9, score);
                }
            });
        } finally {
            ticker.shutdownNow();
        }
    }

    static String row(Result result, Optional<Long> best) {
        long objective = result.evaluation().objective();
        // An infeasible roster's objective is not comparable with the best known (it may even be lower): in brackets.
        String gap = best.filter(b -> b > 0)
                .map(b -> String.format(Locale.ROOT, result.hardViolations() == 0 ? "%.1f" : "(%.1f)", 100.0 * (objective - b) / b))
                .orElse("–");
        String agree = switch (result.agreement()) {
            case YES -> "yes";
            case UNCOMPARABLE -> "n/a (two shifts on a day)";
            case NO -> "NO (score " + result.solverScore() + ")";
        };
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %.1f | %d | %s | %,d |", result.instance().name(), objective,
                best.map(String::valueOf).orElse("–"), gap, result.timeToBestMillis() / 1000.0, result.hardViolations(),
                agree, result.moveEvaluationSpeed());
    }

    static String violationSummary(Result result) {
        StringBuilder s = new StringBuilder();
        CurtoisEvaluator.countByRule(result.evaluation()).forEach((rule, count) -> s.append(rule).append('×').append(count).append(' '));
        if (!result.doubleBookings().isEmpty()) {
            s.append("TWO_SHIFTS_ON_A_DAY×").append(result.doubleBookings().size());
        }
        return s.toString().trim();
    }

    private static void writeGrid(Result result, Options options) {
        List<String> comments = List.of(
                result.instance().name() + " tsumugi objective=" + result.evaluation().objective() + " limit="
                        + formatDuration(options.limit())
                        + (options.variant() == RosterSolverConfig.DEFAULT ? "" : " variant=" + options.variant()),
                "solver score " + result.solverScore() + ", evaluator: under " + result.evaluation().underCover() + " over "
                        + result.evaluation().overCover() + " on-requests " + result.evaluation().onRequests()
                        + " off-requests " + result.evaluation().offRequests() + ", hard violations "
                        + result.hardViolations() + ", time to best " + result.timeToBestMillis() + " ms, "
                        + result.slots() + " slots (optional heads " + options.optionalHeads() + ", "
                        + result.saturatedCovers() + " covers saturated)");
        result.grid().withComments(comments).write(options.out().resolve(result.instance().name() + ".grid.txt"));
    }

    static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }
}
