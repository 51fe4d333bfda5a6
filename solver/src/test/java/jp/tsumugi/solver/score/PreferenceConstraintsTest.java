package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Preference;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static jp.tsumugi.solver.score.ConstraintTestSupport.ANALYZER;
import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/** Preference rules. {@code penalizesBy}/{@code rewardsWith} assert the match weight; see {@link #constraintWeights()}. */
class PreferenceConstraintsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final Worker sato = data.worker("sato");
    private final Member other = data.member("m2", MemberKind.MEMBER);
    private final Site otherSite = data.site("s2", other, 34.40, 131.50);
    private final JobType harvest = new JobType("harvest", "収穫");
    private final ShiftType early = data.shiftType("early");
    private final ShiftType late = data.shiftType("late");

    // ---------------------------------------------------------------- avoided

    @Test
    void avoidedCostsTheWeightOfEachMatchingPreference() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Preference member = Preference.workerAboutMember(yamada, data.member, false, 7);
        Preference weekday = Preference.workerAboutWeekday(yamada, DayOfWeek.MONDAY, false, 3);
        // both match the Monday slot at m1: 7 + 3 = 10
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.avoided(f)).given(slot, member, weekday);
        assertion.penalizesBy(10);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.AVOIDED, yamada, data.member, MONDAY, 7, 0, Unit.WEIGHT),
                RuleBreak.ofDay(PreferenceConstraints.AVOIDED, yamada, data.member, MONDAY, 3, 0, Unit.WEIGHT));
    }

    @Test
    void avoidedMatchesJobTypesAndMembersWishes() {
        Cover harvestCover = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).jobType(harvest));
        Slot slot = TestData.assigned(harvestCover, yamada);
        Preference job = Preference.workerAboutJobType(yamada, harvest, false, 4);
        Preference memberWish = Preference.memberAboutWorker(data.member, yamada, false, 5);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.avoided(f)).given(slot, job, memberWish)
                .penalizesBy(9); // 4 + 5
    }

    @Test
    void avoidedIgnoresOtherMembersWeekdaysWorkersAndLikedPreferences() {
        Slot slot = data.slot(yamada, otherSite, TUESDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.avoided(f))
                .given(slot,
                        Preference.workerAboutMember(yamada, data.member, false, 7),     // other member
                        Preference.workerAboutWeekday(yamada, DayOfWeek.MONDAY, false, 3), // other weekday
                        Preference.workerAboutMember(sato, other, false, 11),             // other worker
                        Preference.workerAboutMember(yamada, other, true, 13))            // liked, not avoided
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- liked

    @Test
    void likedRewardsTheWeight() {
        Slot slot = data.slot(yamada, otherSite, MONDAY, "08:00", "17:00", 60);
        Preference liked = Preference.workerAboutMember(yamada, other, true, 6);
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.liked(f)).given(slot, liked);
        assertion.rewardsWith(6);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.LIKED, yamada, other, MONDAY, 6, 0, Unit.WEIGHT));
    }

    @Test
    void likedIgnoresNonMatchingAndAvoidedPreferences() {
        Slot slot = data.slot(yamada, TUESDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.liked(f))
                .given(slot,
                        Preference.workerAboutWeekday(yamada, DayOfWeek.MONDAY, true, 6), // other weekday
                        Preference.workerAboutMember(yamada, data.member, false, 6))      // avoided, not liked
                .rewardsWith(0);
    }

    // ---------------------------------------------------------------- shift on request

    @Test
    void shiftOnRequestUnmetWithoutAnySlotCostsTheWeight() {
        ShiftRequest request = new ShiftRequest(yamada, MONDAY, early, true, 4);
        Slot otherDay = data.slot(yamada, early, TUESDAY, "06:00", "14:00", 60);
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOnRequest(f)).given(request, otherDay);
        assertion.penalizesBy(4);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.SHIFT_ON_REQUEST, yamada, null, MONDAY, 4, 0, Unit.WEIGHT));
    }

    @Test
    void shiftOnRequestWithTheWrongShiftTypeIsUnmet() {
        ShiftRequest request = new ShiftRequest(yamada, MONDAY, early, true, 4);
        Slot lateShift = data.slot(yamada, late, MONDAY, "14:00", "22:00", 60);
        Slot someoneElse = data.slot(sato, early, MONDAY, "06:00", "14:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOnRequest(f)).given(request, lateShift, someoneElse)
                .penalizesBy(4);
    }

    @Test
    void shiftOnRequestMetIsNotPenalised() {
        ShiftRequest request = new ShiftRequest(yamada, MONDAY, early, true, 4);
        Slot earlyShift = data.slot(yamada, early, MONDAY, "06:00", "14:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOnRequest(f)).given(request, earlyShift)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- shift off request

    @Test
    void shiftOffRequestForTheWholeDayIsBrokenByAnySlot() {
        ShiftRequest dayOff = new ShiftRequest(yamada, MONDAY, null, false, 6);
        Slot slot = data.slot(yamada, late, MONDAY, "14:00", "22:00", 60);
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f)).given(dayOff, slot);
        assertion.penalizesBy(6);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.SHIFT_OFF_REQUEST, yamada, data.member, MONDAY, 6, 0, Unit.WEIGHT));
    }

    @Test
    void shiftOffRequestIsBrokenOnceByASplitDay() {
        // one wish for the day off, broken by two slots the same day: its weight once (ShiftRequest javadoc)
        ShiftRequest dayOff = new ShiftRequest(yamada, MONDAY, null, false, 6);
        Slot morning = data.slot(yamada, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = data.slot(yamada, otherSite, MONDAY, "13:00", "16:00", 0);
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f))
                .given(dayOff, morning, afternoon);
        assertion.penalizesBy(6);
        // two members that day: no single member to name
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.SHIFT_OFF_REQUEST, yamada, null, MONDAY, 6, 0, Unit.WEIGHT));
    }

    @Test
    void shiftOffRequestForTheWholeDayAcceptsOtherDaysAndOtherWorkers() {
        ShiftRequest dayOff = new ShiftRequest(yamada, MONDAY, null, false, 6);
        Slot tuesday = data.slot(yamada, TUESDAY, "08:00", "17:00", 60);
        Slot sameDayOtherWorker = data.slot(sato, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f))
                .given(dayOff, tuesday, sameDayOtherWorker)
                .penalizesBy(0);
    }

    @Test
    void shiftOffRequestForAShiftTypeIsBrokenOnlyByThatType() {
        ShiftRequest noLate = new ShiftRequest(yamada, MONDAY, late, false, 5);
        Slot lateShift = data.slot(yamada, late, MONDAY, "14:00", "22:00", 60);
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f)).given(noLate, lateShift);
        assertion.penalizesBy(5);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(PreferenceConstraints.SHIFT_OFF_REQUEST, yamada, data.member, MONDAY, 5, 0, Unit.WEIGHT));
    }

    @Test
    void shiftOffRequestForAShiftTypeAcceptsAnotherType() {
        ShiftRequest noLate = new ShiftRequest(yamada, MONDAY, late, false, 5);
        Slot earlyShift = data.slot(yamada, early, MONDAY, "06:00", "14:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f)).given(noLate, earlyShift)
                .penalizesBy(0);
    }

    @Test
    void shiftOffRequestIgnoresOnRequests() {
        ShiftRequest on = new ShiftRequest(yamada, MONDAY, early, true, 5);
        Slot earlyShift = data.slot(yamada, early, MONDAY, "06:00", "14:00", 60);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.shiftOffRequest(f)).given(on, earlyShift)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- same worker in season

    @Test
    void sameWorkerInSeasonCountsEachDistinctWorkerPerPatternOnce() {
        Slot a1 = TestData.assigned(data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        Slot a2 = TestData.assigned(data.cover(data.coverBuilder(TUESDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        Slot b = TestData.assigned(data.cover(data.coverBuilder(TUESDAY.plusDays(1), "08:00", "17:00", 60)
                .patternId("tomato")), sato);
        Slot empty = data.cover(data.coverBuilder(TUESDAY.plusDays(2), "08:00", "17:00", 60).patternId("tomato"))
                .createSlots().get(0);
        // (tomato, yamada) once although yamada works it twice, (tomato, sato) once: 2 matches (× 120 soft)
        var assertion = VERIFIER.verifyThat((p, f) -> PreferenceConstraints.sameWorkerInSeason(f)).given(a1, a2, b, empty);
        assertion.penalizesBy(2);
        assertion.justifiesWithExactly(
                new RuleBreak(PreferenceConstraints.SAME_WORKER_IN_SEASON, yamada, null, null, null, 1, 0, Unit.COUNT),
                new RuleBreak(PreferenceConstraints.SAME_WORKER_IN_SEASON, sato, null, null, null, 1, 0, Unit.COUNT));
    }

    @Test
    void sameWorkerInSeasonCountsASingleReturningWorkerOnce() {
        Slot a1 = TestData.assigned(data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        Slot a2 = TestData.assigned(data.cover(data.coverBuilder(TUESDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.sameWorkerInSeason(f)).given(a1, a2)
                .penalizesBy(1);
    }

    @Test
    void sameWorkerInSeasonCountsTheSameWorkerOncePerPattern() {
        Slot tomato = TestData.assigned(data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        Slot daikon = TestData.assigned(data.cover(data.coverBuilder(TUESDAY, "08:00", "17:00", 60).patternId("daikon")), yamada);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.sameWorkerInSeason(f)).given(tomato, daikon)
                .penalizesBy(2);
    }

    @Test
    void sameWorkerInSeasonIgnoresUnassignedSlots() {
        Slot empty = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).patternId("tomato")).createSlots().get(0);
        VERIFIER.verifyThat((p, f) -> PreferenceConstraints.sameWorkerInSeason(f)).given(empty)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- weights

    @Test
    void constraintWeights() {
        Slot slot = TestData.assigned(data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).patternId("tomato")), yamada);
        var analysis = ANALYZER.analyze(data.roster(List.of(slot)));
        // ScoreAnalysis reports a penalty's weight negated and a reward's as is
        assertThat(analysis.getConstraintAnalysis(PreferenceConstraints.LIKED).weight())
                .isEqualTo(HardMediumSoftLongScore.ONE_SOFT);
        for (String id : List.of(PreferenceConstraints.AVOIDED,
                PreferenceConstraints.SHIFT_ON_REQUEST, PreferenceConstraints.SHIFT_OFF_REQUEST)) {
            assertThat(analysis.getConstraintAnalysis(id).weight()).as(id).isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
        }
        var season = analysis.getConstraintAnalysis(PreferenceConstraints.SAME_WORKER_IN_SEASON);
        assertThat(season.weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(120).negate());
        assertThat(season.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-120));
    }

}
