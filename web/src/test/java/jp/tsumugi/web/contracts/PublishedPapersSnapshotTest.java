package jp.tsumugi.web.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The §35 notice and the §34 明示 are records of what was published: a change of the demand after publication (an
 * accepted change request, a pattern moved out of the plan's window) must neither change their times nor drop a
 * published day from them. The 派遣元管理台帳 and invoices already read the published slot details (V9).
 */
@PostgresSpringBootTest
class PublishedPapersSnapshotTest {

    @Autowired
    private MockMvc mvc;

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
    private PublishedRosters published;

    @Autowired
    private JdbcTemplate jdbc;

    private long hagi(TestCooperatives.Secretariat office) throws Exception {
        long c = office.cooperativeId();
        try (InputStream in = getClass().getResourceAsStream("/datasets/hagi.json")) {
            datasets.replaceAll(c, DatasetReader.read(in).orElseThrow(), "imported");
        }
        jdbc.update("DELETE FROM plan_assignment WHERE cooperative_id = ?", c);
        jdbc.update("DELETE FROM plan WHERE cooperative_id = ?", c);
        TestContracts.cover(context, c, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
        return c;
    }

    private List<Slot> assigned(long c, Plan plan) {
        return rosters.load(c, plan.getId()).getSlots().stream().filter(Slot::isAssigned)
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
    }

    @Test
    void noticesAndDisclosuresKeepThePublishedSlotsAfterTheDemandChanges() throws Exception {
        var office = TestCooperatives.create(context, "papers-snap");
        long c = hagi(office);
        Plan plan = plans.save(new Plan(c, "week", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(c, plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(c, plan.getId(), solved);
        List<Slot> before = assigned(c, plan);
        edits.publish(c, plan.getId(), plan.getFrom().minusDays(1), "office");

        Slot moved = before.get(0);
        String movedPattern = moved.getCover().getPatternId();
        Slot gone = before.stream().filter(s -> !s.getCover().getPatternId().equals(movedPattern)).findFirst()
                .orElseThrow();
        jdbc.update("UPDATE demand_pattern SET start_time = '10:00', end_time = '11:00', break_minutes = 0, "
                + "version = version + 1 WHERE cooperative_id = ? AND code = ?", c, movedPattern);
        jdbc.update("UPDATE demand_pattern SET date_from = '2026-06-01', date_to = '2026-06-30', "
                + "version = version + 1 WHERE cooperative_id = ? AND code = ?", c, gone.getCover().getPatternId());

        Plan reloaded = plans.findByIdAndCooperativeId(plan.getId(), c).orElseThrow();
        PublishedRosters.Published roster = published.load(c, reloaded).orElseThrow();
        assertThat(roster.assigned()).hasSize(before.size());
        assertThat(roster.assigned()).anyMatch(s -> s.getId().equals(gone.getId()));
        assertThat(roster.assigned().stream().filter(s -> s.getId().equals(moved.getId())).findFirst().orElseThrow()
                .getCover().getStartTime()).isEqualTo(moved.getCover().getStartTime())
                .isNotEqualTo(LocalTime.of(10, 0));

        // the secretariat's §35 notice of the dropped day's worker at its member still opens
        mvc.perform(get("/contracts/notice").with(user(office.user()))
                        .param("plan", String.valueOf(plan.getId()))
                        .param("month", YearMonth.from(gone.getDate()).toString())
                        .param("member", gone.getMember().getId()).param("worker", gone.getWorker().getId()))
                .andExpect(status().isOk());
    }

    /**
     * The 派遣元管理台帳 takes the organisational unit and managers from the contract covering the dispatch; a contract
     * that covers chosen patterns (not all of the member's) must be found for published slots too.
     */
    @Test
    void theLedgerFindsAPatternContractForPublishedSlots() throws Exception {
        var office = TestCooperatives.create(context, "ledger-pat");
        long c = hagi(office);
        Plan plan = plans.save(new Plan(c, "week", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(c, plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(c, plan.getId(), solved);
        Slot first = assigned(c, plan).get(0);
        // the member's contract names its patterns instead of covering all of them
        jdbc.update("""
                INSERT INTO dispatch_contract_pattern (contract_id, demand_pattern_id)
                SELECT k.id, p.id FROM dispatch_contract k JOIN member m ON m.id = k.member_id
                JOIN site s ON s.member_id = m.id JOIN demand_pattern p ON p.site_id = s.id
                WHERE k.cooperative_id = ? AND m.code = ?""", c, first.getMember().getId());
        jdbc.update("""
                UPDATE dispatch_contract SET all_patterns = FALSE, org_unit = 'UNIT-FROM-CONTRACT',
                version = version + 1 WHERE cooperative_id = ?
                AND member_id = (SELECT id FROM member WHERE cooperative_id = ? AND code = ?)""", c, c,
                first.getMember().getId());
        edits.publish(c, plan.getId(), plan.getFrom().minusDays(1), "office");

        mvc.perform(get("/records/ledger").with(user(office.user()))
                        .param("plan", String.valueOf(plan.getId())).param("worker", first.getWorker().getId())
                        .param("month", YearMonth.from(first.getDate()).toString()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("UNIT-FROM-CONTRACT")));
    }
}
