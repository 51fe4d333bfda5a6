package jp.tsumugi.solver.score;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;

/** DispatchConstraints: the 員外利用 caps (hard) and the multi-work policy (soft). */
class DispatchConstraintsTest {
    private static final LocalDate FY_FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate FY_TO = LocalDate.of(2027, 3, 31);
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);
    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final Worker sato = data.worker("sato");

    private final Member outsider = data.member("n1", MemberKind.NON_MEMBER);
    private final Member city = data.member("city", MemberKind.RELATED_MUNICIPALITY);
    private final Member brewery = data.member("m2", MemberKind.MEMBER);
    private final Site outsiderSite = data.site("n1-site", outsider, 34.40, 131.40);
    private final Site citySite = data.site("city-site", city, 34.40, 131.40);
    private final Site brewerySite = data.site("m2-site", brewery, 34.40, 131.40);

    /** A slot of exactly {@code minutes} (no break) starting at 06:00. */
    private Slot slot(Worker worker, Site site, LocalDate date, int minutes) {
        String end = java.time.LocalTime.of(6, 0).plusMinutes(minutes).toString();
        return data.slot(worker, site, date, "06:00", end, 0);
    }

    /** Members' use: 5 days × 480 = 2400 minutes, split over two workers; 20 % = 480, 50 % = 1200. */
    private List<Slot> memberUse() {
        List<Slot> slots = new ArrayList<>(data.days(yamada, MONDAY, 3));
        slots.addAll(data.days(sato, MONDAY, 2));
        return slots;
    }

    private Slot[] with(List<Slot> base, Slot... more) {
        List<Slot> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(Slot[]::new);
    }

    @Test
    void yearUseCollectorSumsEachKindAndUndoesExactlyWhatItAdded() {
        var collector = DispatchConstraints.YEAR_USE;
        long[] sums = collector.supplier().get();
        Runnable undoMember = collector.accumulator().apply(sums, slot(yamada, brewerySite, MONDAY, 480));
        Runnable undoOutsider = collector.accumulator().apply(sums, slot(yamada, outsiderSite, MONDAY.plusDays(1), 300));
        collector.accumulator().apply(sums, slot(sato, citySite, MONDAY, 120));
        collector.accumulator().apply(sums, slot(sato, brewerySite, MONDAY.plusDays(1), 60));
        org.assertj.core.api.Assertions.assertThat(collector.finisher().apply(sums))
                .isEqualTo(new DispatchConstraints.YearUse(540, 300, 120));
        undoOutsider.run();
        undoMember.run();
        org.assertj.core.api.Assertions.assertThat(collector.finisher().apply(sums))
                .isEqualTo(new DispatchConstraints.YearUse(60, 0, 120));
    }

    @Nested
    class NonMemberCapWithoutMunicipalityAllowance {
        @Test
        void exactlyTwentyPercentIsAllowed() {
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 480); // 480 = 2400 × 20 %
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside))
                    .penalizesBy(0);
        }

        @Test
        void oneMinuteOverTwentyPercentIsPenalised() {
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 481); // 481 − 480 = 1
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.NON_MEMBER_CAP, null, null, FY_FROM, FY_TO,
                    481, 480, Unit.MINUTES));
        }

        @Test
        void relatedMunicipalitySharesTheTwentyPercentCap() {
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 240);
            Slot municipal = slot(sato, citySite, MONDAY.plusDays(7), 241);
            // 240 + 241 = 481 against 480 → 1
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside, municipal));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.NON_MEMBER_CAP, null, null, FY_FROM, FY_TO,
                    481, 480, Unit.MINUTES));
        }

        @Test
        void nonMemberUseWithoutAnyMemberUseIsPenalisedInFull() {
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given(slot(yamada, outsiderSite, MONDAY, 300))
                    .penalizesBy(300);
        }
    }

    @Nested
    class NonMemberCapWithMunicipalityAllowance {
        @Test
        void fiftyPercentInAllWithOthersAtTwentyPercentIsAllowed() {
            data.settings.withNonMemberCaps(20, 50, true);
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 480); // others: 20 %
            Slot municipal = slot(sato, citySite, MONDAY.plusDays(7), 720); // all: 480 + 720 = 1200 = 50 %
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside, municipal))
                    .penalizesBy(0);
        }

        @Test
        void oneMinuteOverFiftyPercentInAllIsPenalised() {
            data.settings.withNonMemberCaps(20, 50, true);
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 480);
            Slot municipal = slot(sato, citySite, MONDAY.plusDays(7), 721); // 1201 − 1200 = 1
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside, municipal));
            assertion.penalizesBy(1);
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.NON_MEMBER_CAP, null, null, FY_FROM, FY_TO,
                    1201, 1200, Unit.MINUTES));
        }

        @Test
        void othersOneMinuteOverTwentyPercentArePenalisedEvenWellBelowFiftyPercent() {
            data.settings.withNonMemberCaps(20, 50, true);
            List<Slot> members = memberUse();
            Slot outside = slot(yamada, outsiderSite, MONDAY.plusDays(7), 481); // others 481 − 480 = 1
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, outside));
            assertion.penalizesBy(1);
            // the binding cap is the 20 % one for non-members other than the municipalities
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.NON_MEMBER_CAP, null, null, FY_FROM, FY_TO,
                    481, 480, Unit.MINUTES));
        }

        @Test
        void municipalityAloneMayUseUpToFiftyPercent() {
            data.settings.withNonMemberCaps(20, 50, true);
            List<Slot> members = memberUse();
            Slot municipal = slot(sato, citySite, MONDAY.plusDays(7), 1200);
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                    .given((Object[]) with(members, municipal))
                    .penalizesBy(0);
        }
    }

    @Test
    void nonMemberCapIsCountedPerFiscalYear() {
        // A window across the fiscal-year boundary: March's non-member use cannot lean on April's member use.
        data.window(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        Slot march = slot(yamada, outsiderSite, LocalDate.of(2026, 3, 31), 100);
        List<Slot> april = data.days(yamada, LocalDate.of(2026, 4, 6), 5); // 2400 in FY2026
        VERIFIER.verifyThat((p, f) -> DispatchConstraints.nonMemberCap(f))
                .given((Object[]) with(april, march))
                .penalizesBy(100); // FY2025: 100 non-member minutes against 0 member minutes
    }

    @Nested
    class DistinctMembers {
        @Test
        void workerAtOneMemberIsOneShort() {
            List<Slot> slots = data.days(yamada, MONDAY, 3);
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.distinctMembers(f))
                    .given(yamada, data.settings, slots.get(0), slots.get(1), slots.get(2));
            assertion.penalizesBy(1); // default minimum 2 − 1 member
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.DISTINCT_MEMBERS, yamada, null, null,
                    null, 1, 2, Unit.COUNT));
        }

        @Test
        void workerWithoutAnySlotIsShortOfAllMembers() {
            // sato has no slot; the complement with the Worker facts still finds him
            Slot slot = data.slot(yamada, MONDAY, "08:00", "17:00", 60);
            Slot other = slot(yamada, brewerySite, MONDAY.plusDays(1), 480);
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.distinctMembers(f))
                    .given(yamada, sato, data.settings, slot, other);
            assertion.penalizesBy(2);
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.DISTINCT_MEMBERS, sato, null, null,
                    null, 0, 2, Unit.COUNT));
        }

        @Test
        void twoMembersMeetTheDefault() {
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.distinctMembers(f))
                    .given(yamada, data.settings, data.slot(yamada, MONDAY, "08:00", "17:00", 60),
                            slot(yamada, brewerySite, MONDAY.plusDays(1), 480))
                    .penalizesBy(0);
        }

        @Test
        void nonMemberUsersCountAsDistinctClients() {
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.distinctMembers(f))
                    .given(yamada, data.settings, data.slot(yamada, MONDAY, "08:00", "17:00", 60),
                            slot(yamada, outsiderSite, MONDAY.plusDays(1), 480))
                    .penalizesBy(0);
        }

        @Test
        void configuredMinimumOfThree() {
            data.settings.withMinDistinctMembersPerWorker(3);
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.distinctMembers(f))
                    .given(yamada, data.settings, data.slot(yamada, MONDAY, "08:00", "17:00", 60),
                            slot(yamada, brewerySite, MONDAY.plusDays(1), 480))
                    .penalizesBy(1);
        }
    }

    @Nested
    class MaxShareAtOneMember {
        @Test
        void offByDefault() {
            List<Slot> slots = data.days(yamada, MONDAY, 5); // 100 % at one member
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.maxShareAtOneMember(f))
                    .given(slots.toArray())
                    .penalizesBy(0);
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.maxShareAtOneMember(f))
                    .given(data.settings, slots.get(0), slots.get(1), slots.get(2), slots.get(3), slots.get(4))
                    .penalizesBy(0);
        }

        @Test
        void exactlyEightyPercentIsAllowed() {
            data.settings.withMaxShareAtOneMemberPercent(80);
            List<Slot> slots = new ArrayList<>(data.days(yamada, MONDAY, 8)); // 8 × 480 = 3840
            slots.add(slot(yamada, brewerySite, MONDAY.plusDays(8), 480));
            slots.add(slot(yamada, brewerySite, MONDAY.plusDays(9), 480)); // 960; total 4800, 80 % = 3840
            List<Object> facts = new ArrayList<>(slots);
            facts.add(data.settings);
            VERIFIER.verifyThat((p, f) -> DispatchConstraints.maxShareAtOneMember(f))
                    .given(facts.toArray())
                    .penalizesBy(0);
        }

        @Test
        void oneMinuteOverEightyPercentIsPenalised() {
            data.settings.withMaxShareAtOneMemberPercent(80);
            // equal slot lengths at one member must all count (7 × 480 at the JA)
            List<Slot> slots = new ArrayList<>(data.days(yamada, MONDAY, 7));
            slots.add(slot(yamada, data.site, MONDAY.plusDays(7), 481)); // JA: 3360 + 481 = 3841
            slots.add(slot(yamada, brewerySite, MONDAY.plusDays(8), 480));
            slots.add(slot(yamada, brewerySite, MONDAY.plusDays(9), 479)); // brewery: 959; total 4800
            List<Object> facts = new ArrayList<>(slots);
            facts.add(data.settings);
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.maxShareAtOneMember(f))
                    .given(facts.toArray());
            assertion.penalizesBy(1); // 3841 − 4800 × 80 % = 1
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.MAX_SHARE_AT_ONE_MEMBER, yamada,
                    data.member, null, null, 3841, 3840, Unit.MINUTES));
        }

        @Test
        void eachWorkerIsMeasuredOnHisOwnMinutes() {
            data.settings.withMaxShareAtOneMemberPercent(80);
            // yamada: 4 × 480 at the JA, 1 × 480 at the brewery = 80 %; sato: 1 × 480 at the JA only = 100 %
            List<Object> facts = new ArrayList<>(data.days(yamada, MONDAY, 4));
            facts.add(slot(yamada, brewerySite, MONDAY.plusDays(4), 480));
            facts.add(data.slot(sato, MONDAY, "08:00", "17:00", 60));
            facts.add(data.settings);
            var assertion = VERIFIER.verifyThat((p, f) -> DispatchConstraints.maxShareAtOneMember(f))
                    .given(facts.toArray());
            assertion.penalizesBy(96); // sato: 480 − 480 × 80 % = 96
            assertion.justifiesWithExactly(new RuleBreak(DispatchConstraints.MAX_SHARE_AT_ONE_MEMBER, sato,
                    data.member, null, null, 480, 384, Unit.MINUTES));
        }
    }
}
