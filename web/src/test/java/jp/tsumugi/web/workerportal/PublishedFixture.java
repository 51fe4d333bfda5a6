package jp.tsumugi.web.workerportal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PublishedAssignment;

/**
 * A short published plan of the demo cooperative (a week in June, when the daikon and tomato fields need hands) in which
 * the demo worker w01 and w02 each have work. Made once and reused by the worker-portal tests and the browser test.
 */
public final class PublishedFixture {

    public static final String NAME = "worker-portal fixture";

    public static final LocalDate FROM = LocalDate.of(2026, 6, 8);

    public static final LocalDate TO = LocalDate.of(2026, 6, 12);

    private PublishedFixture() {
    }

    /** The fixture plan's id, solving and publishing it the first time. */
    public static synchronized long ensure(long cooperativeId, PlanRepository plans, PlanRosters rosters,
            PlanEdits edits) {
        Plan existing = plans.findByCooperativeId(cooperativeId).stream()
                .filter(p -> p.getName().equals(NAME)).findFirst().orElse(null);
        if (existing != null && !edits.latestPublished(cooperativeId, existing.getId()).isEmpty()) {
            return existing.getId();
        }
        Plan plan = existing != null ? existing : plans.save(new Plan(cooperativeId, NAME, FROM, TO));
        Roster solved = new RosterSolver()
                .solve(rosters.load(cooperativeId, plan.getId()), SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(cooperativeId, plan.getId(), solved);
        for (String worker : new String[] {"w01", "w02"}) {
            boolean hasWork = solved.getSlots().stream()
                    .anyMatch(s -> s.getWorker() != null && s.getWorker().getId().equals(worker));
            if (!hasWork) {
                Slot free = solved.getSlots().stream().filter(s -> s.getWorker() == null).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no open slot to give " + worker));
                edits.assign(cooperativeId, plan.getId(), free.getId(), worker, false);
                free.setWorker(solved.getWorkers().stream().filter(w -> w.getId().equals(worker)).findFirst()
                        .orElseThrow());
            }
        }
        edits.publish(cooperativeId, plan.getId(), FROM.minusDays(1), "office");
        return plan.getId();
    }

    /** The published worker code per slot key. */
    public static Map<String, PublishedAssignment> published(long cooperativeId, long planId, PlanEdits edits) {
        return edits.latestPublished(cooperativeId, planId);
    }
}
