package jp.tsumugi.web.workerportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.contracts.TestContracts;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A worker's schedule (and calendar feed) is what was published: an accepted change of a member's request changes
 * the planned pattern at once, but the worker's published shifts keep their times (and stay listed) until the
 * secretariat plans and publishes again.
 */
@PostgresSpringBootTest
class PublishedScheduleSnapshotTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private PublishedSchedule schedule;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theWorkersPublishedShiftsKeepTheirTimesAfterTheDemandChanges() throws Exception {
        long c = TestCooperatives.create(context, "sched-snap").cooperativeId();
        try (InputStream in = getClass().getResourceAsStream("/datasets/hagi.json")) {
            datasets.replaceAll(c, DatasetReader.read(in).orElseThrow(), "imported");
        }
        jdbc.update("DELETE FROM plan_assignment WHERE cooperative_id = ?", c);
        jdbc.update("DELETE FROM plan WHERE cooperative_id = ?", c);
        TestContracts.cover(context, c, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        Plan plan = plans.save(new Plan(c, "week", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(c, plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(c, plan.getId(), solved);
        List<Slot> before = rosters.load(c, plan.getId()).getSlots().stream().filter(Slot::isAssigned)
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
        edits.publish(c, plan.getId(), plan.getFrom().minusDays(1), "office");

        Slot moved = before.get(0);
        jdbc.update("UPDATE demand_pattern SET start_time = '10:00', end_time = '11:00', break_minutes = 0, "
                + "version = version + 1 WHERE cooperative_id = ? AND code = ?", c, moved.getCover().getPatternId());

        Worker worker = workers.findByCooperativeIdAndCode(c, moved.getWorker().getId()).orElseThrow();
        PublishedSchedule.Schedule mine = schedule.forWorker(c, worker, plan.getFrom(), plan.getTo());
        PublishedSchedule.Shift shift = mine.shifts().stream().filter(s -> s.slotKey().equals(moved.getId()))
                .findFirst().orElseThrow();
        assertThat(shift.start()).isEqualTo(moved.getStart());
        assertThat(shift.end()).isEqualTo(moved.getEnd());
        assertThat(shift.netMinutes()).isEqualTo(moved.getNetMinutes());
    }
}
