package jp.tsumugi.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.dataset.PublishedRecordsException;
import jp.tsumugi.web.memberportal.TestActuals;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Records are never lost by re-planning (issue 7, item 1): published versions stay as they were published through
 * re-solving, hand edits, re-publishing and changes of the demand they came from; a published plan cannot be deleted;
 * an import cannot replace published rosters or recorded actuals. Each test has a cooperative of its own with the
 * {@code hagi} data.
 */
@PostgresSpringBootTest
class RecordRetentionTest {

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
    private MemberRepository members;

    @Autowired
    private JdbcTemplate jdbc;

    private record Coop(long id, TestCooperatives.Secretariat office) {
    }

    private Coop hagi(String prefix) throws Exception {
        var office = TestCooperatives.create(context, prefix);
        try (InputStream in = getClass().getResourceAsStream("/datasets/hagi.json")) {
            datasets.replaceAll(office.cooperativeId(), DatasetReader.read(in).orElseThrow(), "imported");
        }
        jdbc.update("DELETE FROM plan_assignment WHERE cooperative_id = ?", office.cooperativeId());
        jdbc.update("DELETE FROM plan WHERE cooperative_id = ?", office.cooperativeId());
        // a roster is published only where a dispatch contract covers it
        jp.tsumugi.web.contracts.TestContracts.coverPlanningYear(context, office.cooperativeId());
        return new Coop(office.cooperativeId(), office);
    }

    private Plan solved(Coop coop, String name) {
        Plan plan = plans.save(new Plan(coop.id(), name, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(coop.id(), plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(coop.id(), plan.getId(), solved);
        return plan;
    }

    /** A published version's rows as text: slot, worker and the slot's day and times as published. */
    private List<String> versionRows(long coop, long planId, int number) {
        return jdbc.queryForList("""
                SELECT a.slot_key || ' ' || a.worker_code || ' ' || a.on_date || ' ' || a.start_time || '-'
                       || a.end_time || ' ' || a.break_minutes || ' ' || a.site_code
                FROM published_assignment a JOIN published_version v ON v.id = a.published_version_id
                WHERE v.cooperative_id = ? AND v.plan_id = ? AND v.number = ? ORDER BY a.slot_key""",
                String.class, coop, planId, number);
    }

    private List<Slot> assigned(long coop, long planId) {
        return rosters.load(coop, planId).getSlots().stream().filter(Slot::isAssigned)
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
    }

    @Test
    void publishedVersionsStayAsPublishedThroughReSolvingEditingAndRepublishing() throws Exception {
        Coop coop = hagi("keep");
        Plan plan = solved(coop, "week");
        List<Slot> first = assigned(coop.id(), plan.getId());
        edits.publish(coop.id(), plan.getId(), plan.getFrom().minusDays(1), "office");
        List<String> v1 = versionRows(coop.id(), plan.getId(), 1);
        assertThat(v1).hasSize(first.size());
        assertThat(v1).allSatisfy(row -> assertThat(row).doesNotContain("null"));

        // a hand edit, a new solve, a second publication
        edits.assign(coop.id(), plan.getId(), first.get(0).getId(), null, false);
        Roster again = new RosterSolver().solve(rosters.load(coop.id(), plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(1))).roster();
        rosters.save(coop.id(), plan.getId(), again);
        edits.assign(coop.id(), plan.getId(), first.get(1).getId(), null, true);
        edits.publish(coop.id(), plan.getId(), plan.getFrom().minusDays(1), "office");

        assertThat(versionRows(coop.id(), plan.getId(), 1)).isEqualTo(v1);
        List<String> v2 = versionRows(coop.id(), plan.getId(), 2);
        assertThat(v2).isNotEmpty().noneMatch(row -> row.startsWith(first.get(1).getId() + " "));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM published_version WHERE plan_id = ?", Integer.class,
                plan.getId())).isEqualTo(2);
    }

    @Test
    void aChangeOfTheDemandAfterPublicationDoesNotRewriteOrDropThePublishedRecord() throws Exception {
        Coop coop = hagi("demand");
        Plan plan = solved(coop, "week");
        List<Slot> published = assigned(coop.id(), plan.getId());
        edits.publish(coop.id(), plan.getId(), plan.getFrom().minusDays(1), "office");
        Slot moved = published.get(0);
        String movedPattern = moved.getCover().getPatternId();
        Slot gone = published.stream().filter(s -> !s.getCover().getPatternId().equals(movedPattern)).findFirst()
                .orElseThrow();
        String gonePattern = gone.getCover().getPatternId();
        long publishedMinutes = published.stream().mapToLong(Slot::getNetMinutes).sum();

        // the secretariat changes one pattern's hours and moves another out of the week
        jdbc.update("UPDATE demand_pattern SET start_time = '10:00', end_time = '11:00', break_minutes = 0, "
                + "version = version + 1 WHERE cooperative_id = ? AND code = ?", coop.id(), movedPattern);
        jdbc.update("UPDATE demand_pattern SET date_from = '2026-06-01', date_to = '2026-06-30', "
                + "version = version + 1 WHERE cooperative_id = ? AND code = ?", coop.id(), gonePattern);
        Roster now = rosters.load(coop.id(), plan.getId());
        assertThat(now.getSlots()).noneMatch(s -> s.getId().equals(gone.getId()));
        assertThat(now.getSlots().stream().filter(s -> s.getId().equals(moved.getId())).findFirst().orElseThrow()
                .getCover().getStartTime()).isEqualTo(LocalTime.of(10, 0));

        // the records still say what was published
        String csv = new String(mvc.perform(get("/records/roster.csv").with(user(coop.office().user()))
                        .param("plan", String.valueOf(plan.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines).hasSize(1 + published.size());
        String movedLine = moved.getDate().toString().replace('-', '/') + ","
                + moved.getCover().getStartTime().toString() + "," + moved.getCover().getEndTime().toString();
        assertThat(lines).anyMatch(line -> line.replace("\uFEFF", "").startsWith(movedLine)
                && line.contains(moved.getWorker().getName()));
        assertThat(lines).anyMatch(line -> line.contains(gone.getWorker().getName())
                && line.contains(gone.getSite().getName()) && line.startsWith(gone.getDate().toString().replace('-', '/')));

        String member = moved.getMember().getId();
        long memberMinutes = published.stream().filter(s -> s.getMember().getId().equals(member))
                .mapToLong(Slot::getNetMinutes).sum();
        byte[] xlsx = mvc.perform(get("/records/invoice.xlsx").with(user(coop.office().user()))
                        .param("plan", String.valueOf(plan.getId())).param("member", member).param("month", "2026-05"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            double hours = -1;
            for (var row : sheet) {
                var label = row.getCell(6);
                if (label != null && label.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && label.getStringCellValue().equals("合計時間")) {
                    hours = row.getCell(7).getNumericCellValue();
                }
            }
            assertThat(hours).isEqualTo(memberMinutes / 60.0);
        }
        assertThat(publishedMinutes).isPositive();
    }

    @Test
    void aPublishedPlanCannotBeDeletedAndADraftCan() throws Exception {
        Coop coop = hagi("delete");
        Plan plan = solved(coop, "published week");
        edits.publish(coop.id(), plan.getId(), plan.getFrom().minusDays(1), "office");
        var refused = mvc.perform(post("/plans/{id}/delete", plan.getId()).with(user(coop.office().user())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan.getId()))
                .andExpect(flash().attribute("deleteProblem", "plan.delete.published"))
                .andReturn();
        mvc.perform(get("/plans/{id}", plan.getId()).with(user(coop.office().user()))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("この計画は削除できません。公開版が 1 版あり")));
        assertThat(plans.findByIdAndCooperativeId(plan.getId(), coop.id())).isPresent();
        assertThat(versionRows(coop.id(), plan.getId(), 1)).isNotEmpty();
        // and the database refuses it too, whoever asks
        assertThatThrownBy(() -> plans.delete(plans.findByIdAndCooperativeId(plan.getId(), coop.id()).orElseThrow()))
                .isInstanceOf(DataIntegrityViolationException.class);

        Plan draft = solved(coop, "draft week");
        var deleted = mvc.perform(post("/plans/{id}/delete", draft.getId()).with(user(coop.office().user())).with(csrf()))
                .andExpect(redirectedUrl("/plans"))
                .andReturn();
        mvc.perform(get("/plans").with(user(coop.office().user())).flashAttrs(deleted.getFlashMap()))
                .andExpect(content().string(containsString("計画「draft week」を削除しました。")));
        assertThat(plans.findByIdAndCooperativeId(draft.getId(), coop.id())).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan_assignment WHERE plan_id = ?", Integer.class,
                draft.getId())).isZero();
        // another cooperative's plan is not found
        var other = TestCooperatives.create(context, "delete-other");
        mvc.perform(post("/plans/{id}/delete", plan.getId()).with(user(other.user())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anImportCannotReplaceTheActualHoursMembersRecorded() throws Exception {
        Coop coop = hagi("actuals");
        Plan plan = solved(coop, "week");
        Slot slot = assigned(coop.id(), plan.getId()).get(0);
        long memberId = members.findByCooperativeIdAndCode(coop.id(), slot.getMember().getId()).orElseThrow().getId();
        TestActuals.record(context, coop.id(), memberId, null, slot.getWorker().getId(), slot.getWorker().getName(),
                slot.getDate(), LocalTime.of(8, 0), LocalTime.of(17, 0), 60);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM published_version WHERE cooperative_id = ?",
                Integer.class, coop.id())).isZero();

        // without contracts (they refuse an import too), so that the actuals alone stand in the way
        jdbc.update("DELETE FROM dispatch_contract_pattern WHERE contract_id IN "
                + "(SELECT id FROM dispatch_contract WHERE cooperative_id = ?)", coop.id());
        jdbc.update("DELETE FROM dispatch_contract WHERE cooperative_id = ?", coop.id());
        try (InputStream in = getClass().getResourceAsStream("/datasets/hagi.json")) {
            var dataset = DatasetReader.read(in).orElseThrow();
            assertThatThrownBy(() -> datasets.replaceAll(coop.id(), dataset, "again"))
                    .isInstanceOf(PublishedRecordsException.class);
        }
        assertThat(jdbc.queryForList("SELECT worker_code || ' ' || on_date FROM actual_work WHERE cooperative_id = ?",
                String.class, coop.id())).containsExactly(slot.getWorker().getId() + " " + slot.getDate());
        assertThat(plans.findByIdAndCooperativeId(plan.getId(), coop.id())).isPresent();
    }
}
