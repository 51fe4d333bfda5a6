package jp.tsumugi.solver.score;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.HeldSkill;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Skill;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.TravelModel;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EligibilityConstraints: one nested class per rule. Every slot of the default 08:00–17:00 day with a 60-minute break
 * is 480 net minutes; the hard rules penalise in slot minutes unless said otherwise.
 */
class EligibilityConstraintsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 7, 6); // a Monday in FY2026
    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");

    private Site site(String id, Member member, GeoPoint location, String municipality, Industry industry) {
        return new Site(id, member, id, location, municipality, industry, false, List.of());
    }

    @Nested
    class OpenEndedContract {
        @Test
        void fixedTermWorkerIsPenalisedBySlotMinutes() {
            yamada.withOpenEnded(false);
            Slot slot = data.slot(yamada, DAY, "08:00", "17:00", 60); // 9 h − 60 min break = 480
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.openEndedContract(f)).given(slot);
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.OPEN_ENDED_CONTRACT, yamada,
                    data.member, DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void openEndedWorkerIsAllowed() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.openEndedContract(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60))
                    .penalizesBy(0);
        }
    }

    @Nested
    class ProhibitedJobType {
        private final JobType planting = new JobType("planting", "植栽", JobCategory.PROHIBITED, List.of());

        @Test
        void prohibitedJobIsPenalisedBySlotMinutes() {
            Slot slot = TestData.assigned(data.cover(data.coverBuilder(DAY, "08:00", "12:30", 0).jobType(planting)),
                    yamada); // 270
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.prohibitedJobType(f)).given(slot);
            assertion.penalizesBy(270);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.PROHIBITED_JOB_TYPE, yamada,
                    data.member, DAY, 270, 0, Unit.MINUTES));
        }

        @Test
        void unassignedSlotOfAProhibitedJobIsNotPenalised() {
            // RosterStreams.assignedSlots keeps a slot without a worker out, as forEach(Slot.class) did.
            Slot slot = TestData.assigned(data.cover(data.coverBuilder(DAY, "08:00", "12:30", 0).jobType(planting)),
                    null);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.prohibitedJobType(f)).given(slot).penalizesBy(0);
        }

        @Test
        void ordinaryJobIsAllowed() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.prohibitedJobType(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OutsideArea {
        @Test
        void siteOutsideTheAreaIsPenalised() {
            data.settings.withAreaMunicipalityCodes(Set.of("35204"));
            Site outside = site("far", data.member, new GeoPoint(34.18, 131.47), "35203", Industry.OTHER);
            Slot slot = data.slot(yamada, outside, DAY, "08:00", "17:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.outsideArea(f)).given(slot);
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.OUTSIDE_AREA, yamada, data.member,
                    DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void siteWithoutMunicipalityIsOutsideWhenAnAreaIsSet() {
            data.settings.withAreaMunicipalityCodes(Set.of("35204"));
            Site unknown = site("unknown", data.member, new GeoPoint(34.40, 131.40), null, Industry.OTHER);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.outsideArea(f))
                    .given(data.slot(yamada, unknown, DAY, "08:00", "17:00", 60))
                    .penalizesBy(480);
        }

        @Test
        void siteInsideTheAreaIsAllowed() {
            data.settings.withAreaMunicipalityCodes(Set.of("35204", "35203"));
            Site other = site("other", data.member, new GeoPoint(34.18, 131.47), "35203", Industry.OTHER);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.outsideArea(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60),
                            data.slot(yamada, other, DAY.plusDays(1), "08:00", "17:00", 60))
                    .penalizesBy(0);
        }

        @Test
        void noAreaConfiguredAllowsEverySite() {
            Site other = site("other", data.member, new GeoPoint(34.18, 131.47), "35203", Industry.OTHER);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.outsideArea(f))
                    .given(data.slot(yamada, other, DAY, "08:00", "17:00", 60))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MissingSkill {
        private final Skill forklift = data.skill("forklift-1t");
        private final Skill stoolTest = data.skill("stool-test");

        private Slot forkliftSlot(LocalDate date) {
            return TestData.assigned(
                    data.cover(data.coverBuilder(date, "08:00", "17:00", 60).extraSkills(List.of(forklift))), yamada);
        }

        @Test
        void skillExpiringTheDayBeforeIsMissing() {
            yamada.withSkills(List.of(new HeldSkill(forklift, null, DAY.minusDays(1))));
            Slot slot = forkliftSlot(DAY);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.missingSkill(f)).given(slot);
            assertion.penalizesBy(480); // 1 missing skill × 480 minutes
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.MISSING_SKILL, yamada, data.member,
                    DAY, 1, 0, Unit.COUNT));
        }

        @Test
        void skillExpiringOnTheDayIsStillValid() {
            yamada.withSkills(List.of(new HeldSkill(forklift, null, DAY)));
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.missingSkill(f))
                    .given(forkliftSlot(DAY))
                    .penalizesBy(0);
        }

        @Test
        void skillValidFromTheNextDayIsMissingButFromTheDayIsValid() {
            yamada.withSkills(List.of(new HeldSkill(forklift, DAY.plusDays(1), null)));
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.missingSkill(f))
                    .given(forkliftSlot(DAY), forkliftSlot(DAY.plusDays(1)))
                    .penalizesBy(480); // only DAY lacks it
        }

        @Test
        void eachMissingSkillOfSiteJobAndCoverCounts() {
            Site brewery = new Site("brewery", data.member, "蔵", new GeoPoint(34.40, 131.40), "35204",
                    Industry.BREWERY, false, List.of(stoolTest));
            Skill largeSpecial = data.skill("large-special");
            JobType tractor = new JobType("tractor", "トラクター", JobCategory.ORDINARY, List.of(largeSpecial));
            yamada.withSkills(List.of(HeldSkill.always(largeSpecial)));
            Slot slot = TestData.assigned(data.cover(data.coverBuilder(DAY, "08:00", "12:00", 0).site(brewery)
                    .jobType(tractor).extraSkills(List.of(forklift))), yamada);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.missingSkill(f)).given(slot);
            assertion.penalizesBy(480); // stool test and forklift missing: 2 × 240 minutes
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.MISSING_SKILL, yamada, data.member,
                    DAY, 2, 0, Unit.COUNT));
        }
    }

    @Nested
    class ResidenceStatusRule {
        private Slot at(Industry industry, Worker worker) {
            Site site = site("site-" + industry, data.member, new GeoPoint(34.40, 131.40), "35204", industry);
            return data.slot(worker, site, DAY, "08:00", "17:00", 60);
        }

        @Test
        void technicalInternIsNeverDispatchedEvenToAgriculture() {
            yamada.withResidenceStatus(ResidenceStatus.TECHNICAL_INTERN);
            Slot slot = at(Industry.AGRICULTURE, yamada);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.residenceStatus(f)).given(slot);
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.RESIDENCE_STATUS, yamada,
                    data.member, DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void specifiedSkilledWorkerOutsideAgricultureAndFisheryIsPenalised() {
            yamada.withResidenceStatus(ResidenceStatus.SPECIFIED_SKILLED);
            Slot slot = at(Industry.FOOD_PROCESSING, yamada);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.residenceStatus(f)).given(slot);
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.RESIDENCE_STATUS, yamada,
                    data.member, DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void specifiedSkilledWorkerMayWorkInAgricultureAndFishery() {
            yamada.withResidenceStatus(ResidenceStatus.SPECIFIED_SKILLED);
            Site farm = site("farm", data.member, new GeoPoint(34.40, 131.40), "35204", Industry.AGRICULTURE);
            Site port = site("port", data.member, new GeoPoint(34.40, 131.40), "35204", Industry.FISHERY);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.residenceStatus(f))
                    .given(data.slot(yamada, farm, DAY, "08:00", "17:00", 60),
                            data.slot(yamada, port, DAY.plusDays(1), "08:00", "17:00", 60))
                    .penalizesBy(0);
        }

        @Test
        void unrestrictedWorkerMayWorkAnywhere() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.residenceStatus(f))
                    .given(at(Industry.BREWERY, yamada))
                    .penalizesBy(0);
        }
    }

    @Nested
    class Unavailable {
        @Test
        void wholeDayOffIsPenalisedBySlotMinutes() {
            Slot slot = data.slot(yamada, DAY, "08:00", "17:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(slot, data.dayOff(yamada, DAY));
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.UNAVAILABLE, yamada, data.member,
                    DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void dayOffOfTheNextDayOrOfAnotherWorkerIsAllowed() {
            Worker sato = data.worker("sato");
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60), data.dayOff(yamada, DAY.plusDays(1)),
                            data.dayOff(sato, DAY))
                    .penalizesBy(0);
        }

        @Test
        void partialWindowOverlappingByOneMinuteIsPenalised() {
            Slot slot = data.slot(yamada, DAY, "08:00", "17:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(slot, new Unavailability(yamada, DAY, LocalTime.of(16, 59), LocalTime.of(18, 0),
                            AvailabilityKind.UNAVAILABLE));
            assertion.penalizesBy(480); // the whole slot, not the overlapping minute
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.UNAVAILABLE, yamada, data.member,
                    DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void partialWindowTouchingTheSlotIsAllowed() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60),
                            new Unavailability(yamada, DAY, LocalTime.of(17, 0), LocalTime.of(18, 0),
                                    AvailabilityKind.UNAVAILABLE),
                            new Unavailability(yamada, DAY, LocalTime.of(7, 0), LocalTime.of(8, 0),
                                    AvailabilityKind.UNAVAILABLE))
                    .penalizesBy(0);
        }

        @Test
        void partialWindowOverlappingTheStartByOneMinuteIsPenalised() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(data.slot(yamada, DAY, "08:00", "17:00", 60),
                            new Unavailability(yamada, DAY, LocalTime.of(7, 0), LocalTime.of(8, 1),
                                    AvailabilityKind.PAID_LEAVE))
                    .penalizesBy(480);
        }

        @Test
        void nightSlotRunningIntoADayOffIsPenalised() {
            // 22:00–06:00 with a 60-minute break = 420 net minutes; 00:00–06:00 lies in the next day's leave.
            Slot night = data.slot(yamada, DAY, "22:00", "06:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(night, data.dayOff(yamada, DAY.plusDays(1)));
            assertion.penalizesBy(420);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.UNAVAILABLE, yamada, data.member,
                    DAY, 420, 0, Unit.MINUTES));
        }

        @Test
        void slotTouchingSeveralUnavailabilitiesCountsOnce() {
            // 22:00–06:00 (420 net) overlaps leave on both its days and a partial window: still one break of 420.
            Slot night = data.slot(yamada, DAY, "22:00", "06:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(night, data.dayOff(yamada, DAY), data.dayOff(yamada, DAY.plusDays(1)),
                            new Unavailability(yamada, DAY, LocalTime.of(23, 0), LocalTime.of(23, 30),
                                    AvailabilityKind.UNAVAILABLE));
            assertion.penalizesBy(420);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.UNAVAILABLE, yamada, data.member,
                    DAY, 420, 0, Unit.MINUTES));
        }

        @Test
        void nightSlotWithLeaveOnlyTheDayBeforeOrAfterItsTwoDatesIsAllowed() {
            // The worker has unavailabilities (so some of their slots are checked), none on the slot's two dates.
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(data.slot(yamada, DAY, "22:00", "06:00", 60), data.dayOff(yamada, DAY.minusDays(1)),
                            data.dayOff(yamada, DAY.plusDays(2)))
                    .penalizesBy(0);
        }

        @Test
        void slotEndingAtMidnightBeforeADayOffIsAllowed() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.unavailable(f))
                    .given(data.slot(yamada, DAY, "16:00", "00:00", 60), data.dayOff(yamada, DAY.plusDays(1)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OverlapOrTravel {
        // 0.18° of latitude north of the default site (34.40, 131.40): 20.015 km straight, × 1.3 road factor
        // = 26.02 km, at 40 km/h = 39.03 min, rounded up to a 40-minute drive.
        private final Member other = data.member("m2", MemberKind.MEMBER);
        private final Site far = data.site("s2", other, 34.58, 131.40);

        @Test
        void driveBetweenTheSitesIsFortyMinutes() {
            assertThat(TravelModel.DEFAULT.minutes(data.site.getLocation(), far.getLocation())).isEqualTo(40);
        }

        @Test
        void overlappingSlotsAtTheSameSiteArePenalisedByTheOverlap() {
            Slot morning = data.slot(yamada, DAY, "08:00", "12:00", 0);
            Slot midday = data.slot(yamada, DAY, "11:00", "15:00", 0);
            // same site: drive 0; gap 11:00 − 12:00 = −60 → 60 missing minutes
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(morning, midday)));
            assertion.penalizesBy(60);
            assertion.justifiesWithExactly(new RuleBreak(EligibilityConstraints.OVERLAP_OR_TRAVEL, yamada,
                    data.member, DAY, DAY, 60, 0, Unit.MINUTES));
        }

        @Test
        void sameSiteBackToBackIsAllowed() {
            Slot morning = data.slot(yamada, DAY, "08:00", "12:00", 0);
            Slot afternoon = data.slot(yamada, DAY, "12:00", "16:00", 0);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(morning, afternoon)))
                    .penalizesBy(0);
        }

        @Test
        void differentWorkersMayOverlap() {
            Worker sato = data.worker("sato");
            Slot a = data.slot(yamada, DAY, "08:00", "17:00", 60);
            Slot b = data.slot(sato, DAY, "08:00", "17:00", 60);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(a, b)))
                    .penalizesBy(0);
        }

        @Test
        void gapShorterThanTheDriveIsPenalisedByTheMissingMinutes() {
            // The roster sets each cover's travel padding, which the overlap index needs to find travel conflicts.
            Slot morning = data.slot(yamada, DAY, "08:00", "12:00", 0);
            Slot afternoon = data.slot(yamada, far, DAY, "12:39", "16:00", 0);
            // drive 40 − gap 39 = 1
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(morning, afternoon)));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(EligibilityConstraints.OVERLAP_OR_TRAVEL, yamada,
                    data.member, DAY, DAY, 1, 0, Unit.MINUTES));
        }

        @Test
        void gapOfExactlyTheDriveIsAllowed() {
            Slot morning = data.slot(yamada, DAY, "08:00", "12:00", 0);
            Slot afternoon = data.slot(yamada, far, DAY, "12:40", "16:00", 0);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(morning, afternoon)))
                    .penalizesBy(0);
        }

        @Test
        void travelConflictIsFoundWhicheverSlotWasCreatedFirst() {
            // The later slot (at the far site) has the lower id; the justification still runs from the earlier one.
            Slot afternoon = data.slot(yamada, far, DAY, "12:30", "16:00", 0);
            Slot morning = data.slot(yamada, DAY, "08:00", "12:00", 0);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(afternoon, morning)));
            assertion.penalizesBy(10); // drive 40 − gap 30
            assertion.justifiesWithExactly(new RuleBreak(EligibilityConstraints.OVERLAP_OR_TRAVEL, yamada,
                    data.member, DAY, DAY, 10, 0, Unit.MINUTES));
        }

        @Test
        void nightSlotCrossingMidnightOverlapsTheNextDaysSlot() {
            // Created next-day first so that the pair comes out in reverse id order.
            Slot early = data.slot(yamada, far, DAY.plusDays(1), "05:00", "09:00", 0);
            Slot night = data.slot(yamada, DAY, "22:00", "06:00", 60);
            // night ends 06:00 on DAY+1 at the default site; early starts 05:00 at the far site:
            // drive 40 − gap (05:00 − 06:00 = −60) = 100
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(early, night)));
            assertion.penalizesBy(100);
            assertion.justifiesWithExactly(new RuleBreak(EligibilityConstraints.OVERLAP_OR_TRAVEL, yamada,
                    data.member, DAY, DAY.plusDays(1), 100, 0, Unit.MINUTES));
        }

        @Test
        void driveFromALateSlotIntoTheNextDaysSlotIsChecked() {
            Slot late = data.slot(yamada, DAY, "19:00", "23:50", 0);
            Slot dawn = data.slot(yamada, far, DAY.plusDays(1), "00:20", "04:00", 0);
            // 23:50 → 00:20 is a 30-minute gap for a 40-minute drive: 10
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(late, dawn)));
            assertion.penalizesBy(10);
            assertion.justifiesWithExactly(new RuleBreak(EligibilityConstraints.OVERLAP_OR_TRAVEL, yamada,
                    data.member, DAY, DAY.plusDays(1), 10, 0, Unit.MINUTES));
        }

        @Test
        void driveOfExactlyTheGapAcrossMidnightIsAllowed() {
            Slot late = data.slot(yamada, DAY, "19:00", "23:50", 0);
            Slot dawn = data.slot(yamada, far, DAY.plusDays(1), "00:30", "04:00", 0);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(late, dawn)))
                    .penalizesBy(0);
        }

        @Test
        void nightSlotEndingBeforeTheNextDaysSlotAtTheSameSiteIsAllowed() {
            Slot night = data.slot(yamada, DAY, "22:00", "06:00", 60);
            Slot morning = data.slot(yamada, DAY.plusDays(1), "06:00", "09:00", 0);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.overlapOrTravel(f))
                    .givenSolution(data.roster(List.of(night, morning)))
                    .penalizesBy(0);
        }
    }

    @Nested
    class NightWorkAccommodation {
        @Test
        void oneMinuteAfterTenPmIsPenalised() {
            yamada.withNoNightWork(true);
            Slot slot = data.slot(yamada, DAY, "17:00", "22:01", 0);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.nightWorkAccommodation(f))
                    .given(slot);
            assertion.penalizesBy(1); // 22:00–22:01
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.NIGHT_WORK_ACCOMMODATION, yamada,
                    data.member, DAY, 1, 0, Unit.MINUTES));
        }

        @Test
        void oneMinuteBeforeFiveAmIsPenalised() {
            yamada.withNoNightWork(true);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.nightWorkAccommodation(f))
                    .given(data.slot(yamada, DAY, "04:59", "10:00", 0))
                    .penalizesBy(1);
        }

        @Test
        void slotEndingAtTenPmOrStartingAtFiveAmIsAllowed() {
            yamada.withNoNightWork(true);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.nightWorkAccommodation(f))
                    .given(data.slot(yamada, DAY, "17:00", "22:00", 0),
                            data.slot(yamada, DAY.plusDays(1), "05:00", "10:00", 0))
                    .penalizesBy(0);
        }

        @Test
        void workerWithoutTheAccommodationMayWorkNights() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.nightWorkAccommodation(f))
                    .given(data.slot(yamada, DAY, "22:00", "06:00", 60))
                    .penalizesBy(0);
        }
    }

    @Nested
    class DailyCapAccommodation {
        @Test
        void oneMinuteOverThePersonalCapIsPenalised() {
            yamada.withDailyCapMinutes(360);
            Slot slot = data.slot(yamada, DAY, "08:00", "14:01", 0); // 361
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.dailyCapAccommodation(f))
                    .given(slot);
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.DAILY_CAP_ACCOMMODATION, yamada,
                    data.member, DAY, 361, 360, Unit.MINUTES));
        }

        @Test
        void exactlyThePersonalCapIsAllowed() {
            yamada.withDailyCapMinutes(360);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.dailyCapAccommodation(f))
                    .given(data.slot(yamada, DAY, "08:00", "11:00", 0), data.slot(yamada, DAY, "12:00", "15:00", 0))
                    .penalizesBy(0); // 180 + 180 = 360
        }

        @Test
        void capAppliesToTheDaysCombinedWorkIncludingTravel() {
            yamada.withDailyCapMinutes(360);
            Member other = data.member("m2", MemberKind.MEMBER);
            Site far = data.site("s2", other, 34.58, 131.40); // 40-minute drive
            Slot morning = data.slot(yamada, DAY, "08:00", "11:00", 0);
            Slot afternoon = data.slot(yamada, far, DAY, "11:40", "14:40", 0);
            // 180 + 180 + 40 travel (counts as work by default) = 400 → 40 over; two members → no single member
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.dailyCapAccommodation(f))
                    .given(morning, afternoon);
            assertion.penalizesBy(40);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.DAILY_CAP_ACCOMMODATION, yamada,
                    null, DAY, 400, 360, Unit.MINUTES));
        }

        @Test
        void workerWithoutACapIsNotLimitedHere() {
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.dailyCapAccommodation(f))
                    .given(data.slot(yamada, DAY, "06:00", "20:00", 60))
                    .penalizesBy(0);
        }
    }

    @Nested
    class RequiredBuddy {
        private final Worker sato = data.worker("sato");

        @Test
        void workerWithoutTheBuddyOnTheSameCoverIsPenalised() {
            yamada.withRequiredBuddy(sato);
            Slot alone = data.slot(yamada, DAY, "08:00", "17:00", 60);
            // the buddy works the same site and day, but another cover: not the same demand
            Slot buddyElsewhere = data.slot(sato, DAY, "08:00", "17:00", 60);
            var assertion = VERIFIER.verifyThat((p, f) -> EligibilityConstraints.requiredBuddy(f))
                    .given(alone, buddyElsewhere);
            assertion.penalizesBy(480);
            assertion.justifiesWithExactly(RuleBreak.ofDay(EligibilityConstraints.REQUIRED_BUDDY, yamada,
                    data.member, DAY, 480, 0, Unit.MINUTES));
        }

        @Test
        void workerWithTheBuddyOnTheSameCoverIsAllowed() {
            yamada.withRequiredBuddy(sato);
            List<Slot> pair = data.coverBuilder(DAY, "08:00", "17:00", 60).headcount(2, 0).build().createSlots();
            pair.get(0).withWorker(yamada);
            pair.get(1).withWorker(sato);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.requiredBuddy(f))
                    .given(pair.get(0), pair.get(1))
                    .penalizesBy(0);
        }

        @Test
        void buddyMayWorkAlone() {
            yamada.withRequiredBuddy(sato);
            VERIFIER.verifyThat((p, f) -> EligibilityConstraints.requiredBuddy(f))
                    .given(data.slot(sato, DAY, "08:00", "17:00", 60))
                    .penalizesBy(0);
        }
    }
}
