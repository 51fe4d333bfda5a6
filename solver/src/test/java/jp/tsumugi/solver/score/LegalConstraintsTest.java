package jp.tsumugi.solver.score;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;

class LegalConstraintsTest {
    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");

    @Test
    void dailyHoursPenalisesMinutesBeyondEightHours() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        Slot morning = data.slot(yamada, day, "06:00", "12:00", 0);
        Slot afternoon = data.slot(yamada, day, "13:00", "15:01", 0);
        var assertion = VERIFIER.verifyThat((p, f) -> LegalConstraints.dailyHours(f)).given(morning, afternoon);
        assertion.penalizesBy(1);
        assertion.justifiesWith(RuleBreak.ofDay(LegalConstraints.DAILY_HOURS, yamada, data.member, day, 481, 480,
                        RuleBreak.Unit.MINUTES));
    }

    @Test
    void dailyHoursAcceptsExactlyEightHours() {
        LocalDate day = LocalDate.of(2026, 7, 6);
        VERIFIER.verifyThat((p, f) -> LegalConstraints.dailyHours(f))
                .given(data.slot(yamada, day, "06:00", "12:00", 0), data.slot(yamada, day, "13:00", "15:00", 0))
                .penalizesBy(0);
    }
}
