package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.RosterSolverConfig.Variant;
import jp.tsumugi.solver.solve.SolveLimits;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code benchmarks/run-scaling}: solves each preset and dataset file once with the solver configuration users run and
 * prints the scaling table; writes it as {@code scaling-<time>.csv} and {@code .md} to {@code --out}. Before the first
 * measured solve the JVM is warmed up by solving the first problem for {@code --warmup} (default 10 s; 0 for a cold
 * start), so that the first problem is not the only one measured with a cold JIT.
 */
public final class ScalingCommand {
    private static final Set<String> OPTIONS = Set.of("presets", "dataset", "seed", "limit", "marks", "variant",
            "warmup", "progress", "out", "help");
    static final String USAGE = """
            usage: run-scaling [--presets hagi,medium] [--dataset FILE]... [--seed 1] [--limit 300s]
                               [--marks 10s,30s,60s,300s] [--variant %s] [--warmup 10s]
                               [--progress 5s] [--out DIR (default benchmarks/target/scaling)]
            presets: %s""".formatted(String.join("|", Arrays.stream(Variant.values()).map(Enum::name).toList()),
            Presets.NAMES);

    private ScalingCommand() {
    }

    public static void main(String[] args) throws IOException {
        List<Problem> problems;
        ScalingRunner.Settings settings;
        Duration warmUp;
        Path out;
        try {
            Args options = Args.parse(args, OPTIONS);
            if (options.has("help")) {
                System.out.println(USAGE);
                return;
            }
            List<String> presets = options.has("presets") || options.has("dataset") ? options.list("presets")
                    : List.of("hagi");
            settings = new ScalingRunner.Settings(options.duration("limit", Duration.ofSeconds(300)),
                    options.durations("marks", ScalingRunner.DEFAULT_MARKS),
                    Variant.valueOf(options.get("variant", RosterSolverConfig.DEFAULT.name()).toUpperCase(Locale.ROOT)),
                    options.duration("progress", Duration.ofSeconds(5)), System.out);
            warmUp = options.duration("warmup", Duration.ofSeconds(10));
            out = options.has("out") ? Path.of(options.get("out", null)) : Args.defaultOut("benchmarks/target/scaling");
            problems = Problem.resolve(presets, options.seed(), options.paths("dataset"));
        } catch (RuntimeException e) {
            System.err.println("run-scaling: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        warmUp(problems.get(0), warmUp, settings.variant(), System.out);
        run(problems, settings, out, System.out);
    }

    /** Solves the problem for a while and throws the result away, so that measured solves run JIT-compiled code. */
    static void warmUp(Problem problem, Duration time, Variant variant, PrintStream console) {
        if (time.isZero() || time.isNegative()) {
            return;
        }
        console.printf(Locale.ROOT, "[scaling] JIT warm-up: %s on %s (not measured)%n", Durations.label(time),
                problem.name());
        Roster roster = DatasetMapper.toRoster(problem.dataset());
        SolverFactory.<Roster>create(RosterSolverConfig.forProblem(SolveLimits.spent(time), variant, roster))
                .buildSolver()
                .solve(roster);
    }

    /** Runs every problem in turn, then prints the table and writes both files. */
    static List<ScalingResult> run(List<Problem> problems, ScalingRunner.Settings settings, Path out, PrintStream console)
            throws IOException {
        console.printf(Locale.ROOT, "[scaling] %d problem(s), %s each, variant %s, %d processors%n", problems.size(),
                Durations.label(settings.limit()), settings.variant(), Runtime.getRuntime().availableProcessors());
        List<ScalingResult> results = new ArrayList<>();
        for (Problem problem : problems) {
            console.printf(Locale.ROOT, "[scaling] %s: %d workers (%s)%n", problem.name(), problem.workerCount(),
                    problem.source());
            results.add(ScalingRunner.run(problem, settings));
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT));
        Path csv = out.resolve("scaling-" + stamp + ".csv");
        Path md = out.resolve("scaling-" + stamp + ".md");
        String table = ScalingReport.markdown(results);
        ScalingReport.writeCsv(csv, results);
        Files.writeString(md, table, StandardCharsets.UTF_8);
        console.println();
        console.print(table);
        console.println();
        console.println("[scaling] wrote " + csv + " and " + md);
        return results;
    }
}
