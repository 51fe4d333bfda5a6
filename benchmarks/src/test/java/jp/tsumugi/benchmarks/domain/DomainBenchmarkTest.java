package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.solve.RosterSolverConfig.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark end to end on the tiny dataset, two variants of a second each: config, report, outputs. */
class DomainBenchmarkTest {
    @TempDir
    Path out;

    @Test
    void benchmarksTwoVariantsAndLeavesAnOfflineReportAndSolvedDatasets() throws IOException {
        DomainBenchmark.Options options = new DomainBenchmark.Options(List.of(Problem.file(TestData.tiny())),
                Duration.ofSeconds(1), Duration.ZERO, out, List.of(Variant.LATE_ACCEPTANCE, Variant.TABU_SEARCH), 1);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        DomainBenchmark.Outcome outcome = DomainBenchmark.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(outcome.rows()).extracting(DomainBenchmark.Row::variant)
                .containsExactlyInAnyOrder("LATE_ACCEPTANCE", "TABU_SEARCH");
        assertThat(outcome.rows()).allSatisfy(row -> {
            assertThat(row.problem()).isEqualTo("tiny");
            assertThat(row.failed()).isFalse();
            assertThat(row.score()).contains("hard/").contains("medium/").contains("soft");
            assertThat(row.scoreCalculationSpeed()).isPositive();
        });
        String html = Files.readString(outcome.index());
        assertThat(OfflineReport.externalResources(html)).isEmpty();
        assertThat(html).contains("LATE_ACCEPTANCE").contains("TABU_SEARCH");
        assertThat(outcome.reportDirectory().resolve("summary.md")).isRegularFile();
        assertThat(outcome.reportDirectory().resolve("summary.csv")).isRegularFile();

        // Each variant's best roster, written back as a dataset that reads as valid.
        List<Path> solved;
        try (Stream<Path> files = Files.walk(outcome.reportDirectory())) {
            solved = files.filter(f -> f.getFileName().toString().equals("tiny.json")).toList();
        }
        assertThat(solved).hasSize(2);
        for (Path file : solved) {
            Dataset dataset = DatasetReader.read(file).orElseThrow();
            assertThat(dataset.roster().assignments()).isNotEmpty();
        }
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("| tiny | LATE_ACCEPTANCE |")
                .contains("[benchmark] report: file:");
    }
}
