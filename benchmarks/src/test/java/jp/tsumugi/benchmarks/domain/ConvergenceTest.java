package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConvergenceTest {
    private static Convergence.Point at(long millis, long hard, long medium, long soft) {
        return new Convergence.Point(millis, HardMediumSoftLongScore.of(hard, medium, soft));
    }

    @Test
    void firstTimeMediumAndSoftAreBothWithinOnePercentAndStayThere() {
        List<Convergence.Point> history = List.of(
                at(100, -2, -5000, -9000),
                at(200, 0, -1200, -2000),
                at(300, 0, -1009, -1500), // medium within 1 % of -1000, soft not
                at(400, 0, -1005, -1010), // both within: from here on
                at(900, 0, -1000, -1000));
        assertThat(Convergence.timeToWithin(history, HardMediumSoftLongScore.of(0, -1000, -1000), 0.01)).isEqualTo(400L);
    }

    @Test
    void leavingTheBandAgainRestartsTheClock() {
        // Medium improves at 500 ms and soft pays for it: soft leaves the band, so 300 ms does not count.
        List<Convergence.Point> history = List.of(
                at(300, 0, -1005, -1000),
                at(500, 0, -1000, -1100),
                at(800, 0, -1000, -1000));
        assertThat(Convergence.timeToWithin(history, HardMediumSoftLongScore.of(0, -1000, -1000), 0.01)).isEqualTo(800L);
    }

    @Test
    void aZeroLevelMustBeMatchedExactlyAndHardAlways() {
        HardMediumSoftLongScore end = HardMediumSoftLongScore.of(0, 0, -100);
        assertThat(Convergence.within(HardMediumSoftLongScore.of(0, -1, -100), end, 0.01)).isFalse();
        assertThat(Convergence.within(HardMediumSoftLongScore.of(-1, 0, -100), end, 0.01)).isFalse();
        assertThat(Convergence.within(HardMediumSoftLongScore.of(0, 0, -101), end, 0.01)).isTrue();
        assertThat(Convergence.within(HardMediumSoftLongScore.of(0, 0, -102), end, 0.01)).isFalse();
        assertThat(Convergence.timeToWithin(List.of(), end, 0.01)).isNull();
    }

    @Test
    void scoreAtAMarkIsTheLastBestScoreFoundByThen() {
        List<Convergence.Point> history = List.of(at(1500, 0, -10, -10), at(2500, 0, -5, -10));
        assertThat(Convergence.scoreAt(history, Duration.ofSeconds(1))).isNull();
        assertThat(Convergence.scoreAt(history, Duration.ofSeconds(2))).isEqualTo(HardMediumSoftLongScore.of(0, -10, -10));
        assertThat(Convergence.scoreAt(history, Duration.ofSeconds(3))).isEqualTo(HardMediumSoftLongScore.of(0, -5, -10));
    }
}
