package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.solver.score.RosterConstraintProvider;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConstraintSubsetTest {
    @Test
    void themesArePrefixesWithTheRestRulesUnderLegal() {
        assertThat(ConstraintSubset.theme("legal.daily-hours")).isEqualTo("legal");
        assertThat(ConstraintSubset.theme("rest.interval-below-target")).isEqualTo("legal");
        assertThat(ConstraintSubset.themes()).containsExactly("contract", "demand", "dispatch", "eligibility",
                "fairness", "legal", "preference", "travel", "variable");
    }

    @Test
    void onlyDropAllAndTrivialKeepWhatTheySay() {
        List<String> all = RosterConstraintProvider.constraintIds();
        assertThat(ConstraintSubset.keptIds("all")).isEqualTo(all);
        assertThat(ConstraintSubset.keptIds("only:demand")).containsExactly("demand.unfilled-required",
                "demand.optional-filled", "demand.published-change");
        List<String> noLegal = ConstraintSubset.keptIds("drop:legal");
        assertThat(noLegal).noneMatch(id -> id.startsWith("legal.") || id.startsWith("rest."))
                .contains("variable.working-days", "demand.unfilled-required");
        assertThat(noLegal.size() + ConstraintSubset.keptIds("only:legal").size()).isEqualTo(all.size());
        assertThat(ConstraintSubset.keptIds(" Only:Travel,Demand ")).allMatch(id -> id.startsWith("travel.")
                || id.startsWith("demand.")).hasSize(6);
        assertThat(ConstraintSubset.keptIds("trivial")).containsExactly(ConstraintSubset.TRIVIAL_ID);
    }

    @Test
    void rejectsUnknownThemesAndModes() {
        assertThatThrownBy(() -> ConstraintSubset.parse("only:weather"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weather");
        assertThatThrownBy(() -> ConstraintSubset.parse("keep:demand"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only:THEME");
    }
}
