package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Evaluation;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Rule;
import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CurtoisEvaluatorTest {

    static List<TinyCases.Case> cases() {
        return TinyCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void judgesEachHandMadeCaseAsWorkedOutByHand(TinyCases.Case c) {
        Evaluation evaluation = CurtoisEvaluator.evaluate(c.instance(), c.grid());

        assertThat(evaluation.objective()).isEqualTo(c.objective());
        if (c.rule() == null) {
            assertThat(evaluation.violations()).isEmpty();
        } else {
            assertThat(evaluation.violations()).extracting(Violation::rule, Violation::employee)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(c.rule(), "A"));
        }
    }

    @Test
    void splitsTheObjectiveIntoItsParts() {
        CurtoisInstance instance = new TinyInstance().employee("A").employee("B")
                .cover(0, "E", 2, 100, 1).cover(1, "L", 0, 100, 3)
                .onRequest("B", 2, "E", 4).offRequest("A", 0, "E", 7).build();
        Evaluation e = CurtoisEvaluator.evaluate(instance,
                TinyInstance.grid("A", "E L - - - - - - - - - - - -", "B", "- L - - - - - - - - - - - -"));
        assertThat(e.underCover()).isEqualTo(100);
        assertThat(e.overCover()).isEqualTo(6);
        assertThat(e.onRequests()).isEqualTo(4);
        assertThat(e.offRequests()).isEqualTo(7);
        assertThat(e.objective()).isEqualTo(117);
    }

    @Test
    void givesTheRunsAndNumbersOfAViolation() {
        CurtoisInstance instance = new TinyInstance().employee("A", "E=99|L=99", 99_999, 0, 99, 3, 1, 99).build();
        Evaluation e = CurtoisEvaluator.evaluate(instance, TinyInstance.grid("A", "E - E E - E E E - - - - E E"));
        assertThat(e.violations()).singleElement().hasToString("MIN_CONSECUTIVE_SHIFTS A: days 2..3: 2 in a row, at least 3");
    }

    @Test
    void countsEveryBrokenRuleOnce() {
        // Four rules at once: a day off worked, E twice over its cap of 1 (one violation), L→E, 4 days in a row (max 3).
        CurtoisInstance instance = new TinyInstance().employee("A", "E=1", 99_999, 0, 3, 1, 1, 99).dayOff("A", 0).build();
        Evaluation e = CurtoisEvaluator.evaluate(instance, TinyInstance.grid("A", "E L E E - - - - - - - - - -"));
        assertThat(CurtoisEvaluator.countByRule(e)).containsOnlyKeys(Rule.DAY_OFF, Rule.MAX_SHIFTS_OF_TYPE,
                Rule.FORBIDDEN_SUCCESSION, Rule.MAX_CONSECUTIVE_SHIFTS).allSatisfy((rule, n) -> assertThat(n).isEqualTo(1L));
    }

    @Test
    void aMinimumRunMayTouchBothEdgesAtOnce() {
        // H = 7, min 5 working days: a run of 2 at each end is allowed, and so is a short run of days off at each end.
        TinyInstance tiny = new TinyInstance().employee("A", "E=99|L=99", 99_999, 0, 99, 5, 3, 99);
        tiny.horizon = 7;
        Evaluation e = CurtoisEvaluator.evaluate(tiny.build(), TinyInstance.grid("A", "E E - - - E E"));
        assertThat(e.violations()).isEmpty();
        Evaluation offEdges = CurtoisEvaluator.evaluate(tiny.build(), TinyInstance.grid("A", "- E E E E E -"));
        assertThat(offEdges.violations()).isEmpty();
    }
}
