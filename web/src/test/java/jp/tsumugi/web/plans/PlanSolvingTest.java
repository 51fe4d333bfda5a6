package jp.tsumugi.web.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.solving.PlanSolving;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Plans end to end on the demo cooperative: create, solve in the background, stop, interrupted, tenancy. */
@PostgresSpringBootTest
@WithUserDetails("office")
class PlanSolvingTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanAssignmentRepository assignments;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private PlanSolving solving;

    private long demo() {
        return cooperatives.findByCode("hagi").orElseThrow().getId();
    }

    private long createPlan(String name, String from, String to) throws Exception {
        String location = mvc.perform(post("/plans").with(csrf()).param("name", name).param("from", from)
                        .param("to", to))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Plan reload(long id) {
        return plans.findByIdAndCooperativeId(id, demo()).orElseThrow();
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(end);
            Thread.sleep(100);
        }
    }

    @Test
    void aPlanIsSolvedInTheBackgroundAndItsRosterSaved() throws Exception {
        long id = createPlan("5月の計画", "2026-05-01", "2026-05-31");
        mvc.perform(get("/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("未計算")));

        mvc.perform(post("/plans/" + id + "/solve").with(csrf()).param("seconds", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(reload(id).getStatus()).isIn(PlanStatus.SOLVING, PlanStatus.SOLVED);
        mvc.perform(get("/plans/" + id + "/progress")).andExpect(status().isOk());

        await(() -> reload(id).getStatus() != PlanStatus.SOLVING, Duration.ofSeconds(90));

        Plan plan = reload(id);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SOLVED);
        assertThat(plan.getScore()).startsWith("0hard");
        assertThat(assignments.findByCooperativeIdAndPlanId(demo(), id)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getSlotKey()).contains("@2026-05-"));
        mvc.perform(get("/plans/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("違反 0 / 未充足")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("計算済み")));
    }

    @Test
    void stoppingKeepsTheBestRosterFound() throws Exception {
        long id = createPlan("止める計画", "2026-06-01", "2026-06-30");
        mvc.perform(post("/plans/" + id + "/solve").with(csrf()).param("seconds", "300"))
                .andExpect(status().is3xxRedirection());
        await(() -> solving.progress(demo(), id).map(p -> p.getBest() != null).orElse(false), Duration.ofSeconds(60));

        mvc.perform(post("/plans/" + id + "/stop").with(csrf())).andExpect(status().is3xxRedirection());
        await(() -> reload(id).getStatus() != PlanStatus.SOLVING, Duration.ofSeconds(60));

        assertThat(reload(id).getStatus()).isEqualTo(PlanStatus.STOPPED);
        assertThat(assignments.findByCooperativeIdAndPlanId(demo(), id)).isNotEmpty();
    }

    @Autowired
    private jp.tsumugi.web.dataset.CooperativeDatasets datasets;

    @Test
    void twoCooperativesSolveAtTheSameTime() throws Exception {
        long other = cooperatives.save(new Cooperative("second-coop", "second")).getId();
        try (var in = getClass().getResourceAsStream("/datasets/tsuwano.json")) {
            datasets.replaceAll(other, jp.tsumugi.fixtures.dataset.DatasetReader.read(in).orElseThrow(), "x");
        }
        LocalDate from = LocalDate.of(2026, 6, 1);
        Plan mine = plans.save(new Plan(demo(), "mine", from, from.plusDays(13)));
        Plan theirs = plans.save(new Plan(other, "theirs", from, from.plusDays(13)));

        solving.start(demo(), mine.getId(), Duration.ofSeconds(300));
        solving.start(other, theirs.getId(), Duration.ofSeconds(300));
        await(() -> solving.progress(demo(), mine.getId()).map(p -> p.getBest() != null).orElse(false)
                && solving.progress(other, theirs.getId()).map(p -> p.getBest() != null).orElse(false),
                Duration.ofSeconds(60));
        // both found a roster before either was stopped: they ran side by side
        assertThat(plans.findByIdAndCooperativeId(mine.getId(), demo()).orElseThrow().getStatus())
                .isEqualTo(PlanStatus.SOLVING);
        assertThat(plans.findByIdAndCooperativeId(theirs.getId(), other).orElseThrow().getStatus())
                .isEqualTo(PlanStatus.SOLVING);
        assertThat(solving.progress(other, mine.getId())).as("progress is scoped to the cooperative").isEmpty();

        solving.stop(demo(), mine.getId());
        solving.stop(other, theirs.getId());
        await(() -> plans.findByIdAndCooperativeId(mine.getId(), demo()).orElseThrow().getStatus() == PlanStatus.STOPPED
                && plans.findByIdAndCooperativeId(theirs.getId(), other).orElseThrow().getStatus() == PlanStatus.STOPPED,
                Duration.ofSeconds(60));
    }

    @Test
    void aJobCutOffByARestartIsShownAsInterruptedWithItsRosterKept() throws Exception {
        Plan plan = plans.save(new Plan(demo(), "中断", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 7)));
        plan.setStatus(PlanStatus.SOLVING);
        plans.save(plan);

        solving.afterSingletonsInstantiated();

        assertThat(reload(plan.getId()).getStatus()).isEqualTo(PlanStatus.INTERRUPTED);
        mvc.perform(get("/plans/" + plan.getId())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("中断")));
    }

    @Test
    void aPeriodOutsideThePlanningYearIsRefusedWithTheFieldNamed() throws Exception {
        mvc.perform(post("/plans").with(csrf()).param("name", "").param("from", "2030-01-01").param("to", "2029-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("planForm", "name", "from", "to"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("「名前」は必須です")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("計画年度")));
    }

    @Test
    void anotherCooperativesPlanIsNotFound() throws Exception {
        long other = cooperatives.save(new Cooperative("other-plans", "other")).getId();
        Plan foreign = plans.save(new Plan(other, "foreign", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));

        mvc.perform(get("/plans/" + foreign.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + foreign.getId() + "/progress")).andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + foreign.getId() + "/solve").with(csrf()).param("seconds", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + foreign.getId() + "/stop").with(csrf())).andExpect(status().isNotFound());
        assertThat(plans.findByIdAndCooperativeId(foreign.getId(), other).orElseThrow().getStatus())
                .isEqualTo(PlanStatus.NOT_SOLVED);
    }
}
