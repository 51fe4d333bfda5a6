package jp.tsumugi.web.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresSpringBootTest
@WithUserDetails("office")
class DemandControllerTest {

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
    private TransactionTemplate transaction;

    private long hagi;

    private Site site;

    private JobType sorting;

    private String suffix;

    @BeforeEach
    void findDemo() {
        hagi = cooperatives.findByCode("hagi").orElseThrow().getId();
        site = sites.findByCooperativeIdAndCode(hagi, "m01-s1").orElseThrow();
        sorting = jobTypes.findByCooperativeIdAndCode(hagi, "sorting").orElseThrow();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Other tests read the demo's counts: take away what this test added to it. */
    @AfterEach
    void removeOwnPatterns() {
        patterns.findByCooperativeIdOrderByCode(hagi).stream()
                .filter(pattern -> pattern.getCode().endsWith(suffix))
                .forEach(patterns::delete);
    }

    @Test
    void listShowsTheDemoPatternsTwentyAPage() throws Exception {
        mvc.perform(get("/demand"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("需要パターン")))
                .andExpect(content().string(containsString("次へ")));
        mvc.perform(get("/demand").param("q", "tomato-sorting"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("m01-s1-tomato-sorting")))
                .andExpect(content().string(containsString("JA萩 三見営農センター トマト選果場")));
    }

    @Test
    void listFiltersByMemberAndSite() throws Exception {
        Member m01 = members.findByCooperativeIdAndCode(hagi, "m01").orElseThrow();
        Site other = sites.findByCooperativeIdAndCode(hagi, "m01-s2").orElseThrow();
        mvc.perform(get("/demand").param("member", m01.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("m01-s1-tomato-sorting")));
        mvc.perform(get("/demand").param("site", other.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(">m01-s1-tomato-sorting<"))));
    }

    @Test
    void theFormDoesNotOfferProhibitedJobTypes() throws Exception {
        JobType prohibited = jobTypes.findByCooperativeIdAndCode(hagi, "site-prep").orElseThrow();
        assertThat(prohibited.isProhibited()).isTrue();
        mvc.perform(get("/demand/new"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + sorting.getId() + "\"")))
                .andExpect(content().string(not(containsString(prohibited.getName()))));
    }

    @Test
    void creatingAValidPatternSavesItAndRedirects() throws Exception {
        String code = "p-" + suffix;
        mvc.perform(valid(post("/demand/new"), code).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/demand/*"));

        transaction.executeWithoutResult(status -> {
            DemandPattern saved = patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
            assertThat(saved.getSite().getId()).isEqualTo(site.getId());
            assertThat(saved.getWeekdayList()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
            assertThat(saved.getStart()).isEqualTo(LocalTime.of(8, 0));
            assertThat(saved.getBreakMinutes()).isEqualTo(60);
            assertThat(saved.isSkipHolidays()).isTrue();
        });
    }

    @Test
    void endBeforeStartIsAFieldError() throws Exception {
        mvc.perform(valid(post("/demand/new"), "e-" + suffix, "17:00", "08:00", "60").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「終了時刻」は開始時刻より後にしてください。")));
    }

    @Test
    void aBreakAsLongAsTheShiftIsAFieldError() throws Exception {
        mvc.perform(valid(post("/demand/new"), "b-" + suffix, "08:00", "10:00", "120").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「休憩」は開始から終了までの時間より短くしてください。")));
    }

    @Test
    void aProhibitedJobTypeIsRefused() throws Exception {
        JobType prohibited = jobTypes.findByCooperativeIdAndCode(hagi, "site-prep").orElseThrow();
        mvc.perform(valid(post("/demand/new"), "j-" + suffix, prohibited).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("派遣禁止業務には派遣できません")));
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "j-" + suffix)).isEmpty();
    }

    @Test
    void datesOutsideThePlanningYearAndSlotSeparatorsInTheCodeAreFieldErrors() throws Exception {
        mvc.perform(valid(post("/demand/new"), "bad@code#1", "2026-07-13", "2027-04-30").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「終了日」は計画年度（2026-04-01〜2027-03-31）の中にしてください。")))
                .andExpect(content().string(containsString("@ と # は使えません")));
    }

    @Test
    void aStaleVersionKeepsTheInputAndTheCodeCannotChange() throws Exception {
        DemandPattern pattern = savedPattern("s-" + suffix);
        transaction.executeWithoutResult(status -> patterns.findByIdAndCooperativeId(pattern.getId(), hagi)
                .orElseThrow().setNote("別の人が変更"));
        assertThat(patterns.findByIdAndCooperativeId(pattern.getId(), hagi).orElseThrow().getVersion()).isEqualTo(1);

        mvc.perform(valid(post("/demand/{id}", pattern.getId()), "renamed-" + suffix)
                        .param("note", "私の入力したメモ")
                        .param("version", "0")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "他の人がこの間に変更しました。最新の内容を確認して、もう一度保存してください。")))
                .andExpect(content().string(containsString("私の入力したメモ")))
                .andExpect(content().string(containsString("value=\"s-" + suffix + "\"")));

        mvc.perform(valid(post("/demand/{id}", pattern.getId()), "renamed-" + suffix)
                        .param("version", "1")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "s-" + suffix)).isPresent();
        assertThat(patterns.findByCooperativeIdAndCode(hagi, "renamed-" + suffix)).isEmpty();
    }

    @Test
    void thePreviewCountsTwoWeeksOfWeekdaysLessTheHoliday() throws Exception {
        // 2026-07-13 (Mon) to 07-26 (Sun), Mon-Fri: ten days, less 海の日 on 07-20 (a demo holiday)
        mvc.perform(post("/demand/preview").with(csrf())
                        .param("from", "2026-07-13").param("to", "2026-07-26")
                        .param("weekdays", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")
                        .param("start", "08:00").param("end", "17:00").param("breakMinutes", "60")
                        .param("required", "2").param("optional", "1")
                        .param("skipHolidays", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-preview=\"days\">9<")))
                .andExpect(content().string(containsString("必須 18 ／ 任意 9")))
                .andExpect(content().string(containsString("144 時間")))
                .andExpect(content().string(containsString("2026-07-20")))
                .andExpect(content().string(containsString("祝日のため除いた日")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void anotherCooperativesPatternIsNotFound() throws Exception {
        Cooperative other = cooperatives.save(new Cooperative("other-d-" + suffix, "別の組合"));
        long c = other.getId();
        Member member = members.save(new Member(c, "m", "他組合 組合員", MemberKind.MEMBER));
        Site theirSite = sites.save(new Site(c, "s", member, "他組合 事業所", Industry.AGRICULTURE));
        JobType theirJob = jobTypes.save(new JobType(c, "j", "他組合 作業", JobCategory.ORDINARY));
        DemandPattern theirs = new DemandPattern(c, "theirs", theirSite, theirJob);
        theirs.setFrom(LocalDate.of(2026, 4, 1));
        theirs.setTo(LocalDate.of(2026, 4, 30));
        theirs.setStart(LocalTime.of(8, 0));
        theirs.setEnd(LocalTime.of(12, 0));
        theirs.setRequired(1);
        theirs.setPriority(3);
        theirs = patterns.save(theirs);

        mvc.perform(get("/demand/{id}", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(valid(post("/demand/{id}", theirs.getId()), "theirs").param("version", "0").with(csrf()))
                .andExpect(status().isNotFound());
        // their site cannot be used for our pattern either
        mvc.perform(params(post("/demand/new"), "x-" + suffix, theirSite, sorting, "2026-07-13", "2026-07-26",
                        "08:00", "17:00", "60").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「事業所」を選んでください。")));
    }

    private DemandPattern savedPattern(String code) throws Exception {
        mvc.perform(valid(post("/demand/new"), code).with(csrf())).andExpect(status().is3xxRedirection());
        return patterns.findByCooperativeIdAndCode(hagi, code).orElseThrow();
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code) {
        return valid(request, code, "08:00", "17:00", "60");
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code, String start,
            String end, String breakMinutes) {
        return params(request, code, sorting, "2026-07-13", "2026-07-26", start, end, breakMinutes);
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code, JobType jobType) {
        return params(request, code, jobType, "2026-07-13", "2026-07-26", "08:00", "17:00", "60");
    }

    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code, String from,
            String to) {
        return params(request, code, sorting, from, to, "08:00", "17:00", "60");
    }

    private MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String code, JobType jobType,
            String from, String to, String start, String end, String breakMinutes) {
        return params(request, code, site, jobType, from, to, start, end, breakMinutes);
    }

    private static MockHttpServletRequestBuilder params(MockHttpServletRequestBuilder request, String code,
            Site site, JobType jobType, String from, String to, String start, String end, String breakMinutes) {
        return request.param("code", code)
                .param("siteId", site.getId().toString())
                .param("jobTypeId", jobType.getId().toString())
                .param("from", from).param("to", to)
                .param("weekdays", "MONDAY", "WEDNESDAY")
                .param("start", start).param("end", end).param("breakMinutes", breakMinutes)
                .param("required", "1").param("optional", "0").param("priority", "3")
                .param("skipHolidays", "true");
    }
}
