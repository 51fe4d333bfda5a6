package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.RuleBreak;
import jp.tsumugi.solver.explain.RuleBreak.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static jp.tsumugi.solver.score.ConstraintTestSupport.VERIFIER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demand rules. {@code penalizesBy} asserts the match weight (without the constraint weight); the constraint weights
 * themselves are checked once, in {@link #constraintWeights()}.
 */
class DemandConstraintsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);

    private final TestData data = new TestData();
    private final Worker yamada = data.worker("yamada");
    private final Worker sato = data.worker("sato");
    private final Worker suzuki = data.worker("suzuki");

    /** 2 required + 1 optional heads, 08:00–17:00 with a 60-minute break = 480 net minutes, priority 3. */
    private Cover twoPlusOne() {
        return data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(2, 1).priority(3));
    }

    // ---------------------------------------------------------------- unfilled required

    @Test
    void unfilledRequiredCostsPriorityTimesMinutesPerMissingHead() {
        Cover cover = twoPlusOne();
        List<Slot> slots = cover.createSlots();
        slots.get(0).setWorker(yamada); // 1 of 2 required filled, the optional slot stays empty
        // default weight per head = priority × net minutes = 3 × 480 = 1440; 1 missing head → 1440 (medium)
        var assertion = VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f)).given(slots.toArray());
        assertion.penalizesBy(1440);
        assertion.justifiesWithExactly(RuleBreak.ofDay(DemandConstraints.UNFILLED_REQUIRED, null, data.member, MONDAY,
                480, 0, Unit.MINUTES));
    }

    @Test
    void unfilledRequiredCountsEveryMissingHead() {
        Cover cover = twoPlusOne();
        // nobody assigned: 2 missing heads × 1440 = 2880; the justification reports 2 × 480 = 960 missing minutes
        var assertion = VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f))
                .given(cover.createSlots().toArray());
        assertion.penalizesBy(2880);
        assertion.justifiesWithExactly(RuleBreak.ofDay(DemandConstraints.UNFILLED_REQUIRED, null, data.member, MONDAY,
                960, 0, Unit.MINUTES));
    }

    @Test
    void unfilledRequiredCountsHeadsPerCoverWhicheverSlotIsFilled() {
        Cover cover = twoPlusOne();
        List<Slot> slots = cover.createSlots();
        slots.get(2).setWorker(yamada); // the "optional" slot filled, two "required" slots empty: still 1 head of 2
        VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f)).given(slots.toArray())
                .penalizesBy(1440);
    }

    @Test
    void unfilledRequiredUsesAnExplicitWeightPerHead() {
        Cover cover = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(2, 0)
                .unfilledWeightPerHead(1000));
        // 2 missing heads × 1000 = 2000 (priority and minutes no longer matter)
        VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f)).given(cover.createSlots().toArray())
                .penalizesBy(2000);
    }

    @Test
    void unfilledRequiredAcceptsAFullyFilledCover() {
        Cover cover = twoPlusOne();
        List<Slot> slots = cover.createSlots();
        slots.get(0).setWorker(yamada);
        slots.get(1).setWorker(sato); // both required heads, optional slot empty
        VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f)).given(slots.toArray())
                .penalizesBy(0);
    }

    @Test
    void unfilledRequiredIgnoresPurelyOptionalCovers() {
        Cover cover = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(0, 2));
        VERIFIER.verifyThat((p, f) -> DemandConstraints.unfilledRequired(f)).given(cover.createSlots().toArray())
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- optional filled

    @Test
    void optionalFilledCostsTheOverWeightPerHeadBeyondRequired() {
        Cover cover = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(2, 1).overWeightPerHead(50));
        List<Slot> slots = cover.createSlots();
        slots.get(0).setWorker(yamada);
        slots.get(1).setWorker(sato);
        slots.get(2).setWorker(suzuki);
        // 3 assigned − 2 required = 1 head × 50 = 50 (soft); justification: 1 extra head, limit = 2 required
        var assertion = VERIFIER.verifyThat((p, f) -> DemandConstraints.optionalFilled(f)).given(slots.toArray());
        assertion.penalizesBy(50);
        assertion.justifiesWithExactly(RuleBreak.ofDay(DemandConstraints.OPTIONAL_FILLED, null, data.member, MONDAY,
                1, 2, Unit.COUNT));
    }

    @Test
    void optionalFilledAcceptsExactlyTheRequiredHeads() {
        Cover cover = data.cover(data.coverBuilder(MONDAY, "08:00", "17:00", 60).headcount(2, 1).overWeightPerHead(50));
        List<Slot> slots = cover.createSlots();
        slots.get(0).setWorker(yamada);
        slots.get(2).setWorker(sato); // 2 assigned = 2 required, whichever slots hold them
        VERIFIER.verifyThat((p, f) -> DemandConstraints.optionalFilled(f)).given(slots.toArray())
                .penalizesBy(0);
    }

    @Test
    void optionalFilledIsFreeByDefault() {
        Cover cover = twoPlusOne(); // no overWeightPerHead: defaults to 0
        List<Slot> slots = cover.createSlots();
        slots.get(0).setWorker(yamada);
        slots.get(1).setWorker(sato);
        slots.get(2).setWorker(suzuki);
        VERIFIER.verifyThat((p, f) -> DemandConstraints.optionalFilled(f)).given(slots.toArray())
                .penalizesBy(0);
    }

    // ---------------------------------------------------------------- published change

    @Test
    void publishedChangeCostsTheSlotMinutesWhenTheWorkerChanges() {
        Slot slot = data.slot(sato, MONDAY, "08:00", "17:00", 60).withPublishedWorker(yamada);
        // 480 net minutes (× 10 soft); the justification names the published worker
        var assertion = VERIFIER.verifyThat((p, f) -> DemandConstraints.publishedChange(f)).given(slot);
        assertion.penalizesBy(480);
        assertion.justifiesWithExactly(RuleBreak.ofDay(DemandConstraints.PUBLISHED_CHANGE, yamada, data.member, MONDAY,
                480, 0, Unit.MINUTES));
    }

    @Test
    void publishedChangeCountsAPublishedSlotLeftUnassigned() {
        Slot slot = data.slot(null, MONDAY, "08:00", "12:00", 0).withPublishedWorker(yamada);
        // 240 net minutes; an unassigned slot is still seen (forEachIncludingUnassigned)
        var assertion = VERIFIER.verifyThat((p, f) -> DemandConstraints.publishedChange(f)).given(slot);
        assertion.penalizesBy(240);
        assertion.justifiesWithExactly(RuleBreak.ofDay(DemandConstraints.PUBLISHED_CHANGE, yamada, data.member, MONDAY,
                240, 0, Unit.MINUTES));
    }

    @Test
    void publishedChangeAcceptsAKeptWorkerAndNewSlots() {
        Slot kept = data.slot(yamada, MONDAY, "08:00", "17:00", 60).withPublishedWorker(yamada);
        Slot unpublished = data.slot(sato, MONDAY, "08:00", "17:00", 60);
        Slot unpublishedEmpty = data.slot(null, MONDAY, "08:00", "17:00", 60);
        VERIFIER.verifyThat((p, f) -> DemandConstraints.publishedChange(f)).given(kept, unpublished, unpublishedEmpty)
                .penalizesBy(0);
    }

    @Test
    void publishedChangeIgnoresAMoveToAnotherHeadOfTheSameCover() {
        List<Slot> slots = twoPlusOne().createSlots();
        slots.get(0).setPublishedWorker(yamada); // published on head 0, now on head 2 of the same cover
        slots.get(2).setWorker(yamada);
        VERIFIER.verifyThat((p, f) -> DemandConstraints.publishedChange(f)).given(slots.toArray())
                .penalizesBy(0);
    }

    @Test
    void publishedChangeStillCountsTheSameWorkerOnAnotherCover() {
        List<Slot> published = twoPlusOne().createSlots();
        published.get(0).setPublishedWorker(yamada);
        Slot elsewhere = data.slot(yamada, MONDAY, "18:00", "20:00", 0); // another cover the same day
        var all = new ArrayList<Object>(published);
        all.add(elsewhere);
        VERIFIER.verifyThat((p, f) -> DemandConstraints.publishedChange(f)).given(all.toArray())
                .penalizesBy(published.get(0).getNetMinutes());
    }

    // ---------------------------------------------------------------- weights and a real roster

    @Test
    void constraintWeightsAndScoresOnARoster() {
        List<Slot> slots = new ArrayList<>(twoPlusOne().createSlots()); // 2 missing required heads, weight 1440 each
        slots.add(data.slot(sato, MONDAY.plusDays(1), "08:00", "12:00", 0).withPublishedWorker(yamada)); // 240 min changed
        Roster roster = data.roster(slots);
        var analysis = ConstraintTestSupport.ANALYZER.analyze(roster);

        var unfilled = analysis.getConstraintAnalysis(DemandConstraints.UNFILLED_REQUIRED);
        assertThat(unfilled.weight()).isEqualTo(HardMediumSoftLongScore.ONE_MEDIUM.negate());
        assertThat(unfilled.score()).isEqualTo(HardMediumSoftLongScore.ofMedium(-2880));
        assertThat(analysis.getConstraintAnalysis(DemandConstraints.OPTIONAL_FILLED).weight())
                .isEqualTo(HardMediumSoftLongScore.ONE_SOFT.negate());
        var changed = analysis.getConstraintAnalysis(DemandConstraints.PUBLISHED_CHANGE);
        assertThat(changed.weight()).isEqualTo(HardMediumSoftLongScore.ofSoft(10).negate());
        assertThat(changed.score()).isEqualTo(HardMediumSoftLongScore.ofSoft(-2400)); // 240 × 10
    }
}
