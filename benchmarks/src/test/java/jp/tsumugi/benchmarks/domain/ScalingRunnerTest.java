package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.solve.RosterSolverConfig;
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
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Correctness of the scaling runner on a tiny dataset: a complete row, a CSV that parses. No timing is asserted. */
class ScalingRunnerTest {
    private static final List<Duration> MARKS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2),
            Duration.ofSeconds(10));

    @TempDir
    Path out;

    @Test
    void tinyRunGivesACompleteRowAndAParsableCsv() throws IOException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
        ScalingRunner.Settings settings = new ScalingRunner.Settings(Duration.ofSeconds(2), MARKS,
                RosterSolverConfig.DEFAULT, Duration.ofMillis(500), print);

        List<ScalingResult> results = ScalingCommand.run(List.of(Problem.file(TestData.tiny())), settings, out, print);

        assertThat(results).hasSize(1);
        ScalingResult r = results.get(0);
        assertThat(r.problem()).isEqualTo("tiny");
        assertThat(r.variant()).isEqualTo(jp.tsumugi.solver.solve.RosterSolverConfig.DEFAULT.name());
        assertThat(r.workers()).isEqualTo(2);
        assertThat(r.slots()).isPositive();
        assertThat(r.requiredMinutes()).isPositive();
        assertThat(r.constructionMillis()).isNotNegative();
        assertThat(r.constructionCpuMillis()).isNotNegative().isLessThanOrEqualTo(r.solveCpuMillis());
        assertThat(HardMediumSoftLongScore.parseScore(r.constructionScore())).isNotNull();
        HardMediumSoftLongScore finalScore = HardMediumSoftLongScore.parseScore(r.finalScore());
        assertThat(finalScore).isGreaterThanOrEqualTo(HardMediumSoftLongScore.parseScore(r.constructionScore()));
        // 1 s lies inside the limit: the best score then, unless construction was still running (a busy machine);
        // 2 s is the limit: the final score, if construction finished; 10 s lies beyond the limit: nothing.
        if (r.constructionComplete()) {
            assertThat(r.scoreAt(Duration.ofSeconds(2))).isEqualTo(r.finalScore());
        } else {
            assertThat(r.scoreAt(Duration.ofSeconds(2))).isEqualTo(ScalingResult.NOT_CONSTRUCTED);
        }
        assertThat(r.scoreAt(Duration.ofSeconds(1))).satisfiesAnyOf(
                s -> assertThat(s).isEqualTo(ScalingResult.NOT_CONSTRUCTED),
                s -> assertThat(HardMediumSoftLongScore.parseScore(s)).isLessThanOrEqualTo(finalScore));
        assertThat(r.scoreAt(Duration.ofSeconds(10))).isNull();
        assertThat(r.timeToWithin1Percent()).isNotNull().isBetween(0L, r.finalScoreMillis());
        assertThat(r.finalScoreMillis()).isLessThanOrEqualTo(r.solveMillis());
        assertThat(r.scoreCalculationCount()).isPositive();
        assertThat(r.solveCpuMillis()).isNotNegative();
        assertThat(r.moveEvaluationCount()).isPositive();
        assertThat(r.peakHeapBytes()).isPositive();
        assertThat(r.heapPoolPeaksBytes()).isPositive();
        assertThat(r.unfilledRequiredMinutes()).isBetween(0L, r.requiredMinutes());

        Path csv = onlyFile(".csv");
        List<Map<String, String>> rows = ScalingReport.readCsv(csv);
        assertThat(rows).hasSize(1);
        Map<String, String> row = rows.get(0);
        assertThat(row.keySet()).contains("problem", "construction_s", "construction_cpu_s", "unfilled_required_h_at_1s",
                "unfilled_required_h_at_2s", "score_at_1s", "score_at_2s", "score_at_10s",
                "final_score", "time_to_1pct_s", "score_calc_per_s", "score_calc_per_cpu_s", "construction_complete",
                "peak_heap_mib", "heap_after_gc_mib", "unfilled_required_h",
                "load_start", "load_end");
        row.forEach((column, value) -> {
            if (!column.equals("score_at_10s") && !column.startsWith("unfilled_required_h_at_")) {
                assertThat(value).as(column).isNotBlank();
            }
        });
        assertThat(row.get("score_at_10s")).isEmpty();
        // Unfilled required hours at each mark: at the limit the final roster's; beyond the limit nothing; before
        // construction ended nothing.
        assertThat(row.get("unfilled_required_h_at_10s")).isEmpty();
        assertThat(r.unfilledRequiredMinutesAt(Duration.ofSeconds(10))).isNull();
        if (r.constructionComplete()) {
            assertThat(r.unfilledRequiredMinutesAt(Duration.ofSeconds(2))).isEqualTo(r.unfilledRequiredMinutes());
            assertThat(Double.parseDouble(row.get("unfilled_required_h_at_2s")))
                    .isEqualTo(r.unfilledRequiredMinutes() / 60.0, org.assertj.core.data.Offset.offset(0.05));
        }
        if (r.scoreAt(Duration.ofSeconds(1)).equals(ScalingResult.NOT_CONSTRUCTED)) {
            assertThat(r.unfilledRequiredMinutesAt(Duration.ofSeconds(1))).isNull();
        } else {
            assertThat(r.unfilledRequiredMinutesAt(Duration.ofSeconds(1)))
                    .isBetween(0L, r.requiredMinutes());
        }
        assertThat(row.get("problem")).isEqualTo("tiny");
        assertThat(Boolean.parseBoolean(row.get("construction_complete"))).isEqualTo(r.constructionComplete());
        assertThat(HardMediumSoftLongScore.parseScore(row.get("final_score"))).isEqualTo(finalScore);
        assertThat(Long.parseLong(row.get("score_calc_per_s"))).isEqualTo(r.scoreCalculationSpeed());
        assertThat(Long.parseLong(row.get("score_calc_count"))).isEqualTo(r.scoreCalculationCount());
        assertThat(Double.parseDouble(row.get("unfilled_required_h"))).isEqualTo(r.unfilledRequiredMinutes() / 60.0,
                org.assertj.core.data.Offset.offset(0.05));
        for (String column : List.of("construction_s", "time_to_1pct_s", "solve_s", "limit_s", "required_h")) {
            assertThat(Double.parseDouble(row.get(column))).as(column).isNotNegative();
        }

        String table = Files.readString(onlyFile(".md"));
        assertThat(table).contains("| tiny | 2 |").contains("score at 1s").contains("score at 2s")
                .doesNotContain("score at 10s");
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("[scaling] tiny done in").contains(table);
    }

    private Path onlyFile(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
