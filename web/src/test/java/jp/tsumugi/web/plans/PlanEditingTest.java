package jp.tsumugi.web.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Hand control on a plan: slot details and who could cover, assign, pin, explanations, publish and changes. */
@PostgresSpringBootTest
@WithUserDetails("office")
class PlanEditingTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanAssignmentRepository assignments;

    @Autowired
    private PublishedVersionRepository versions;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private PlanRosters rosters;

    private long demo() {
        return cooperatives.findByCode("hagi").orElseThrow().getId();
    }

    private Plan newPlan(String name, LocalDate from, LocalDate to) {
        return plans.save(new Plan(demo(), name, from, to));
    }

    private List<Slot> slots(Plan plan) {
        return rosters.load(demo(), plan.getId()).getSlots().stream()
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
    }

    private PlanAssignment row(Plan plan, String slot) {
        return assignments.findByCooperativeIdAndPlanId(demo(), plan.getId()).stream()
                .filter(a -> a.getSlotKey().equals(slot)).findFirst().orElse(null);
    }

    @Test
    void anUnfilledSlotShowsEveryWorkerRankedWithTheReasons() throws Exception {
        Plan plan = newPlan("who", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
        String slot = slots(plan).get(0).getId();

        mvc.perform(get("/plans/" + plan.getId() + "/slot").param("slot", slot))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("誰が入れるか")))
                .andExpect(content().string(containsString("(未割当)")))
                .andExpect(content().string(containsString("長谷川 浩二")));
    }

    @Test
    void assigningByHandSavesPinsAndRescores() throws Exception {
        Plan plan = newPlan("assign", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
        String slot = slots(plan).get(0).getId();

        mvc.perform(post("/plans/" + plan.getId() + "/slot/assign").with(csrf()).param("slot", slot)
                        .param("worker", "w01").param("pinned", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(SlotController.slotUrl(plan.getId(), slot)))
                .andExpect(flash().attribute("flash", "slot.assigned"));

        assertThat(row(plan, slot)).satisfies(a -> {
            assertThat(a.getWorker().getCode()).isEqualTo("w01");
            assertThat(a.isPinned()).isTrue();
        });
        mvc.perform(get("/plans/" + plan.getId() + "/slot").param("slot", slot))
                .andExpect(content().string(containsString("長谷川 浩二")));

        mvc.perform(post("/plans/" + plan.getId() + "/slot/pin").with(csrf()).param("slot", slot).param("pinned", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(row(plan, slot).isPinned()).isFalse();
        assertThat(row(plan, slot).getWorker().getCode()).isEqualTo("w01");

        mvc.perform(post("/plans/" + plan.getId() + "/slot/assign").with(csrf()).param("slot", slot).param("worker", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(row(plan, slot)).isNull();
    }

    @Test
    void unknownSlotsAndWorkersAreNotFound() throws Exception {
        Plan plan = newPlan("unknown", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
        String slot = slots(plan).get(0).getId();

        mvc.perform(get("/plans/" + plan.getId() + "/slot").param("slot", "nope@2026-05-11#0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + plan.getId() + "/slot/assign").with(csrf()).param("slot", slot)
                .param("worker", "w99")).andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + plan.getId() + "/slot/pin").with(csrf()).param("slot", "nope@2026-05-11#0")
                .param("pinned", "true")).andExpect(status().isNotFound());
    }

    @Test
    void handChangesWaitWhileThePlanIsSolved() throws Exception {
        Plan plan = newPlan("busy", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
        String slot = slots(plan).get(0).getId();
        plan.setStatus(PlanStatus.SOLVING);
        plans.save(plan);

        mvc.perform(post("/plans/" + plan.getId() + "/slot/assign").with(csrf()).param("slot", slot)
                        .param("worker", "w01").param("pinned", "true"))
                .andExpect(flash().attribute("flash", "slot.busy"));
        assertThat(row(plan, slot)).isNull();
    }

    @Test
    void explanationsListUnfilledDemandInJapaneseAndFilterByMember() throws Exception {
        Plan plan = newPlan("why", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17));
        Slot first = slots(plan).get(0);

        mvc.perform(get("/plans/" + plan.getId() + "/explanations"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("需要")))
                .andExpect(content().string(containsString(first.getMember().getName())));
        String other = slots(plan).stream().map(s -> s.getMember())
                .filter(m -> !m.getId().equals(first.getMember().getId())).findFirst().orElseThrow().getName();
        String filtered = mvc.perform(get("/plans/" + plan.getId() + "/explanations")
                        .param("member", first.getMember().getId()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // the filter's member list names everyone; the explanations after it only the chosen member
        String list = filtered.substring(filtered.indexOf("data-testid=\"explanations\""));
        assertThat(list).contains(first.getMember().getName()).doesNotContain(other);
    }

    @Test
    void publishingKeepsAVersionPinsTheFixedDaysAndListsLaterChanges() throws Exception {
        Plan plan = newPlan("publish", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 24));
        Roster roster = rosters.load(demo(), plan.getId());
        Roster solved = new RosterSolver().solve(roster, SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(demo(), plan.getId(), solved);
        List<PlanAssignment> before = assignments.findByCooperativeIdAndPlanId(demo(), plan.getId());
        assertThat(before).isNotEmpty();

        mvc.perform(post("/plans/" + plan.getId() + "/publish").with(csrf()).param("fixedUntil", "2026-05-17"))
                .andExpect(status().is3xxRedirection());

        assertThat(versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(demo(), plan.getId())).singleElement()
                .satisfies(v -> assertThat(v.getNumber()).isEqualTo(1));
        List<PlanAssignment> after = assignments.findByCooperativeIdAndPlanId(demo(), plan.getId());
        assertThat(after).filteredOn(a -> !SlotKeys.date(a.getSlotKey()).isAfter(LocalDate.of(2026, 5, 17)))
                .isNotEmpty().allSatisfy(a -> assertThat(a.isPinned()).isTrue());
        assertThat(after).filteredOn(a -> SlotKeys.date(a.getSlotKey()).isAfter(LocalDate.of(2026, 5, 17)))
                .allSatisfy(a -> assertThat(a.isPinned()).isFalse());
        mvc.perform(get("/plans/" + plan.getId() + "/publish"))
                .andExpect(content().string(containsString("第 1 版")))
                .andExpect(content().string(containsString("変更はありません")));

        PlanAssignment changed = after.stream().filter(a -> a.getWorker() != null).findFirst().orElseThrow();
        String otherWorker = changed.getWorker().getCode().equals("w01") ? "w02" : "w01";
        mvc.perform(post("/plans/" + plan.getId() + "/slot/assign").with(csrf()).param("slot", changed.getSlotKey())
                .param("worker", otherWorker).param("pinned", "true")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/plans/" + plan.getId() + "/publish"))
                .andExpect(content().string(containsString("最新の公開版からの変更: 1 件")));
    }

    @Test
    void anotherCooperativesPlanIsNotFoundOnEveryPage() throws Exception {
        long other = cooperatives.save(new Cooperative("other-editing", "other")).getId();
        Plan foreign = plans.save(new Plan(other, "foreign", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        String base = "/plans/" + foreign.getId();

        mvc.perform(get(base + "/slot").param("slot", "x@2026-04-01#0")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/slot/assign").with(csrf()).param("slot", "x@2026-04-01#0").param("worker", "w01"))
                .andExpect(status().isNotFound());
        mvc.perform(post(base + "/slot/pin").with(csrf()).param("slot", "x@2026-04-01#0").param("pinned", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/explanations")).andExpect(status().isNotFound());
        mvc.perform(get(base + "/publish")).andExpect(status().isNotFound());
        mvc.perform(post(base + "/publish").with(csrf()).param("fixedUntil", "2026-04-30"))
                .andExpect(status().isNotFound());
        assertThat(versions.countByCooperativeId(other)).isZero();
    }
}
