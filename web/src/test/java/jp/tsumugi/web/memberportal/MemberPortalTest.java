package jp.tsumugi.web.memberportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.demand.DemandStatus;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The member portal as the demo member m01 (user {@code member}) of the demo cooperative sees it: its own data only,
 * 404 for other members' and other cooperatives' ids, 403 across roles, and the flows (requests, copy, change
 * requests after publication, actual hours and submitting the month). Everything added to the demo is taken away.
 */
@PostgresSpringBootTest
@WithUserDetails("member")
class MemberPortalTest {

    private static final String M01_SITE = "JA萩 三見営農センター トマト選果場";

    private static final String M05_SITE_CODE = "m05-s1";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private SiteRepository sites;

    @Autowired
    private MemberRepository members;

    @Autowired
    private JobTypeRepository jobTypes;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transaction;

    private long hagi;

    private Member m01;

    private Site site;

    private JobType sorting;

    private String suffix;

    private final List<Long> ownPlans = new ArrayList<>();

    @BeforeEach
    void findDemo() {
        hagi = cooperatives.findByCode("hagi").orElseThrow().getId();
        m01 = members.findByCooperativeIdAndCode(hagi, "m01").orElseThrow();
        site = sites.findByCooperativeIdAndCode(hagi, "m01-s1").orElseThrow();
        sorting = jobTypes.findByCooperativeIdAndCode(hagi, "sorting").orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeWhatThisTestAdded() {
        jdbc.update("delete from actual_work_month where member_id = ?", m01.getId());
        jdbc.update("delete from actual_work where member_id = ?", m01.getId());
        for (Long plan : ownPlans) {
            jdbc.update("delete from published_assignment where published_version_id in "
                    + "(select id from published_version where plan_id = ?)", plan);
            jdbc.update("delete from published_version where plan_id = ?", plan);
            jdbc.update("delete from plan_assignment where plan_id = ?", plan);
            jdbc.update("delete from plan where id = ?", plan);
        }
        jdbc.update("delete from demand_pattern where cooperative_id = ? and replaces_pattern_id in "
                + "(select id from demand_pattern where cooperative_id = ? and code like 'm01-%')", hagi, hagi);
        patterns.findByCooperativeIdOrderByCode(hagi).stream()
                .filter(pattern -> pattern.getCode().contains(suffix))
                .forEach(patterns::delete);
    }

    /** A July plan with w01 on m01's tomato sorting on Monday 13 July, and on another member's slot the next day. */
    private Plan julyPlan() {
        Plan plan = plans.save(new Plan(hagi, "member-portal-" + suffix, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)));
        ownPlans.add(plan.getId());
        edits.assign(hagi, plan.getId(), "m01-s1-tomato-sorting@2026-07-13#0", "w01", false);
        edits.assign(hagi, plan.getId(), "m05-s1-tomato-harvest@2026-07-14#0", "w01", false);
        return plan;
    }

    // --- what the member sees ---

    @Test
    void homeShowsTheMembersNameHoursAndFeeEstimateOfTheMonth() throws Exception {
        julyPlan();
        // 08:00-17:00 less 60 min: 8 hours at the demo's ¥1,100
        mvc.perform(get("/member").param("month", "2026-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JA萩 三見営農センター 様")))
                .andExpect(content().string(containsString("data-home=\"hours\">8 時間<")))
                .andExpect(content().string(containsString("data-home=\"fee\">8,800 円<")))
                .andExpect(content().string(not(containsString("data-home=\"unfilled-month\">0<"))));
    }

    @Test
    void theRosterShowsOwnSlotsWithOnlyTheNoticeItemsAndNeverOtherMembers() throws Exception {
        julyPlan();
        String otherSite = sites.findByCooperativeIdAndCode(hagi, M05_SITE_CODE).orElseThrow().getName();
        mvc.perform(get("/member/roster").param("month", "2026-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-07-13")))
                .andExpect(content().string(containsString(M01_SITE)))
                .andExpect(content().string(containsString("data-roster=\"worker\">長谷川 浩二<")))
                // w01: male, born 1962: 45 or over and 60 or over on the day; open-ended, insured
                .andExpect(content().string(containsString("男性")))
                .andExpect(content().string(containsString("45歳以上")))
                .andExpect(content().string(containsString("無期雇用")))
                .andExpect(content().string(containsString("健康保険 加入")))
                .andExpect(content().string(containsString("未充足")))
                // nothing of the worker's other assignment, of other members, or of internal ids
                .andExpect(content().string(not(containsString(otherSite))))
                .andExpect(content().string(not(containsString("m05-"))))
                .andExpect(content().string(not(containsString("w01"))))
                .andExpect(content().string(not(containsString("1962"))));
    }

    @Test
    void theRequestListShowsOnlyOwnPatterns() throws Exception {
        mvc.perform(get("/member/demand"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("m01-s1-tomato-sorting")))
                .andExpect(content().string(not(containsString("m02-s1-brewing"))))
                .andExpect(content().string(not(containsString("m05-s1"))));
    }

    // --- ids that are not the member's ---

    @Test
    void anotherMembersPatternOfTheSameCooperativeIsNotFound() throws Exception {
        Member m02 = members.findByCooperativeIdAndCode(hagi, "m02").orElseThrow();
        DemandPattern theirs = patterns.findByCooperativeIdAndSiteMemberOrderByCode(hagi, m02).get(0);
        mvc.perform(get("/member/demand/{id}", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(valid(post("/member/demand/{id}", theirs.getId()), "x").param("version", "0").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member/demand/{id}/delete", theirs.getId()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(patterns.findByIdAndCooperativeId(theirs.getId(), hagi)).isPresent();
        // nor can the member put a request on another member's site
        Site theirSite = sites.findByCooperativeIdAndCode(hagi, "m02-s1").orElseThrow();
        mvc.perform(params(post("/member/demand/new"), "t-" + suffix, theirSite, sorting, "2026-10-05", "2026-10-16")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「事業所」を選んでください。")));
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "t-" + suffix)).isEmpty();
    }

    @Test
    void anotherCooperativesPatternIsNotFound() throws Exception {
        long c = cooperatives.save(new Cooperative("other-mp-" + suffix, "別の組合")).getId();
        Member member = members.save(new Member(c, "m01", "他組合 組合員", MemberKind.MEMBER));
        Site theirSite = sites.save(new Site(c, "m01-s1", member, "他組合 事業所", Industry.AGRICULTURE));
        JobType theirJob = jobTypes.save(new JobType(c, "sorting", "他組合 作業", JobCategory.ORDINARY));
        DemandPattern theirs = new DemandPattern(c, "theirs", theirSite, theirJob);
        theirs.setFrom(LocalDate.of(2026, 4, 1));
        theirs.setTo(LocalDate.of(2026, 4, 30));
        theirs.setStart(LocalTime.of(8, 0));
        theirs.setEnd(LocalTime.of(12, 0));
        theirs.setRequired(1);
        theirs.setPriority(3);
        theirs = patterns.save(theirs);

        mvc.perform(get("/member/demand/{id}", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(valid(post("/member/demand/{id}", theirs.getId()), "theirs").param("version", "0").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member/demand/{id}/delete", theirs.getId()).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/member/demand")).andExpect(content().string(not(containsString("他組合"))));
    }

    // --- roles and CSRF ---

    @Test
    @WithUserDetails("office")
    void theSecretariatIsRefusedOnTheMemberPortal() throws Exception {
        for (String page : List.of("/member", "/member/demand", "/member/demand/new", "/member/roster",
                "/member/actuals")) {
            mvc.perform(get(page)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/member/demand/copy").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theMemberIsRefusedOnSecretariatPages() throws Exception {
        for (String page : List.of("/plans", "/workers", "/demand", "/members")) {
            mvc.perform(get(page)).andExpect(status().isForbidden());
        }
        mvc.perform(post("/demand/1/accept").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(valid(post("/member/demand/new"), "c-" + suffix)).andExpect(status().isForbidden());
        mvc.perform(post("/member/demand/copy")).andExpect(status().isForbidden());
        mvc.perform(post("/member/actuals").param("month", "2026-07")).andExpect(status().isForbidden());
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "c-" + suffix)).isEmpty();
    }

    // --- requests ---

    @Test
    void creatingARequestBeforePublicationMakesItDemand() throws Exception {
        String code = "n-" + suffix;
        mvc.perform(valid(post("/member/demand/new"), code).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/member/demand"))
                .andExpect(flash().attribute("flash", "memberportal.demand.flash.created"));
        DemandPattern saved = patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
        assertThat(saved.getStatus()).isEqualTo(DemandStatus.ACTIVE);
        assertThat(datasets.export(hagi).demandPatterns()).anyMatch(p -> p.id().equals(code));

        mvc.perform(post("/member/demand/{id}/delete", saved.getId()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(patterns.findByCooperativeIdAndCode(hagi, code)).isEmpty();
    }

    @Test
    void aRequestThatADispatchContractNamesIsNotDeleted() throws Exception {
        String code = "c-" + suffix;
        mvc.perform(valid(post("/member/demand/new"), code).with(csrf())).andExpect(status().is3xxRedirection());
        DemandPattern saved = patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
        // the secretariat's contract with m01 names the request among its patterns
        jdbc.update("insert into dispatch_contract_pattern (contract_id, demand_pattern_id) values "
                + "((select min(id) from dispatch_contract where member_id = ?), ?)", m01.getId(), saved.getId());

        mvc.perform(post("/member/demand/{id}/delete", saved.getId()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "memberportal.demand.flash.underContract"));
        assertThat(patterns.findByCooperativeIdAndCode(hagi, code)).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from dispatch_contract_pattern where demand_pattern_id = ?",
                Integer.class, saved.getId())).isEqualTo(1);
        // and the database refuses it too, whoever tries
        assertThatThrownBy(() -> jdbc.update("delete from demand_pattern where id = ?", saved.getId()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.update("delete from dispatch_contract_pattern where demand_pattern_id = ?", saved.getId());
    }

    @Test
    void theSecretariatsRulesApply() throws Exception {
        mvc.perform(params(post("/member/demand/new"), "e-" + suffix, site, sorting, "2026-10-05", "2026-10-16",
                        "17:00", "08:00").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「終了時刻」は開始時刻より後にしてください。")));
        mvc.perform(params(post("/member/demand/new"), "y-" + suffix, site, sorting, "2026-10-05", "2027-04-30")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("計画年度（2026-04-01〜2027-03-31）の中にしてください。")));
        JobType prohibited = jobTypes.findByCooperativeIdAndCode(hagi, "site-prep").orElseThrow();
        mvc.perform(params(post("/member/demand/new"), "j-" + suffix, site, prohibited, "2026-10-05", "2026-10-16")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("派遣禁止業務には派遣できません")));
        mvc.perform(get("/member/demand/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(prohibited.getName()))))
                .andExpect(content().string(not(containsString("合名会社杉山酒造 蔵"))));
        assertThat(patterns.findByCooperativeIdOrderByCode(hagi)).noneMatch(p -> p.getCode().contains(suffix));
    }

    @Test
    void copyingLastYearsRequestsShiftsThemOneYearOnlyInsideThePlanningYear() throws Exception {
        DemandPattern last = new DemandPattern(hagi, "old-" + suffix + "-2025", site, sorting);
        last.setFrom(LocalDate.of(2025, 10, 6));
        last.setTo(LocalDate.of(2025, 10, 17));
        last.setWeekdayList(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY));
        last.setStart(LocalTime.of(9, 0));
        last.setEnd(LocalTime.of(15, 0));
        last.setBreakMinutes(45);
        last.setRequired(2);
        last.setOptional(1);
        last.setPriority(4);
        last.setNote("去年の依頼");
        patterns.save(last);

        mvc.perform(post("/member/demand/copy").with(csrf())).andExpect(status().is3xxRedirection());
        DemandPattern copy = patterns.findByCooperativeIdAndCode(hagi, "old-" + suffix + "-2026").orElseThrow();
        assertThat(copy.getFrom()).isEqualTo(LocalDate.of(2026, 10, 6));
        assertThat(copy.getTo()).isEqualTo(LocalDate.of(2026, 10, 17));
        assertThat(copy.getWeekdayList()).containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY);
        assertThat(copy.getStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(copy.getBreakMinutes()).isEqualTo(45);
        assertThat(copy.getRequired()).isEqualTo(2);
        assertThat(copy.getStatus()).isEqualTo(DemandStatus.ACTIVE);
        // this year's demo requests would land in 2027-28: outside the planning year, not copied
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "m01-s1-tomato-sorting-2027")).isEmpty();

        // the page explains; a second run copies nothing again
        mvc.perform(post("/member/demand/copy").with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/member/demand").flashAttr("copyResult", new MemberDemand.CopyResult(
                        List.of(), List.of("old-" + suffix + "-2025"), List.of("m01-s1-tomato-sorting"))))
                .andExpect(content().string(containsString("コピー済み：old-" + suffix + "-2025")))
                .andExpect(content().string(containsString("m01-s1-tomato-sorting")));
        assertThat(patterns.findByCooperativeIdOrderByCode(hagi))
                .filteredOn(p -> p.getCode().startsWith("old-" + suffix)).hasSize(2);
    }

    @Test
    void theCopyResultPageListsWhatWasCopied() throws Exception {
        DemandPattern last = new DemandPattern(hagi, "pg-" + suffix, site, sorting);
        last.setFrom(LocalDate.of(2025, 10, 6));
        last.setTo(LocalDate.of(2025, 10, 17));
        last.setStart(LocalTime.of(8, 0));
        last.setEnd(LocalTime.of(12, 0));
        last.setRequired(1);
        last.setPriority(3);
        patterns.save(last);
        var result = mvc.perform(post("/member/demand/copy").with(csrf())).andReturn();
        mvc.perform(get("/member/demand").flashAttr("copyResult", result.getFlashMap().get("copyResult")))
                .andExpect(content().string(containsString("1件をコピーしました。")))
                .andExpect(content().string(containsString("pg-" + suffix + " → pg-" + suffix + "-2026")));
    }

    // --- a request after publication is a change request ---

    @Test
    void aRequestAfterPublicationIsAChangeRequestUntilTheSecretariatAcceptsIt() throws Exception {
        Plan plan = julyPlan();
        edits.publish(hagi, plan.getId(), LocalDate.of(2026, 7, 15), "office");

        String code = "late-" + suffix;
        mvc.perform(params(post("/member/demand/new"), code, site, sorting, "2026-07-21", "2026-07-24")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "memberportal.demand.flash.proposed"));
        DemandPattern proposed = patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
        assertThat(proposed.getStatus()).isEqualTo(DemandStatus.PROPOSED);
        assertThat(datasets.export(hagi).demandPatterns()).noneMatch(p -> p.id().equals(code));
        mvc.perform(get("/member/demand"))
                .andExpect(content().string(containsString("変更依頼（事務局の承認待ち）")));

        // a planned, published request is not changed by the member: the change becomes a proposal
        DemandPattern planned = patterns.findByCooperativeIdAndCode(hagi, "m01-s1-tomato-sorting").orElseThrow();
        mvc.perform(params(post("/member/demand/{id}", planned.getId()), "m01-s1-tomato-sorting", site, sorting,
                        "2026-07-10", "2026-11-30").param("version", String.valueOf(planned.getVersion()))
                        .param("note", "勝手な変更").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "memberportal.change.flash.proposed"));
        DemandPattern change = patterns.findByCooperativeIdOrderByCode(hagi).stream()
                .filter(p -> planned.getId().equals(p.getReplacesId())).findFirst().orElseThrow();
        assertThat(change.getNote()).isEqualTo("勝手な変更");
        mvc.perform(post("/member/demand/{id}/delete", change.getId()).with(csrf()))
                .andExpect(flash().attribute("flash", "memberportal.change.flash.withdrawn"));
        // nor deleted
        mvc.perform(post("/member/demand/{id}/delete", planned.getId()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "memberportal.demand.locked"));
        assertThat(patterns.findByIdAndCooperativeId(planned.getId(), hagi).orElseThrow().getNote())
                .isNotEqualTo("勝手な変更");
        assertThat(patterns.findByIdAndCooperativeId(change.getId(), hagi)).isEmpty();

        // the secretariat sees the badge and accepts
        var office = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails("office"));
        mvc.perform(get("/demand").param("q", code).with(office))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("組合員からの変更依頼")));
        mvc.perform(post("/demand/{id}/accept", proposed.getId()).param("version", "0").with(office).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow().getStatus())
                .isEqualTo(DemandStatus.ACTIVE);
        assertThat(datasets.export(hagi).demandPatterns()).anyMatch(p -> p.id().equals(code));
    }

    // --- a member's change of a planned request ---

    /** An active request of m01 for 20-24 July, planned in the published July plan. */
    private DemandPattern plannedRequest() {
        DemandPattern pattern = new DemandPattern(hagi, "pl-" + suffix, site, sorting);
        pattern.setFrom(LocalDate.of(2026, 7, 20));
        pattern.setTo(LocalDate.of(2026, 7, 24));
        pattern.setStart(LocalTime.of(8, 0));
        pattern.setEnd(LocalTime.of(17, 0));
        pattern.setBreakMinutes(60);
        pattern.setRequired(1);
        pattern.setPriority(3);
        pattern.setWeekdayList(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY));
        DemandPattern saved = patterns.save(pattern);
        Plan plan = julyPlan();
        edits.publish(hagi, plan.getId(), LocalDate.of(2026, 7, 15), "office");
        return saved;
    }

    private MockHttpServletRequestBuilder change(DemandPattern planned, long version) {
        return post("/member/demand/{id}", planned.getId()).param("code", planned.getCode())
                .param("siteId", site.getId().toString()).param("jobTypeId", sorting.getId().toString())
                .param("from", "2026-07-20").param("to", "2026-07-24").param("weekdays", "MONDAY", "WEDNESDAY")
                .param("start", "08:00").param("end", "17:00").param("breakMinutes", "60")
                .param("required", "2").param("optional", "0").param("priority", "3").param("skipHolidays", "true")
                .param("version", String.valueOf(version))
                .param("weatherFallback", "RAIN_TASK").param("rainTask", "倉庫で箱折り");
    }

    private long publishedRows() {
        return jdbc.queryForObject("select count(*) from published_assignment where cooperative_id = ?", Long.class,
                hagi);
    }

    private DemandPattern proposalOf(DemandPattern planned) {
        return patterns.findByCooperativeIdOrderByCode(hagi).stream()
                .filter(p -> planned.getId().equals(p.getReplacesId())).findFirst().orElse(null);
    }

    @Test
    void aChangeOfAPlannedRequestIsProposedComparedAndAcceptedOntoTheSamePattern() throws Exception {
        DemandPattern planned = plannedRequest();
        long publishedRows = publishedRows();
        mvc.perform(get("/member/demand/{id}", planned.getId()))
                .andExpect(content().string(containsString("data-status=\"locked\"")))
                .andExpect(content().string(containsString("変更を申請する")));

        mvc.perform(change(planned, planned.getVersion()).with(csrf()))
                .andExpect(redirectedUrl("/member/demand"))
                .andExpect(flash().attribute("flash", "memberportal.change.flash.proposed"));
        DemandPattern proposal = proposalOf(planned);
        assertThat(proposal).isNotNull();
        assertThat(proposal.getStatus()).isEqualTo(DemandStatus.PROPOSED);
        assertThat(proposal.getCode()).isEqualTo(planned.getCode() + "-chg1");
        assertThat(proposal.getRequired()).isEqualTo(2);
        // the planned request is untouched, the proposal is not demand
        DemandPattern unchanged = patterns.findByIdAndCooperativeId(planned.getId(), hagi).orElseThrow();
        assertThat(unchanged.getRequired()).isEqualTo(1);
        assertThat(unchanged.getVersion()).isEqualTo(planned.getVersion());
        assertThat(datasets.export(hagi).demandPatterns()).noneMatch(p -> p.id().equals(proposal.getCode()));
        mvc.perform(get("/member/demand"))
                .andExpect(content().string(containsString("変更申請中")))
                .andExpect(content().string(containsString("雨天時: 倉庫で箱折り")))
                .andExpect(content().string(not(containsString(">" + proposal.getCode() + "<"))));
        // the proposal is edited on the planned request's page, which shows it
        mvc.perform(get("/member/demand/{id}", proposal.getId()))
                .andExpect(redirectedUrl("/member/demand/" + planned.getId()));
        mvc.perform(get("/member/demand/{id}", planned.getId()))
                .andExpect(content().string(containsString("data-status=\"change-pending\"")))
                .andExpect(content().string(containsString("name=\"proposal\" value=\"" + proposal.getId() + "\"")));
        // a form opened before the proposal existed (another tab) does not overwrite it
        mvc.perform(change(planned, proposal.getVersion()).param("note", "古いタブ").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")));
        assertThat(proposalOf(planned).getNote()).isNull();

        // the secretariat sees it side by side and accepts it
        var office = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails("office"));
        String list = mvc.perform(get("/demand").param("q", "pl-" + suffix).with(office))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("「pl-" + suffix + "」の変更申請", "変更申請あり",
                "data-change-of=\"pl-" + suffix + "\"", "必須人数", "雨天時: 倉庫で箱折り");
        assertThat(list.replaceAll("\\s+", " "))
                .contains("<th scope=\"row\">必須人数</th> <td class=\"dm-before\">1</td> <td class=\"dm-after\">2</td>");
        mvc.perform(get("/demand/{id}", proposal.getId()).with(office))
                .andExpect(content().string(containsString("計画済みの依頼「pl-" + suffix + "」の変更申請です。")));
        // a stale page (the proposal changed since) is refused
        mvc.perform(post("/demand/{id}/accept", proposal.getId()).param("version", String.valueOf(proposal.getVersion() + 1))
                        .with(office).with(csrf()))
                .andExpect(flash().attribute("flashError", "memberportal.change.stale"));
        mvc.perform(post("/demand/{id}/accept", proposal.getId()).param("version", String.valueOf(proposal.getVersion()))
                        .param("originalVersion", String.valueOf(planned.getVersion() + 1)).with(office).with(csrf()))
                .andExpect(flash().attribute("flashError", "memberportal.change.stale"));
        // nor is a change accepted without saying which version of the planned pattern it was compared with
        mvc.perform(post("/demand/{id}/accept", proposal.getId()).param("version", String.valueOf(proposal.getVersion()))
                        .with(office).with(csrf()))
                .andExpect(flash().attribute("flashError", "memberportal.change.stale"));
        assertThat(patterns.findByIdAndCooperativeId(planned.getId(), hagi).orElseThrow().getRequired()).isEqualTo(1);

        mvc.perform(post("/demand/{id}/accept", proposal.getId()).param("version", String.valueOf(proposal.getVersion()))
                        .param("originalVersion", String.valueOf(planned.getVersion())).with(office).with(csrf()))
                .andExpect(flash().attribute("flash", "memberportal.change.accepted"));
        DemandPattern accepted = patterns.findByIdAndCooperativeId(planned.getId(), hagi).orElseThrow();
        assertThat(accepted.getCode()).isEqualTo(planned.getCode());
        assertThat(accepted.getRequired()).isEqualTo(2);
        assertThat(accepted.getStatus()).isEqualTo(DemandStatus.ACTIVE);
        assertThat(accepted.getWeatherFallback()).isEqualTo(jp.tsumugi.web.demand.WeatherFallback.RAIN_TASK);
        assertThat(accepted.getRainTask()).isEqualTo("倉庫で箱折り");
        assertThat(patterns.findByIdAndCooperativeId(proposal.getId(), hagi)).isEmpty();
        // the published roster is not re-planned by accepting
        assertThat(publishedRows()).isEqualTo(publishedRows);
        assertThat(datasets.export(hagi).demandPatterns()).filteredOn(p -> p.id().equals(planned.getCode()))
                .singleElement().satisfies(p -> assertThat(p.required()).isEqualTo(2));
    }

    @Test
    void aRejectedChangeIsDiscardedAndAnUnchangedFormProposesNothing() throws Exception {
        DemandPattern planned = plannedRequest();
        // saving the planned request as it is proposes nothing
        mvc.perform(params(post("/member/demand/{id}", planned.getId()), planned.getCode(), site, sorting,
                        "2026-07-20", "2026-07-24")
                        .param("version", String.valueOf(planned.getVersion())).with(csrf()))
                .andExpect(flash().attribute("flash", "memberportal.change.flash.unchanged"));
        assertThat(proposalOf(planned)).isNull();

        mvc.perform(change(planned, planned.getVersion()).with(csrf()))
                .andExpect(flash().attribute("flash", "memberportal.change.flash.proposed"));
        DemandPattern proposal = proposalOf(planned);
        var office = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails("office"));
        mvc.perform(post("/demand/{id}/reject", proposal.getId()).param("version", "7").with(office).with(csrf()))
                .andExpect(flash().attribute("flashError", "memberportal.change.stale"));
        assertThat(proposalOf(planned)).isNotNull();
        mvc.perform(post("/demand/{id}/reject", proposal.getId()).param("version", String.valueOf(proposal.getVersion()))
                        .with(office).with(csrf()))
                .andExpect(flash().attribute("flash", "memberportal.change.rejected"));
        assertThat(proposalOf(planned)).isNull();
        assertThat(patterns.findByIdAndCooperativeId(planned.getId(), hagi).orElseThrow().getRequired()).isEqualTo(1);
        // an active pattern is not a proposal to reject
        mvc.perform(post("/demand/{id}/reject", planned.getId()).param("version", String.valueOf(planned.getVersion()))
                        .with(office).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(patterns.findByIdAndCooperativeId(planned.getId(), hagi)).isPresent();
    }

    // --- weather fallback ---

    @Test
    void theWeatherFallbackIsCheckedByFieldAndShownOnTheRequestAndTheRoster() throws Exception {
        String code = "w-" + suffix;
        // the form offers the fallback, rendered to its end
        mvc.perform(get("/member/demand/new"))
                .andExpect(content().string(containsString("name=\"weatherFallback\"")))
                .andExpect(content().string(containsString("name=\"rainTask\"")))
                .andExpect(content().string(containsString("name=\"halfDayEnd\"")))
                .andExpect(content().string(containsString("</html>")));
        Site otherMembersSite = sites.findByCooperativeIdAndCode(hagi, "m02-s1").orElseThrow();
        mvc.perform(valid(post("/member/demand/new"), code).param("weatherFallback", "HALF_DAY")
                        .param("halfDayEnd", "17:30").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「雨天時の終了時刻」は開始（08:00）と終了（17:00）の間にしてください。")));
        mvc.perform(valid(post("/member/demand/new"), code).param("weatherFallback", "HALF_DAY").with(csrf()))
                .andExpect(content().string(containsString("半日の場合は「雨天時の終了時刻」を入力してください。")));
        mvc.perform(valid(post("/member/demand/new"), code).param("weatherFallback", "RAIN_TASK")
                        .param("rainTask", " ").with(csrf()))
                .andExpect(content().string(containsString("「雨天時の代替作業」の内容を入力してください。")));
        mvc.perform(valid(post("/member/demand/new"), code).param("weatherFallback", "RAIN_TASK")
                        .param("rainTask", "x").param("rainSiteId", otherMembersSite.getId().toString()).with(csrf()))
                .andExpect(content().string(containsString("「雨天時の作業場所」は同じ組合員の事業所から選んでください。")))
                // the form keeps what was typed
                .andExpect(content().string(containsString(">x</textarea>")));
        assertThat(patterns.findByCooperativeIdAndCode(hagi, code)).isEmpty();

        mvc.perform(valid(post("/member/demand/new"), code).param("weatherFallback", "HALF_DAY")
                        .param("halfDayEnd", "12:00").param("rainTask", "ignored").with(csrf()))
                .andExpect(status().is3xxRedirection());
        DemandPattern saved = patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
        assertThat(saved.getWeatherFallback()).isEqualTo(jp.tsumugi.web.demand.WeatherFallback.HALF_DAY);
        assertThat(saved.getHalfDayEnd()).isEqualTo(LocalTime.of(12, 0));
        assertThat(saved.getRainTask()).as("a half day keeps no rain task").isNull();
        mvc.perform(get("/member/demand"))
                .andExpect(content().string(containsString("雨天時: 半日（12:00まで）")));
        mvc.perform(get("/member/demand/{id}", saved.getId()))
                .andExpect(content().string(containsString("value=\"12:00\"")));

        // the roster shows the fallback of the request a slot belongs to
        DemandPattern tomato = patterns.findByCooperativeIdAndCode(hagi, "m01-s1-tomato-sorting").orElseThrow();
        transaction.executeWithoutResult(status -> patterns.findByIdAndCooperativeId(tomato.getId(), hagi).orElseThrow()
                .setWeather(jp.tsumugi.web.demand.WeatherFallback.RAIN_TASK, "選果場の清掃", null, null, null));
        try {
            julyPlan();
            mvc.perform(get("/member/roster").param("month", "2026-07"))
                    .andExpect(content().string(containsString("雨天時: 選果場の清掃")));
        } finally {
            transaction.executeWithoutResult(status -> patterns.findByIdAndCooperativeId(tomato.getId(), hagi).orElseThrow()
                    .setWeather(jp.tsumugi.web.demand.WeatherFallback.NONE, null, null, null, null));
        }
    }

    // --- actual hours ---

    @Test
    void actualHoursAreCheckedSavedAndLockedBySubmittingTheMonth() throws Exception {
        julyPlan();
        String key = "m01-s1-tomato-sorting@2026-07-13#0";
        mvc.perform(get("/member/actuals").param("month", "2026-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("長谷川 浩二")))
                .andExpect(content().string(containsString("value=\"" + key + "\"")))
                .andExpect(content().string(not(containsString("m05-"))));

        mvc.perform(actuals(key, "17:00", "08:00", "60").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("終業は始業より後にしてください。")));
        mvc.perform(actuals(key, "08:00", "09:00", "60").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("休憩は始業から終業までの時間より短くしてください。")));
        assertThat(count("actual_work")).isZero();

        mvc.perform(actuals(key, "08:10", "17:30", "50").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select worker_name, start_time, end_time, break_minutes, submitted_at "
                + "from actual_work where member_id = ?", m01.getId()))
                .containsEntry("worker_name", "長谷川 浩二")
                .containsEntry("break_minutes", 50)
                .containsEntry("submitted_at", null);

        mvc.perform(actuals(key, "08:00", "17:00", "60").param("submit", "true").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("actual_work_month")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from actual_work where member_id = ? and submitted_at is not null",
                Long.class, m01.getId())).isOne();
        mvc.perform(get("/member/actuals").param("month", "2026-07"))
                .andExpect(content().string(containsString("data-actuals=\"submitted\"")));
        mvc.perform(actuals(key, "09:00", "17:00", "60").with(csrf())).andExpect(status().isConflict());

        // a made-up row (another member's slot) is refused
        mvc.perform(post("/member/actuals").param("month", "2026-08")
                        .param("rows[0].key", "m05-s1-tomato-harvest@2026-07-14#0").param("rows[0].start", "08:00")
                        .param("rows[0].end", "17:00").param("rows[0].breakMinutes", "60").with(csrf()))
                .andExpect(status().isBadRequest());
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table + " where member_id = ?", Long.class, m01.getId());
    }

    private MockHttpServletRequestBuilder actuals(String key, String start, String end, String breakMinutes) {
        return post("/member/actuals").param("month", "2026-07").param("rows[0].key", key)
                .param("rows[0].start", start).param("rows[0].end", end).param("rows[0].breakMinutes", breakMinutes);
    }

    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

    private org.springframework.security.core.userdetails.UserDetails userDetails(String username) {
        return userDetailsService.loadUserByUsername(username);
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code) {
        return params(request, code, site, sorting, "2026-10-05", "2026-10-16");
    }

    private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String code,
            Site site, JobType jobType, String from, String to) {
        return params(request, code, site, jobType, from, to, "08:00", "17:00");
    }

    private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String code,
            Site site, JobType jobType, String from, String to, String start, String end) {
        return request.param("code", code)
                .param("siteId", site.getId().toString())
                .param("jobTypeId", jobType.getId().toString())
                .param("from", from).param("to", to)
                .param("weekdays", "MONDAY", "WEDNESDAY")
                .param("start", start).param("end", end).param("breakMinutes", "60")
                .param("required", "1").param("optional", "0").param("priority", "3")
                .param("skipHolidays", "true");
    }
}
