package jp.tsumugi.web.jobtypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PostgresSpringBootTest
class JobTypeControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JobTypeRepository jobTypes;

    @Autowired
    private SkillRepository skills;

    private TestCooperatives.Secretariat own;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "jobtypes");
    }

    @Test
    @WithUserDetails("office")
    void listShowsTheDemoTypesAndMarksProhibitedWork() throws Exception {
        mvc.perform(get("/job-types"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("選果・選別")))
                .andExpect(content().string(containsString("地拵え・植栽")))
                .andExpect(content().string(containsString("md-tag--prohibited")))
                .andExpect(content().string(containsString("どの職員も派遣できません")));
    }

    @Test
    void createsAProhibitedTypeWithSkills() throws Exception {
        Skill licence = skills.save(new Skill(own.cooperativeId(), "guard", "警備員検定"));

        mvc.perform(post("/job-types").with(user(own.user())).with(csrf())
                        .param("code", "security").param("name", "警備").param("category", "PROHIBITED")
                        .param("skillIds", String.valueOf(licence.getId())))
                .andExpect(redirectedUrl("/job-types"))
                .andExpect(flash().attributeExists("notice"));

        assertThat(jobTypes.findWithSkillsByCooperativeIdOrderByCode(own.cooperativeId()))
                .singleElement().satisfies(type -> {
                    assertThat(type.isProhibited()).isTrue();
                    assertThat(type.getRequiredSkills()).extracting(Skill::getCode).containsExactly("guard");
                });
    }

    @Test
    void refusesAMissingNameAndATakenCode() throws Exception {
        jobTypes.save(new JobType(own.cooperativeId(), "sorting", "選果", JobCategory.ORDINARY));

        mvc.perform(post("/job-types").with(user(own.user())).with(csrf())
                        .param("code", "packing").param("name", "").param("category", "ORDINARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「名称」は必須です。")));
        mvc.perform(post("/job-types").with(user(own.user())).with(csrf())
                        .param("code", "sorting").param("name", "選別").param("category", "ORDINARY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」sorting はすでに使われています。")));
        assertThat(jobTypes.countByCooperativeId(own.cooperativeId())).isEqualTo(1);
    }

    @Test
    void aStaleEditKeepsTheInput() throws Exception {
        JobType type = jobTypes.save(new JobType(own.cooperativeId(), "sorting", "選果", JobCategory.ORDINARY));
        long seen = type.getVersion();
        type.setName("他の人の変更");
        jobTypes.save(type);

        mvc.perform(post("/job-types/{id}", type.getId()).with(user(own.user())).with(csrf())
                        .param("code", "sorting").param("name", "私の入力").param("category", "ORDINARY")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")))
                .andExpect(content().string(containsString("value=\"私の入力\"")));
    }

    @Test
    void editsAType() throws Exception {
        JobType type = jobTypes.save(new JobType(own.cooperativeId(), "sorting", "選果", JobCategory.ORDINARY));

        mvc.perform(get("/job-types/{id}/edit", type.getId()).with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"選果\"")));
        mvc.perform(post("/job-types/{id}", type.getId()).with(user(own.user())).with(csrf())
                        .param("code", "sorting").param("name", "選果・選別").param("category", "ORDINARY")
                        .param("version", String.valueOf(type.getVersion())))
                .andExpect(redirectedUrl("/job-types"));
        assertThat(jobTypes.findByCooperativeIdAndCode(own.cooperativeId(), "sorting"))
                .hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo("選果・選別"));
    }

    @Test
    @WithUserDetails("office")
    void anotherCooperativesTypeIsNotFound() throws Exception {
        JobType theirs = jobTypes.save(new JobType(own.cooperativeId(), "x", "よそ", JobCategory.ORDINARY));

        mvc.perform(get("/job-types/{id}/edit", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(post("/job-types/{id}/delete", theirs.getId()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void refusesToDeleteATypeWithDemand() throws Exception {
        JobType busy = jobTypes.save(new JobType(own.cooperativeId(), "busy", "需要あり", JobCategory.ORDINARY));
        JobType free = jobTypes.save(new JobType(own.cooperativeId(), "free", "需要なし", JobCategory.ORDINARY));
        Member member = context.getBean(MemberRepository.class)
                .save(new Member(own.cooperativeId(), "m1", "農園", MemberKind.MEMBER));
        Site site = context.getBean(SiteRepository.class)
                .save(new Site(own.cooperativeId(), "s1", member, "圃場", Industry.AGRICULTURE));
        DemandPattern pattern = new DemandPattern(own.cooperativeId(), "p1", site, busy);
        pattern.setFrom(LocalDate.of(2026, 4, 1));
        pattern.setTo(LocalDate.of(2026, 4, 30));
        pattern.setStart(LocalTime.of(8, 0));
        pattern.setEnd(LocalTime.of(17, 0));
        pattern.setRequired(1);
        context.getBean(DemandPatternRepository.class).save(pattern);

        mvc.perform(post("/job-types/{id}/delete", busy.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/job-types/" + busy.getId() + "/edit"))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(post("/job-types/{id}/delete", free.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/job-types"));
        assertThat(jobTypes.findByCooperativeIdAndCode(own.cooperativeId(), "busy")).isPresent();
        assertThat(jobTypes.findByCooperativeIdAndCode(own.cooperativeId(), "free")).isEmpty();
    }
}
