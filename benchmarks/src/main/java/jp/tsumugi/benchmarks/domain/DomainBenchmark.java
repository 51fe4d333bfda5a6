package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.benchmark.api.PlannerBenchmark;
import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.benchmark.impl.result.PlannerBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SingleBenchmarkResult;
import ai.timefold.solver.benchmark.impl.result.SolverBenchmarkResult;
import jp.tsumugi.fixtures.dataset.DatasetWriter;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.RosterSolverConfig.Variant;
import jp.tsumugi.solver.solve.SolveLimits;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code benchmarks/run-benchmark}: Timefold's Benchmarker over the presets and dataset files, one solver benchmark
 * per {@link Variant}, each built by {@link RosterSolverConfig#create(SolveLimits, Variant)} with a spent limit: the
 * configuration users run, nothing benchmark-only. Problems are written to {@code <out>/inputs/<name>.json} and read
 * back through {@link DatasetSolutionFileIO}; each solver's best roster is written as a dataset beside its results.
 * Afterwards the HTML report (best score over time, score-calculation and move-evaluation speed, memory) is made
 * to render offline ({@link OfflineReport}), and a summary with one row per problem and variant is printed and written
 * beside it ({@code summary.md}, {@code summary.csv}).
 *
 * <pre>
 * run-benchmark [--presets hagi,medium] [--dataset FILE]... [--seed 1] [--limit 60s] [--warmup 10s]
 *               [--variants LATE_ACCEPTANCE,TABU_SEARCH] [--sub-single-count 1] [--out DIR]
 * </pre>
 */
public final class DomainBenchmark {
    private static final Set<String> OPTIONS = Set.of("presets", "dataset", "limit", "warmup", "variants",
            "sub-single-count", "seed", "out", "help");
    static final String USAGE = """
            usage: run-benchmark [--presets hagi,medium] [--dataset FILE]... [--seed 1] [--limit 60s] [--warmup 10s]
                                 [--variants %s] [--sub-single-count 1]
                                 [--out DIR (default benchmarks/target/benchmark)]
            presets: %s""".formatted(String.join(",", Arrays.stream(Variant.values()).map(Enum::name).toList()),
            Presets.NAMES);

    /** How to run: problems, the spent limit per solve, JIT warm-up, where to, which variants, runs per pair. */
    record Options(List<Problem> problems, Duration limit, Duration warmUp, Path out, List<Variant> variants,
            int subSingleCount) {
        Options {
            problems = List.copyOf(problems);
            variants = List.copyOf(variants);
        }
    }

    /** One problem × variant result of the report. Speeds are per second; ranking 0 is the best variant overall. */
    record Row(String problem, String variant, Integer ranking, String score, long scoreCalculationSpeed,
            long moveEvaluationSpeed, long timeMillisSpent, boolean failed) {
    }

    /** 1-minute load average at the start and end of the benchmark, and the mean, least and most of samples. */
    record LoadSummary(double start, double end, double mean, double min, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "load 1 min: start %.2f, end %.2f, mean %.2f (%.2f–%.2f)", start, end,
                    mean, min, max);
        }
    }

    record Outcome(Path reportDirectory, OfflineReport.Result offline, List<Row> rows, LoadSummary load) {
        Path index() {
            return reportDirectory.resolve("index.html");
        }
    }

    private DomainBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Args options;
        Options run;
        try {
            options = Args.parse(args, OPTIONS);
            if (options.has("help")) {
                System.out.println(USAGE);
                return;
            }
            List<String> presets = options.has("presets") || options.has("dataset") ? options.list("presets")
                    : List.of("hagi");
            List<Variant> variants = options.has("variants")
                    ? options.list("variants").stream().map(v -> Variant.valueOf(v.toUpperCase(Locale.ROOT))).toList()
                    : List.of(Variant.values());
            run = new Options(Problem.resolve(presets, options.seed(), options.paths("dataset")),
                    options.duration("limit", Duration.ofSeconds(60)), options.duration("warmup", Duration.ofSeconds(10)),
                    options.has("out") ? Path.of(options.get("out", null)) : Args.defaultOut("benchmarks/target/benchmark"),
                    variants, Integer.parseInt(options.get("sub-single-count", "1")));
        } catch (RuntimeException e) {
            System.err.println("run-benchmark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Outcome outcome = run(run, System.out);
        if (!outcome.offline().isOffline() || outcome.rows().stream().anyMatch(Row::failed)) {
            System.exit(1);
        }
    }

    static Outcome run(Options options, PrintStream console) throws IOException {
        Path inputs = options.out().resolve("inputs");
        Files.createDirectories(inputs);
        List<File> files = new ArrayList<>();
        for (Problem problem : options.problems()) {
            Path file = inputs.resolve(problem.name() + ".json");
            DatasetWriter.write(problem.dataset(), file);
            files.add(file.toFile());
        }
        PlannerBenchmarkConfig config = config(files, options);
        console.printf(Locale.ROOT, "[benchmark] %d problem(s) × %d variant(s), %s each, warm-up %s, %d processors%n",
                files.size(), options.variants().size(), Durations.label(options.limit()),
                Durations.label(options.warmUp()), Runtime.getRuntime().availableProcessors());

        LoadSampler load = new LoadSampler();
        PlannerBenchmark benchmark = PlannerBenchmarkFactory.create(config).buildPlannerBenchmark();
        File returned;
        try {
            returned = benchmark.benchmark();
        } finally {
            load.stop();
        }
        PlannerBenchmarkResult result = benchmark instanceof DefaultPlannerBenchmark impl
                ? impl.getPlannerBenchmarkResult() : null;
        Path reportDirectory = result != null && result.getBenchmarkReportDirectory() != null
                ? result.getBenchmarkReportDirectory().toPath() : newestReport(returned.toPath());

        OfflineReport.Result offline = OfflineReport.makeOffline(reportDirectory);
        List<Row> rows = result == null ? List.of() : rows(result);
        String summary = summary(rows, load.summary(), options);
        Files.writeString(reportDirectory.resolve("summary.md"), summary, StandardCharsets.UTF_8);
        Files.writeString(reportDirectory.resolve("summary.csv"), csv(rows), StandardCharsets.UTF_8);

        console.println();
        console.print(summary);
        console.println();
        if (!offline.missing().isEmpty()) {
            console.println("[benchmark] offline report: no WebJar for " + offline.missing()
                    + " — those charts are not drawn offline");
        }
        if (!offline.isOffline()) {
            console.println("[benchmark] WARNING: the report still loads " + offline.unresolved()
                    + " from the network; add them to OfflineReport.ASSETS");
        }
        console.println("[benchmark] report: " + reportDirectory.resolve("index.html").toUri());
        return new Outcome(reportDirectory, offline, rows, load.summary());
    }

    /** The benchmark configuration, built from code. */
    static PlannerBenchmarkConfig config(List<File> inputs, Options options) {
        ProblemBenchmarksConfig problems = new ProblemBenchmarksConfig();
        problems.setSolutionFileIOClass(DatasetSolutionFileIO.class);
        problems.setInputSolutionFileList(inputs);
        problems.setWriteOutputSolutionEnabled(true);
        problems.setProblemStatisticTypeList(List.of(ProblemStatisticType.BEST_SCORE,
                ProblemStatisticType.SCORE_CALCULATION_SPEED, ProblemStatisticType.MOVE_EVALUATION_SPEED,
                ProblemStatisticType.MEMORY_USE));

        SolverBenchmarkConfig inherited = new SolverBenchmarkConfig();
        inherited.setProblemBenchmarksConfig(problems);
        inherited.setSubSingleCount(options.subSingleCount());

        List<SolverBenchmarkConfig> solvers = new ArrayList<>();
        for (Variant variant : options.variants()) {
            SolverBenchmarkConfig solver = new SolverBenchmarkConfig();
            solver.setName(variant.name());
            solver.setSolverConfig(RosterSolverConfig.create(SolveLimits.spent(options.limit()), variant));
            solvers.add(solver);
        }

        PlannerBenchmarkConfig config = new PlannerBenchmarkConfig();
        config.setName("Tsumugi domain benchmark");
        config.setBenchmarkDirectory(options.out().toFile());
        // One solve at a time: the machines have 2 cores, and parallel solves would measure each other.
        config.setParallelBenchmarkCount("1");
        config.setWarmUpMillisecondsSpentLimit(options.warmUp().toMillis());
        config.setInheritedSolverBenchmarkConfig(inherited);
        config.setSolverBenchmarkConfigList(solvers);
        return config;
    }

    static List<Row> rows(PlannerBenchmarkResult result) {
        List<Row> rows = new ArrayList<>();
        for (SolverBenchmarkResult solver : result.getSolverBenchmarkResultList()) {
            for (SingleBenchmarkResult single : solver.getSingleBenchmarkResultList()) {
                rows.add(new Row(single.getProblemBenchmarkResult().getName(), solver.getName(), solver.getRanking(),
                        single.getAverageScore() == null ? null : single.getAverageScore().toString(),
                        orZero(single.getScoreCalculationSpeed()), orZero(single.getMoveEvaluationSpeed()),
                        single.getTimeMillisSpent(), single.hasAnyFailure()));
            }
        }
        rows.sort(Comparator.comparing(Row::problem).thenComparing(r -> r.ranking() == null ? Integer.MAX_VALUE
                : r.ranking()));
        return rows;
    }

    static String summary(List<Row> rows, LoadSummary load, Options options) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Limit %s per solve, warm-up %s, %d processors; %s%n%n",
                Durations.label(options.limit()), Durations.label(options.warmUp()),
                Runtime.getRuntime().availableProcessors(), load));
        out.append("| problem | variant | rank | best score | score calc/s | moves/s | time spent |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %,d | %,d | %s s |%n", r.problem(),
                    r.variant(), r.ranking() == null ? "–" : r.ranking(), r.failed() ? "FAILED" : r.score(),
                    r.scoreCalculationSpeed(), r.moveEvaluationSpeed(), Durations.seconds(r.timeMillisSpent())));
        }
        return out.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(
                "problem,variant,ranking,best_score,score_calc_per_s,move_eval_per_s,time_spent_s,failed\n");
        for (Row r : rows) {
            out.append(String.join(",", r.problem().contains(",") ? "\"" + r.problem().replace("\"", "\"\"") + "\""
                    : r.problem(), r.variant(), String.valueOf(r.ranking()), String.valueOf(r.score()),
                    String.valueOf(r.scoreCalculationSpeed()), String.valueOf(r.moveEvaluationSpeed()),
                    Durations.seconds(r.timeMillisSpent()), String.valueOf(r.failed()))).append('\n');
        }
        return out.toString();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Timefold writes the report to a timestamped folder under the benchmark directory. */
    private static Path newestReport(Path benchmarkDirectory) throws IOException {
        try (Stream<Path> children = Files.list(benchmarkDirectory)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("index.html")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no report under " + benchmarkDirectory));
        }
    }

    /** Samples the 1-minute load average every 5 s while the benchmark runs. */
    private static final class LoadSampler {
        private final List<Double> samples = new ArrayList<>();
        private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "benchmark-load");
            thread.setDaemon(true);
            return thread;
        });

        LoadSampler() {
            scheduler.scheduleAtFixedRate(this::sample, 0, 5, TimeUnit.SECONDS);
        }

        private synchronized void sample() {
            samples.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }

        void stop() {
            scheduler.shutdownNow();
            sample();
        }

        synchronized LoadSummary summary() {
            double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(-1);
            return new LoadSummary(samples.get(0), samples.get(samples.size() - 1), mean,
                    samples.stream().mapToDouble(Double::doubleValue).min().orElse(-1),
                    samples.stream().mapToDouble(Double::doubleValue).max().orElse(-1));
        }
    }
}
