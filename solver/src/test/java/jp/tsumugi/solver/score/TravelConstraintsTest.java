package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.TravelModel;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static jp.tsumugi.solver.score.ConstraintTestSupport.ANALYZER;
import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Travel rules. Geometry (default road factor 1.3):
 * <ul>
 * <li>home H = (34.50, 131.40); site A = the default site (34.40, 131.40) of member m1; site B = (34.40, 131.50) of
 * member m2.</li>
 * <li>H→A: same meridian, 0.1° of latitude = 6371.0088 km × 0.1 × π/180 = 11.1195 km straight, × 1.3 = 14.4554 km.</li>
 * <li>A→B: same parallel, 0.1° of longitude at 34.4° ≈ 11.1195 × cos 34.4° = 9.1749 km, × 1.3 = 11.9273 km.</li>
 * <li>B→H: 0.1° both ways ≈ √(11.1195² + 9.17²) = 14.4125 km, × 1.3 = 18.7363 km.</li>
 * </ul>
 */
class TravelConstraintsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private static final GeoPoint HOME = new GeoPoint(34.50, 131.40);

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada").withHome(HOME);
    private final Member other = data.member("m2", MemberKind.MEMBER);
    private final Site siteB = data.site("s2", other, 34.40, 131.50);

    @Test
    void handComputedDistancesMatchTheTravelModel() {
        TravelModel travel = TravelModel.DEFAULT;
        GeoPoint a = data.site.getLocation();
        assertThat(travel.roadFactor()).isEqualTo(1.3);
        assertThat(travel.roadKm(HOME, a)).isCloseTo(14.4554, within(0.0001));
        assertThat(travel.roadKm(a, siteB.getLocation())).isCloseTo(11.9273, within(0.0001));
        assertThat(travel.roadKm(siteB.getLocation(), HOME)).isCloseTo(18.7363, within(0.0001));
    }

    // ---------------------------------------------------------------- commute distance

    @Test
    void commuteDistanceIsTheRoundTripInHectometres() {
        Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        // H→A→H = 2 × 14.4554 = 28.9107 km → 289.107 hm → 289; justification in km: (289 + 5) / 10 = 29
        var assertion = VERIFIER.verifyThat((p, f) -> TravelConstraints.commuteDistance(f)).given(slot);
        assertion.penalizesBy(289);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(TravelConstraints.COMMUTE_DISTANCE, yamada, data.member, MONDAY, 29, 0, Unit.KM));
    }

    @Test
    void commuteDistanceFollowsTheSitesOfASplitDay() {
        Slot morning = data.slot(yamada, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = data.slot(yamada, siteB, MONDAY, "12:00", "16:00", 0);
        // H→A→B→H = 14.4554 + 11.9273 + 18.7363 = 45.1189 km → 451 hm; two members → no single member; (451+5)/10 = 45
        var assertion = VERIFIER.verifyThat((p, f) -> TravelConstraints.commuteDistance(f)).given(afternoon, morning);
        assertion.penalizesBy(451);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(TravelConstraints.COMMUTE_DISTANCE, yamada, null, MONDAY, 45, 0, Unit.KM));
    }

    @Test
    void commuteDistanceIsCountedPerDay() {
        Slot monday = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
        Slot tuesday = data.slot(yamada, MONDAY.plusDays(1), "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> TravelConstraints.commuteDistance(f)).given(monday, tuesday)
                .penalizesBy(2 * 289);
    }

    @Test
    void commuteDistanceIsZeroWhenLivingOnSiteOrWithoutAHome() {
        Worker onSite = data.worker("on-site").withHome(data.site.getLocation());
        Worker noHome = data.worker("no-home");
        Slot a = data.slot(onSite, MONDAY, "08:00", "17:00", 60);
        Slot b = data.slot(noHome, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> TravelConstraints.commuteDistance(f)).given(a, b)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- site changes

    @Test
    void siteChangesCostsEachChangeWithinADay() {
        Slot morning = data.slot(yamada, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = data.slot(yamada, siteB, MONDAY, "12:00", "16:00", 0);
        // A → B: 1 change (× 60 soft)
        var assertion = VERIFIER.verifyThat((p, f) -> TravelConstraints.siteChanges(f)).given(morning, afternoon);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(TravelConstraints.SITE_CHANGES, yamada, null, MONDAY, 1, 0, Unit.COUNT));
    }

    @Test
    void siteChangesCountsAReturnToTheFirstSite() {
        Slot first = data.slot(yamada, MONDAY, "07:00", "09:00", 0);
        Slot second = data.slot(yamada, siteB, MONDAY, "10:00", "12:00", 0);
        Slot third = data.slot(yamada, MONDAY, "13:00", "15:00", 0);
        // A → B → A: 2 changes
        VERIFIER.verifyThat((p, f) -> TravelConstraints.siteChanges(f)).given(third, first, second)
                .penalizesBy(2);
    }

    @Test
    void siteChangesAcceptsTwoSlotsAtOneSiteAndDifferentSitesOnDifferentDays() {
        Slot morning = data.slot(yamada, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = data.slot(yamada, MONDAY, "12:00", "16:00", 0);
        Slot tuesday = data.slot(yamada, siteB, MONDAY.plusDays(1), "08:00", "16:00", 0);
        VERIFIER.verifyThat((p, f) -> TravelConstraints.siteChanges(f)).given(morning, afternoon, tuesday)
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- too many site changes

    @Test
    void tooManySiteChangesCostsEachChangeBeyondTheMaximum() {
        Slot first = data.slot(yamada, MONDAY, "07:00", "09:00", 0);
        Slot second = data.slot(yamada, siteB, MONDAY, "10:00", "12:00", 0);
        Slot third = data.slot(yamada, MONDAY, "13:00", "15:00", 0);
        // 2 changes − default max 1 = 1 (× 600 soft)
        var assertion = VERIFIER.verifyThat((p, f) -> TravelConstraints.tooManySiteChanges(f))
                .given(first, second, third);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(TravelConstraints.TOO_MANY_SITE_CHANGES, yamada, null, MONDAY, 2, 1, Unit.COUNT));
    }

    @Test
    void tooManySiteChangesAcceptsOneChange() {
        Slot morning = data.slot(yamada, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = data.slot(yamada, siteB, MONDAY, "12:00", "16:00", 0);
        VERIFIER.verifyThat((p, f) -> TravelConstraints.tooManySiteChanges(f)).given(morning, afternoon)
                .penalizesBy(0);
    }

    @Test
    void tooManySiteChangesFollowsTheCoopSetting() {
        TestData strict = new TestData();
        strict.settings.withMaxSiteChangesPerDay(0); // before the first cover
        Worker worker = strict.worker("tanaka");
        Site b = strict.site("s2", strict.member("m2", MemberKind.MEMBER), 34.40, 131.50);
        Slot morning = strict.slot(worker, MONDAY, "08:00", "11:00", 0);
        Slot afternoon = strict.slot(worker, b, MONDAY, "12:00", "16:00", 0);
        var assertion = VERIFIER.verifyThat((p, f) -> TravelConstraints.tooManySiteChanges(f)).given(morning, afternoon);
        assertion.penalizesBy(1);
        assertion.justifiesWithExactly(
                RuleBreak.ofDay(TravelConstraints.TOO_MANY_SITE_CHANGES, worker, null, MONDAY, 1, 0, Unit.COUNT));
    }

    // ---------------------------------------------------------------- weights

    @Test
    void constraintWeights() {
        Slot morning = data.slot(yamada, MONDAY, "07:00", "09:00", 0);
        Slot midday = data.slot(yamada, siteB, MONDAY, "10:00", "12:00", 0);
        Slot afternoon = data.slot(yamada, MONDAY, "13:00", "15:00", 0);
        var analysis = ANALYZER.analyze(data.roster(List.of(morning, midday, afternoon)));
        var commute = analysis.getConstraintAnalysis(TravelConstraints.COMMUTE_DISTANCE);
        assertThat(commute.weight()).isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
        // H→A→B→A→H = 14.4554 + 11.9273 + 11.9273 + 14.4554 = 52.7653 km → 528 hm
        assertThat(commute.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-528));
        var changes = analysis.getConstraintAnalysis(TravelConstraints.SITE_CHANGES);
        assertThat(changes.weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(60).negate());
        assertThat(changes.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-120));
        var tooMany = analysis.getConstraintAnalysis(TravelConstraints.TOO_MANY_SITE_CHANGES);
        assertThat(tooMany.weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(600).negate());
        assertThat(tooMany.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-600));
    }

}
