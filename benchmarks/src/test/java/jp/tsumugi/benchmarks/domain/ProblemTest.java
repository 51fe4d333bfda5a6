package jp.tsumugi.benchmarks.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {
    @Test
    void presetsAreGeneratedAndFilesNamedAfterThemselves() {
        List<Problem> problems = Problem.resolve(List.of("Tsuwano"), 1, List.of(TestData.tiny()));
        assertThat(problems).extracting(Problem::name).containsExactly("tsuwano", "tiny");
        assertThat(problems.get(0).workerCount()).isEqualTo(4);
        assertThat(problems.get(0).source()).isEqualTo("preset tsuwano, seed 1");
    }

    @Test
    void rejectsUnknownPresetsDuplicateNamesAndNothing() {
        assertThatThrownBy(() -> Problem.resolve(List.of("atlantis"), 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atlantis");
        assertThatThrownBy(() -> Problem.resolve(List.of(), 1, List.of(TestData.tiny(), TestData.tiny())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two problems are named 'tiny'");
        assertThatThrownBy(() -> Problem.resolve(List.of(), 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to run");
    }
}
