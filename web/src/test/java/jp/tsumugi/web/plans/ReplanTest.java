package jp.tsumugi.web.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Re-planning after a change with minimal disruption: a published roster, then a worker falls sick on a day after the
 * fixed ones; solving again moves that worker's slot to someone else, keeps every fixed day, and changes little else.
 */
@PostgresSpringBootTest
class ReplanTest {

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private AvailabilityRepository availability;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private CooperativeRepository cooperatives;

    private static String cover(String slotKey) {
        return slotKey.substring(0, slotKey.lastIndexOf('#'));
    }

    @Test
    void sickLeaveAfterPublishingChangesTheSickWorkersSlotAndLittleElse() {
        long c = cooperatives.findByCode("hagi").orElseThrow().getId();
        LocalDate fixedUntil = LocalDate.of(2026, 9, 13);
        Plan plan = plans.save(new Plan(c, "replan", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 20)));
        RosterSolver solver = new RosterSolver();
        // Solved until 3 s bring no improvement, as a secretariat would before publishing: what the re-plan changes
        // is then due to the sick leave, not to a first roster that was still improving.
        SolveLimits untilSettled = SolveLimits.spent(Duration.ofSeconds(30)).withUnimproved(Duration.ofSeconds(3));
        rosters.save(c, plan.getId(), solver.solve(rosters.load(c, plan.getId()), untilSettled).roster());
        edits.publish(c, plan.getId(), fixedUntil, "office");
        Map<String, PublishedAssignment> published = edits.latestPublished(c, plan.getId());

        Slot sickDay = rosters.load(c, plan.getId()).getSlots().stream()
                .filter(s -> s.getWorker() != null && s.getDate().isAfter(fixedUntil))
                .findFirst().orElseThrow();
        String sick = sickDay.getWorker().getId();
        availability.save(new Availability(workers.findByCooperativeIdAndCode(c, sick).orElseThrow(),
                sickDay.getDate(), null, null, AvailabilityKind.UNAVAILABLE));

        Roster replanned = solver.solve(rosters.load(c, plan.getId()), untilSettled).roster();
        rosters.save(c, plan.getId(), replanned);

        for (Slot slot : replanned.getSlots()) {
            PublishedAssignment before = published.get(slot.getId());
            String now = slot.getWorker() == null ? null : slot.getWorker().getId();
            if (!slot.getDate().isAfter(fixedUntil)) {
                assertThat(now).as("fixed day " + slot.getId()).isEqualTo(before == null ? null : before.getWorkerCode());
            }
            if (slot.getWorker() != null && slot.getDate().equals(sickDay.getDate())) {
                assertThat(slot.getWorker().getId()).as("nobody works while sick").isNotEqualTo(sick);
            }
        }
        // What people were told that no longer holds: published (cover, worker) pairs after the fixed days that are
        // gone. The sick worker's day is one; re-planning may fill more demand but should move few published people.
        java.util.Set<String> nowPairs = new java.util.HashSet<>();
        replanned.getSlots().stream().filter(s -> s.getWorker() != null)
                .forEach(s -> nowPairs.add(cover(s.getId()) + "|" + s.getWorker().getId()));
        long publishedLater = published.values().stream()
                .filter(p -> SlotKeys.date(p.getSlotKey()).isAfter(fixedUntil)).count();
        long broken = published.values().stream()
                .filter(p -> SlotKeys.date(p.getSlotKey()).isAfter(fixedUntil))
                .filter(p -> !nowPairs.contains(cover(p.getSlotKey()) + "|" + p.getWorkerCode()))
                .count();
        assertThat(nowPairs).doesNotContain(cover(sickDay.getId()) + "|" + sick);
        assertThat(broken).as("published assignments undone, of " + publishedLater).isGreaterThan(0)
                .isLessThanOrEqualTo(Math.max(3, publishedLater / 4));
        assertThat(PublishController.changes(plan.getId(), replanned, published)).isNotEmpty()
                .anySatisfy(change -> assertThat(change.date()).isEqualTo(sickDay.getDate()));
    }
}
