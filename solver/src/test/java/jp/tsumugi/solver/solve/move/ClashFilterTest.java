package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClashFilterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 2);

    private TestData data;
    private Worker a;
    private Worker b;
    private final List<Slot> slots = new ArrayList<>();
    private final ClashFilter filter = new ClashFilter();
    private ScoreDirector<Roster> director;

    @BeforeEach
    void setUp() {
        data = new TestData().window(DAY.minusDays(1), DAY.plusDays(2));
        a = data.worker("a");
        b = data.worker("b");
    }

    private Slot slot(LocalDate date, String start, String end) {
        return add(data.cover(date, start, end, 0).createSlots().get(0));
    }

    private Slot slot(jp.tsumugi.solver.domain.Site site, LocalDate date, String start, String end) {
        return add(data.cover(site, date, start, end, 0).createSlots().get(0));
    }

    private Slot add(Slot slot) {
        slots.add(slot);
        return slot;
    }

    @SuppressWarnings("unchecked")
    private boolean accepts(Move<Roster> move) {
        if (director == null) {
            Roster roster = data.roster(slots);
            director = (ScoreDirector<Roster>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ScoreDirector.class}, (p, method, args) -> {
                        if (method.getName().equals("getWorkingSolution")) {
                            return roster;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
        return filter.accept(director, move);
    }

    private static ChangeMove<Roster> change(Slot slot, Worker to) {
        return new ChangeMove<>(null, slot, to);
    }

    private static SwapMove<Roster> swap(Slot left, Slot right) {
        return new SwapMove<>(List.of(), left, right);
    }

    @Test
    void changeToAWorkerWhoseSlotOverlapsIsLeftOutAndOneMinuteApartIsKept() {
        Slot morning = slot(DAY, "06:00", "14:00").withWorker(a);
        Slot overlapByOneMinute = slot(DAY, "13:59", "22:00");
        Slot afterward = slot(DAY, "14:00", "22:00");
        assertThat(accepts(change(overlapByOneMinute, a))).isFalse();
        assertThat(accepts(change(afterward, a))).isTrue();
        assertThat(accepts(change(overlapByOneMinute, b))).isTrue();
        assertThat(accepts(change(morning, null))).isTrue();
    }

    @Test
    void aSlotTooSoonAfterAnotherAtADistantSiteIsKeptForTheScoreToJudge() {
        var far = data.site("far", data.member("m-far", jp.tsumugi.solver.domain.MemberKind.MEMBER), 34.70, 131.70);
        slot(DAY, "06:00", "14:00").withWorker(a);
        Slot rightAfterFar = slot(far, DAY, "14:00", "22:00");
        Slot eveningFar = slot(far, DAY, "20:00", "23:00");
        Slot rightAfterHere = slot(DAY, "14:00", "22:00");
        // Only overlaps are filtered; a drive too short is the score's (measured: filtering it was worse on hagi).
        assertThat(accepts(change(rightAfterFar, a))).isTrue();
        assertThat(accepts(change(eveningFar, a))).isTrue();
        assertThat(accepts(change(rightAfterHere, a))).isTrue();
    }

    @Test
    void aPinnedSlotOfTheWorkerCountsAndAnotherDayDoesNot() {
        slot(DAY, "06:00", "14:00").withWorker(a).withPinned(true);
        Slot sameTime = slot(DAY, "08:00", "12:00");
        Slot nextDay = slot(DAY.plusDays(1), "08:00", "12:00");
        assertThat(accepts(change(sameTime, a))).isFalse();
        assertThat(accepts(change(nextDay, a))).isTrue();
    }

    @Test
    void anOvernightSlotClashesWithTheNextMorning() {
        slot(DAY, "22:00", "06:00").withWorker(a);
        Slot earlyNextDay = slot(DAY.plusDays(1), "05:00", "09:00");
        Slot laterNextDay = slot(DAY.plusDays(1), "06:00", "09:00");
        Slot previousEvening = slot(DAY.minusDays(1), "18:00", "22:00");
        Slot previousEveningLate = slot(DAY.minusDays(1), "22:00", "23:00");
        Slot sameEvening = slot(DAY, "21:00", "23:00");
        assertThat(accepts(change(earlyNextDay, a))).isFalse();
        assertThat(accepts(change(laterNextDay, a))).isTrue();
        assertThat(accepts(change(previousEvening, a))).isTrue();
        assertThat(accepts(change(previousEveningLate, a))).isTrue();
        assertThat(accepts(change(sameEvening, a))).isFalse();
    }

    @Test
    void swapChecksBothWorkersWithoutTheSlotEachGivesUp() {
        Slot aMorning = slot(DAY, "06:00", "14:00").withWorker(a);
        Slot bOverlapping = slot(DAY, "10:00", "18:00").withWorker(b);
        Slot bNextDay = slot(DAY.plusDays(1), "06:00", "14:00").withWorker(b);
        Slot aNextDayEvening = slot(DAY.plusDays(1), "12:00", "20:00").withWorker(a);
        Slot empty = slot(DAY, "07:00", "09:00");
        // a and b trade the two overlapping slots of the same day: each gives up the one it overlapped.
        assertThat(accepts(swap(aMorning, bOverlapping))).isTrue();
        // b would get a's morning while keeping its overlapping slot that day.
        assertThat(accepts(swap(aMorning, bNextDay))).isFalse();
        // a would get b's overlapping slot while keeping its morning.
        assertThat(accepts(swap(bOverlapping, aNextDayEvening))).isFalse();
        // One side empty: only the worker who would take the empty slot is checked.
        assertThat(accepts(swap(empty, aNextDayEvening))).isFalse();
        assertThat(accepts(swap(empty, bNextDay))).isTrue();
    }

    @Test
    void theDayBeforeAndTheDayAfterCountToTheMinute() {
        // SlotsByDay skips a neighbouring day whose slots all end by this slot's start or start at or after its end.
        slot(DAY.minusDays(1), "22:00", "06:00").withWorker(a);
        slot(DAY.plusDays(1), "00:00", "04:00").withWorker(a);
        Slot fromSix = slot(DAY, "06:00", "10:00");
        Slot fromFiveFiftyNine = slot(DAY, "05:59", "10:00");
        Slot toMidnight = slot(DAY, "20:00", "00:00");
        Slot pastMidnight = slot(DAY, "20:00", "00:01");
        assertThat(accepts(change(fromSix, a))).isTrue();
        assertThat(accepts(change(fromFiveFiftyNine, a))).isFalse();
        assertThat(accepts(change(toMidnight, a))).isTrue();
        assertThat(accepts(change(pastMidnight, a))).isFalse();
    }

    @Test
    void onlyClashNamesTheOneOverlappingSlotOrSaysThereAreSeveral() {
        Slot night = slot(DAY.minusDays(1), "22:00", "06:00").withWorker(a);
        Slot morning = slot(DAY, "08:00", "12:00");
        Slot afternoon = slot(DAY, "13:00", "17:00").withWorker(a);
        Slot day = slot(DAY, "05:00", "18:00");
        Slot evening = slot(DAY, "18:00", "22:00");
        Slot lunch = slot(DAY, "12:00", "14:00");
        SlotsByDay days = SlotsByDay.of(data.roster(slots).getSlots());

        assertThat(days.onlyClash(morning, a)).isNull();
        assertThat(days.onlyClash(morning, b)).isNull();
        assertThat(days.onlyClash(evening, a)).as("touching at 17:00 is no overlap").isNull();
        assertThat(days.onlyClash(afternoon, a)).as("its own slot does not count").isNull();
        assertThat(days.onlyClash(lunch, a)).isSameAs(afternoon);
        assertThat(days.onlyClash(day, a)).isSameAs(SlotsByDay.MORE_THAN_ONE);
        assertThat(days.slotOf(night.getDayIndex(), a)).isSameAs(night);
        assertThat(days.slotOf(morning.getDayIndex(), b)).isNull();
    }
}
