package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.api.solver.SolverFactory;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.SolveLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurtoisRunnerTest {

    @Test
    void readsInstanceListsAndRanges() {
        assertThat(InstanceSelection.parse("1-12")).hasSize(12).first().isEqualTo(1);
        assertThat(InstanceSelection.parse("1,3,5-7")).containsExactly(1, 3, 5, 6, 7);
        assertThat(InstanceSelection.parse(" 7 , 2-3,3")).containsExactly(2, 3, 7);
        assertThatThrownBy(() -> InstanceSelection.parse("5-2")).hasMessageContaining("backwards");
        assertThatThrownBy(() -> InstanceSelection.parse("a")).hasMessageContaining("1-12");
        assertThatThrownBy(() -> InstanceSelection.parse("0")).hasMessageContaining("start at 1");
    }

    @Test
    void readsLimitsAndDefaultsPathsFromTheRepoRoot() {
        assertThat(CurtoisRunner.parseDuration("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(CurtoisRunner.parseDuration("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(CurtoisRunner.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(CurtoisRunner.parseDuration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(CurtoisRunner.parseDuration("PT30S")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> CurtoisRunner.parseDuration("soon")).hasMessageContaining("--limit");

        CurtoisRunner.Options defaults = CurtoisRunner.parseOptions(new String[0], Path.of("/repo"));
        assertThat(defaults.data()).isEqualTo(Path.of("/shared/benchmarks/curtois/instances"));
        assertThat(defaults.out()).isEqualTo(Path.of("/repo/benchmarks/target/curtois"));
        assertThat(defaults.limit()).isEqualTo(Duration.ofSeconds(60));

        CurtoisRunner.Options given = CurtoisRunner.parseOptions(
                new String[] {"--instances", "1,3", "--limit=20s", "--data", "d", "--optional-heads", "all"}, Path.of("/repo"));
        assertThat(given.instances()).containsExactly(1, 3);
        assertThat(given.limit()).isEqualTo(Duration.ofSeconds(20));
        assertThat(given.data()).isEqualTo(Path.of("d"));
        assertThat(given.optionalHeads()).isEqualTo(OptionalHeads.ALL);
        assertThat(defaults.variant()).isEqualTo(RosterSolverConfig.DEFAULT);
        assertThat(CurtoisRunner.parseOptions(new String[] {"--variant", "tabu-search"}, Path.of(".")).variant())
                .isEqualTo(RosterSolverConfig.Variant.TABU_SEARCH);
        assertThatThrownBy(() -> CurtoisRunner.parseOptions(new String[] {"--variant", "greedy"}, Path.of(".")))
                .hasMessageStartingWith("--variant takes one of");
        assertThatThrownBy(() -> CurtoisRunner.parseOptions(new String[] {"--speed", "1"}, Path.of(".")))
                .hasMessage("unknown option --speed");
    }

    @Test
    void writesTheGridAndATableRowAndSkipsMissingInstancesWithANote(@TempDir Path out) throws Exception {
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        CurtoisRunner.Options options = new CurtoisRunner.Options(InstanceSelection.parse("1,8"), Duration.ofSeconds(1),
                Resources.folder(), out, OptionalHeads.DEFAULT);

        int status = CurtoisRunner.run(options, new PrintStream(table, true, StandardCharsets.UTF_8),
                new PrintStream(progress, true, StandardCharsets.UTF_8));

        String printed = table.toString(StandardCharsets.UTF_8);
        assertThat(status).as("exit status (2 = solver and evaluator disagree)").isZero();
        // Feasibility after 1 s is not asserted here (see CurtoisFastCheckTest); the row's shape and numbers are.
        assertThat(printed).startsWith(CurtoisRunner.HEADER + "\n" + CurtoisRunner.RULE + "\n")
                .containsPattern("\\| Instance1 \\| \\d+ \\| 607 \\| \\(?-?[0-9.]+\\)? \\| [0-9.]+ \\| \\d+ \\| (yes|n/a [^|]+) \\| [0-9,]+ \\|")
                .contains("Skipped (no InstanceN.txt in ").contains("): [8]");
        Path gridFile = out.resolve("Instance1.grid.txt");
        String firstLine = Files.readAllLines(gridFile).get(0);
        assertThat(firstLine).matches("# Instance1 tsumugi objective=\\d+ limit=1s");
        long objective = Long.parseLong(firstLine.replaceAll(".*objective=(\\d+).*", "$1"));
        // The file on disk, read back by the evaluator alone, gives the objective in its header and the table's row.
        CurtoisEvaluator.Evaluation evaluation = CurtoisEvaluator.evaluate(Resources.instance(1), CurtoisGrid.read(gridFile));
        assertThat(evaluation.objective()).isEqualTo(objective);
        assertThat(printed).contains("| Instance1 | " + objective + " | 607 |");
        assertThat(out.resolve("summary.md")).content().contains("| Instance1 |");
    }

    /** The Curtois weights and facts under FULL_ASSERT: incremental and from-scratch scores agree at every step. */
    @Test
    void curtoisScoresAreIncrementallyCorrect() {
        Roster problem = CurtoisMapping.of(Resources.instance(2)).roster();
        var config = RosterSolverConfig.create(SolveLimits.spent(Duration.ofSeconds(2)).withEnvironmentMode(EnvironmentMode.FULL_ASSERT));
        Roster best = SolverFactory.<Roster>create(config).buildSolver().solve(problem);
        assertThat(best.getScore()).isNotNull();
    }
}
