package jp.tsumugi.solver.score;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;

/**
 * ContractConstraints with Curtois semantics (benchmarks/curtois/README.md): a two-week horizon starting on a Monday,
 * 2026-04-06 (day 0) to 2026-04-19 (day 13, a Sunday); weekends are days 5/6 and 12/13. Shifts start at 00:00.
 */
class ContractConstraintsTest {
    private static final LocalDate FROM = LocalDate.of(2026, 4, 6);
    private static final LocalDate TO = LocalDate.of(2026, 4, 19);
    private final TestData data = new TestData().window(FROM, TO);
    private final Worker yamada = data.worker("yamada");
    private final ShiftType early = data.shiftType("E");
    private final ShiftType late = data.shiftType("L").forbidSuccessor(early);

    private static LocalDate day(int index) {
        return FROM.plusDays(index);
    }

    private static ContractRules contract(Map<String, Integer> maxShifts, Integer minTotal, Integer maxTotal,
            Integer minRun, Integer maxRun, Integer minOff, Integer maxWeekends) {
        return new ContractRules(maxShifts, minTotal, maxTotal, minRun, maxRun, minOff, maxWeekends);
    }

    /** A Curtois-style shift: from 00:00, {@code minutes} long, no break. */
    private Slot shift(Worker worker, ShiftType type, LocalDate date, int minutes) {
        return data.slot(worker, type, date, "00:00", LocalTime.MIDNIGHT.plusMinutes(minutes).toString(), 0);
    }

    /** One 8-hour early shift on each given day index. */
    private List<Slot> workOn(Worker worker, int... days) {
        List<Slot> slots = new ArrayList<>();
        for (int d : days) {
            slots.add(shift(worker, early, day(d), 480));
        }
        return slots;
    }

    /** The slots plus the plan calendar, as the facts of a run rule (they join the calendar). */
    private Object[] withCalendar(List<Slot> slots) {
        List<Object> facts = new ArrayList<>(slots);
        facts.add(data.calendar());
        return facts.toArray();
    }

    private RuleBreak runBreak(String rule, int firstDay, int lastDay, long actual, long limit) {
        return new RuleBreak(rule, yamada, null, day(firstDay), day(lastDay), actual, limit, Unit.DAYS);
    }

    @Nested
    class MaxShiftsPerType {
        @Test
        void oneShiftOverTheTypeMaximumIsPenalised() {
            yamada.withContract(contract(Map.of("E", 2), null, null, null, null, null, null));
            List<Slot> slots = workOn(yamada, 1, 2, 3); // 3 earlies, max 2 → 1
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxShiftsPerType(f))
                    .given(slots.toArray());
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_SHIFTS_PER_TYPE, yamada, null, null,
                    null, 3, 2, Unit.COUNT));
        }

        @Test
        void exactlyTheMaximumIsAllowedAndOtherTypesAreNotCounted() {
            yamada.withContract(contract(Map.of("E", 2), null, null, null, null, null, null));
            List<Slot> slots = workOn(yamada, 1, 2);
            slots.add(shift(yamada, late, day(4), 480)); // no limit on L
            slots.add(shift(yamada, late, day(5), 480));
            slots.add(shift(yamada, late, day(6), 480));
            slots.add(data.slot(yamada, day(8), "08:00", "17:00", 60)); // no shift type at all
            VERIFIER.verifyThat((p, f) -> ContractConstraints.maxShiftsPerType(f))
                    .given(slots.toArray())
                    .penalizesBy(0);
        }

        @Test
        void zeroMaximumForbidsTheType() {
            yamada.withContract(contract(Map.of("L", 0), null, null, null, null, null, null));
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxShiftsPerType(f))
                    .given(shift(yamada, late, day(3), 480));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_SHIFTS_PER_TYPE, yamada, null, null,
                    null, 1, 0, Unit.COUNT));
        }
    }

    @Nested
    class MinTotalMinutes {
        @Test
        void oneMinuteShortIsPenalised() {
            yamada.withContract(contract(null, 960, null, null, null, null, null));
            Slot a = shift(yamada, early, day(1), 480);
            Slot b = shift(yamada, early, day(2), 479); // 959 → 1 short
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minTotalMinutes(f))
                    .given(yamada, a, b);
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MIN_TOTAL_MINUTES, yamada, null, null,
                    null, 959, 960, Unit.MINUTES));
        }

        @Test
        void exactlyTheMinimumIsAllowed() {
            yamada.withContract(contract(null, 960, null, null, null, null, null));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.minTotalMinutes(f))
                    .given(yamada, shift(yamada, early, day(1), 480), shift(yamada, early, day(2), 480))
                    .penalizesBy(0);
        }

        @Test
        void workerWithoutAnySlotIsPenalisedByTheWholeMinimum() {
            yamada.withContract(contract(null, 960, null, null, null, null, null));
            Worker sato = data.worker("sato"); // no minimum: never penalised
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minTotalMinutes(f))
                    .given(yamada, sato);
            assertion.penalizesBy(960);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MIN_TOTAL_MINUTES, yamada, null, null,
                    null, 0, 960, Unit.MINUTES));
        }
    }

    @Nested
    class MaxTotalMinutes {
        @Test
        void oneMinuteOverIsPenalised() {
            yamada.withContract(contract(null, null, 960, null, null, null, null));
            Slot a = shift(yamada, early, day(1), 480);
            Slot b = shift(yamada, late, day(2), 481); // 961 → 1 over
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxTotalMinutes(f)).given(a, b);
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_TOTAL_MINUTES, yamada, null, null,
                    null, 961, 960, Unit.MINUTES));
        }

        @Test
        void exactlyTheMaximumIsAllowed() {
            yamada.withContract(contract(null, null, 960, null, null, null, null));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.maxTotalMinutes(f))
                    .given(shift(yamada, early, day(1), 480), shift(yamada, late, day(2), 480))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MaxConsecutiveWorkDays {
        @Test
        void runOneDayTooLongIsPenalised() {
            yamada.withContract(contract(null, null, null, null, 3, null, null));
            List<Slot> slots = workOn(yamada, 1, 2, 3, 4); // 4 days, max 3 → 1
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxConsecutiveWorkDays(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(runBreak(ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS, 1, 4, 4, 3));
        }

        @Test
        void runsOfExactlyTheMaximumAreAllowed() {
            yamada.withContract(contract(null, null, null, null, 3, null, null));
            List<Slot> slots = workOn(yamada, 0, 1, 2, 4, 5, 6, 10, 11, 12);
            slots.add(shift(yamada, late, day(12), 480)); // a second shift on a day is still one day
            VERIFIER.verifyThat((p, f) -> ContractConstraints.maxConsecutiveWorkDays(f))
                    .given(withCalendar(slots))
                    .penalizesBy(0);
        }

        @Test
        void runTouchingTheHorizonEdgeCountsToo() {
            yamada.withContract(contract(null, null, null, null, 3, null, null));
            List<Slot> slots = workOn(yamada, 8, 9, 10, 11, 12, 13); // 6 days to the last day → 3
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxConsecutiveWorkDays(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(3);
            assertion.justifiesWithExactly(runBreak(ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS, 8, 13, 6, 3));
        }
    }

    @Nested
    class MinConsecutiveWorkDays {
        @Test
        void interiorRunOneDayTooShortIsPenalised() {
            yamada.withContract(contract(null, null, null, 3, null, null, null));
            List<Slot> slots = workOn(yamada, 2, 3); // 2 days, min 3 → 1
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveWorkDays(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(runBreak(ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS, 2, 3, 2, 3));
        }

        @Test
        void interiorRunOfExactlyTheMinimumIsAllowed() {
            yamada.withContract(contract(null, null, null, 3, null, null, null));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveWorkDays(f))
                    .given(withCalendar(workOn(yamada, 2, 3, 4)))
                    .penalizesBy(0);
        }

        @Test
        void shortRunsTouchingTheFirstOrLastDayAreExempt() {
            yamada.withContract(contract(null, null, null, 3, null, null, null));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveWorkDays(f))
                    .given(withCalendar(workOn(yamada, 0, 13)))
                    .penalizesBy(0);
        }

        @Test
        void singleDaysNextToTheEdgesAreNotExempt() {
            yamada.withContract(contract(null, null, null, 3, null, null, null));
            List<Slot> slots = workOn(yamada, 1, 12); // days 1 and 12: neither touches day 0 or day 13
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveWorkDays(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(4); // (3 − 1) + (3 − 1)
            assertion.justifiesWithExactly(
                    runBreak(ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS, 1, 1, 1, 3),
                    runBreak(ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS, 12, 12, 1, 3));
        }
    }

    @Nested
    class MinConsecutiveDaysOff {
        @Test
        void singleDayOffBetweenRunsIsPenalised() {
            yamada.withContract(contract(null, null, null, null, null, 2, null));
            List<Slot> slots = workOn(yamada, 2, 3, 5, 6); // day 4 off alone, min 2 → 1
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveDaysOff(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(runBreak(ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF, 4, 4, 1, 2));
        }

        @Test
        void exactlyTheMinimumOffIsAllowed() {
            yamada.withContract(contract(null, null, null, null, null, 2, null));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveDaysOff(f))
                    .given(withCalendar(workOn(yamada, 2, 3, 6, 7)))
                    .penalizesBy(0);
        }

        @Test
        void shortDaysOffTouchingTheFirstOrLastDayAreExempt() {
            yamada.withContract(contract(null, null, null, null, null, 2, null));
            // day 0 off alone before the first run, day 13 off alone after the last one
            VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveDaysOff(f))
                    .given(withCalendar(workOn(yamada, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
                    .penalizesBy(0);
        }

        @Test
        void eachShortBreakCounts() {
            yamada.withContract(contract(null, null, null, null, null, 3, null));
            List<Slot> slots = workOn(yamada, 1, 3, 6, 10); // off: day 2 (1), days 4–5 (2), days 7–9 (3)
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.minConsecutiveDaysOff(f))
                    .given(withCalendar(slots));
            assertion.penalizesBy(3); // (3 − 1) + (3 − 2)
            assertion.justifiesWithExactly(
                    runBreak(ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF, 2, 2, 1, 3),
                    runBreak(ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF, 4, 5, 2, 3));
        }
    }

    @Nested
    class MaxWeekends {
        @Test
        void oneWeekendTooManyIsPenalised() {
            yamada.withContract(contract(null, null, null, null, null, null, 1));
            List<Slot> slots = workOn(yamada, 5, 13); // Saturday of weekend 1, Sunday of weekend 2
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxWeekends(f)).given(slots.toArray());
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_WEEKENDS, yamada, null, null, null,
                    2, 1, Unit.COUNT));
        }

        @Test
        void saturdayAndSundayOfOneWeekendCountOnce() {
            yamada.withContract(contract(null, null, null, null, null, null, 1));
            VERIFIER.verifyThat((p, f) -> ContractConstraints.maxWeekends(f))
                    .given(workOn(yamada, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).toArray()) // weekend 2 free
                    .penalizesBy(0);
        }

        @Test
        void zeroWeekendsAllowedPenalisesASundayAlone() {
            yamada.withContract(contract(null, null, null, null, null, null, 0));
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxWeekends(f))
                    .given(workOn(yamada, 6).toArray());
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_WEEKENDS, yamada, null, null, null,
                    1, 0, Unit.COUNT));
        }

        @Test
        void sundayOnTheFirstDayOfAWindowCountsAsAWeekend() {
            TestData sundayStart = new TestData().window(LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 18));
            Worker sato = sundayStart.worker("sato")
                    .withContract(contract(null, null, null, null, null, null, 1));
            Slot sunday = sundayStart.slot(sato, LocalDate.of(2026, 4, 5), "08:00", "17:00", 60);
            Slot saturday = sundayStart.slot(sato, LocalDate.of(2026, 4, 11), "08:00", "17:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.maxWeekends(f)).given(sunday, saturday);
            assertion.penalizesBy(1); // two weekends worked, max 1
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.MAX_WEEKENDS, sato, null, null, null,
                    2, 1, Unit.COUNT));
        }
    }

    @Nested
    class ForbiddenSuccession {
        @Test
        void earlyTheDayAfterALateIsPenalised() {
            Slot lateShift = shift(yamada, late, day(2), 480);
            Slot earlyShift = shift(yamada, early, day(3), 480);
            var assertion = VERIFIER.verifyThat((p, f) -> ContractConstraints.forbiddenSuccession(f))
                    .given(lateShift, earlyShift);
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(ContractConstraints.FORBIDDEN_SUCCESSION, yamada, null,
                    day(2), day(3), 1, 0, Unit.COUNT));
        }

        @Test
        void earlyTwoDaysAfterALateOrLateAfterAnEarlyIsAllowed() {
            Worker sato = data.worker("sato");
            VERIFIER.verifyThat((p, f) -> ContractConstraints.forbiddenSuccession(f))
                    .given(shift(yamada, late, day(2), 480), shift(yamada, early, day(4), 480),
                            shift(yamada, late, day(5), 480), shift(sato, early, day(6), 480),
                            shift(yamada, late, day(8), 480), shift(yamada, late, day(9), 480))
                    .penalizesBy(0);
        }
    }
}
