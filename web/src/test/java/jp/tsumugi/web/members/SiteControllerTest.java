package jp.tsumugi.web.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@PostgresSpringBootTest
class SiteControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MemberRepository members;

    @Autowired
    private SiteRepository sites;

    @Autowired
    private SkillRepository skills;

    @Autowired
    private TransactionTemplate transaction;

    private TestCooperatives.Secretariat own;

    private Member member;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "sites");
        member = members.save(new Member(own.cooperativeId(), "m1", "三見農園", MemberKind.MEMBER));
    }

    @Test
    @WithUserDetails("office")
    void listShowsTheDemoSitesAndFiltersByMember() throws Exception {
        long demo = context.getBean(CooperativeRepository.class).findByCode("hagi").orElseThrow().getId();
        Member m02 = members.findByCooperativeIdAndCode(demo, "m02").orElseThrow();

        mvc.perform(get("/sites"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JA萩 三見営農センター トマト選果場")))
                .andExpect(content().string(containsString("農業")));
        mvc.perform(get("/sites").param("member", String.valueOf(m02.getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("トマト選果場"))))
                .andExpect(content().string(containsString(
                        sites.findByCooperativeIdAndMemberOrderByCode(demo, m02).get(0).getName())));
        mvc.perform(get("/sites").param("q", "だいこん").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("だいこん選別施設")))
                .andExpect(content().string(not(containsString("トマト選果場"))));
    }

    @Test
    void createsASiteWithSkillsAndLocation() throws Exception {
        Skill forklift = skills.save(new Skill(own.cooperativeId(), "forklift", "フォークリフト"));

        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "選果場").param("address", "山口県萩市三見")
                        .param("latitude", "34.4078").param("longitude", "131.3992")
                        .param("municipalityCode", "35204").param("industry", "AGRICULTURE")
                        .param("agricultureExempt", "true").param("skillIds", String.valueOf(forklift.getId())))
                .andExpect(redirectedUrl("/sites"))
                .andExpect(flash().attributeExists("notice"));

        transaction.executeWithoutResult(status -> assertThat(
                sites.findByCooperativeIdAndCode(own.cooperativeId(), "s1")).hasValueSatisfying(site -> {
                    assertThat(site.getMember().getId()).isEqualTo(member.getId());
                    assertThat(site.getLatitude()).isEqualTo(34.4078);
                    assertThat(site.getLongitude()).isEqualTo(131.3992);
                    assertThat(site.getIndustry()).isEqualTo(Industry.AGRICULTURE);
                    assertThat(site.isAgricultureExempt()).isTrue();
                    assertThat(site.getAddress()).isEqualTo("山口県萩市三見");
                    assertThat(site.getRequiredSkills()).extracting(Skill::getCode).containsExactly("forklift");
                }));
    }

    @Test
    void refusesCoordinatesOutsideJapanAndHalfAPair() throws Exception {
        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "選果場").param("latitude", "51.5").param("longitude", "131.4")
                        .param("industry", "AGRICULTURE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「緯度」は20〜46の範囲")));
        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "選果場").param("latitude", "34.4").param("industry", "AGRICULTURE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「緯度」と「経度」は両方入力するか")));
        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "").param("name", "選果場"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」は必須です。")))
                .andExpect(content().string(containsString("「組合員」を選んでください。")))
                .andExpect(content().string(containsString("「業種」を選んでください。")));
        assertThat(sites.countByCooperativeId(own.cooperativeId())).isZero();
    }

    @Test
    void refusesACodeThatIsTaken() throws Exception {
        sites.save(new Site(own.cooperativeId(), "s1", member, "既存", Industry.BREWERY));

        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "新規").param("industry", "BREWERY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」s1 はすでに使われています。")));
    }

    @Test
    void refusesAMemberOfAnotherCooperative() throws Exception {
        TestCooperatives.Secretariat other = TestCooperatives.create(context, "sites-other");
        Member theirs = members.save(new Member(other.cooperativeId(), "x", "よそ", MemberKind.MEMBER));

        mvc.perform(post("/sites").with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(theirs.getId()))
                        .param("name", "選果場").param("industry", "AGRICULTURE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「組合員」を選んでください。")));
        assertThat(sites.countByCooperativeId(own.cooperativeId())).isZero();
    }

    @Test
    void aStaleEditKeepsTheInput() throws Exception {
        Site site = sites.save(new Site(own.cooperativeId(), "s1", member, "旧名", Industry.BREWERY));
        long seen = site.getVersion();
        site.setName("他の人の変更");
        sites.save(site);

        mvc.perform(post("/sites/{id}", site.getId()).with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "私の入力").param("address", "私の住所").param("industry", "BREWERY")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")))
                .andExpect(content().string(containsString("value=\"私の入力\"")))
                .andExpect(content().string(containsString("value=\"私の住所\"")));
    }

    @Test
    void editsASite() throws Exception {
        Site site = sites.save(new Site(own.cooperativeId(), "s1", member, "旧名", Industry.BREWERY));

        mvc.perform(get("/sites/{id}/edit", site.getId()).with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"旧名\"")));
        mvc.perform(post("/sites/{id}", site.getId()).with(user(own.user())).with(csrf())
                        .param("code", "s1").param("memberId", String.valueOf(member.getId()))
                        .param("name", "新名").param("industry", "FOOD_PROCESSING")
                        .param("version", String.valueOf(site.getVersion())))
                .andExpect(redirectedUrl("/sites"));
        assertThat(sites.findByCooperativeIdAndCode(own.cooperativeId(), "s1"))
                .hasValueSatisfying(s -> assertThat(s.getIndustry()).isEqualTo(Industry.FOOD_PROCESSING));
    }

    @Test
    @WithUserDetails("office")
    void anotherCooperativesSiteIsNotFound() throws Exception {
        Site theirs = sites.save(new Site(own.cooperativeId(), "s1", member, "よその事業所", Industry.BREWERY));

        mvc.perform(get("/sites/{id}/edit", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(post("/sites/{id}/delete", theirs.getId()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void refusesToDeleteASiteWithDemand() throws Exception {
        Site busy = sites.save(new Site(own.cooperativeId(), "busy", member, "需要あり", Industry.AGRICULTURE));
        Site free = sites.save(new Site(own.cooperativeId(), "free", member, "需要なし", Industry.AGRICULTURE));
        JobType sorting = context.getBean(JobTypeRepository.class)
                .save(new JobType(own.cooperativeId(), "sorting", "選果", JobCategory.ORDINARY));
        DemandPattern pattern = new DemandPattern(own.cooperativeId(), "p1", busy, sorting);
        pattern.setFrom(LocalDate.of(2026, 4, 1));
        pattern.setTo(LocalDate.of(2026, 4, 30));
        pattern.setStart(LocalTime.of(8, 0));
        pattern.setEnd(LocalTime.of(17, 0));
        pattern.setBreakMinutes(60);
        pattern.setRequired(1);
        context.getBean(DemandPatternRepository.class).save(pattern);

        mvc.perform(post("/sites/{id}/delete", busy.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/sites/" + busy.getId() + "/edit"))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(post("/sites/{id}/delete", free.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/sites"));
        assertThat(sites.findByCooperativeIdAndCode(own.cooperativeId(), "busy")).isPresent();
        assertThat(sites.findByCooperativeIdAndCode(own.cooperativeId(), "free")).isEmpty();
    }
}
