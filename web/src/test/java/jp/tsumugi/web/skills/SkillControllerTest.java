package jp.tsumugi.web.skills;

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

import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.TestCooperatives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PostgresSpringBootTest
class SkillControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SkillRepository skills;

    private TestCooperatives.Secretariat own;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "skills");
    }

    @Test
    @WithUserDetails("office")
    void listShowsTheDemoSkills() throws Exception {
        mvc.perform(get("/skills"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("資格・免許")))
                .andExpect(content().string(containsString("普通自動車免許")));
    }

    @Test
    void createsASkill() throws Exception {
        mvc.perform(post("/skills").with(user(own.user())).with(csrf())
                        .param("code", "food-hygiene").param("name", "食品衛生責任者"))
                .andExpect(redirectedUrl("/skills"))
                .andExpect(flash().attributeExists("notice"));
        assertThat(skills.findByCooperativeIdAndCode(own.cooperativeId(), "food-hygiene"))
                .hasValueSatisfying(s -> assertThat(s.getName()).isEqualTo("食品衛生責任者"));
    }

    @Test
    void refusesAMissingCodeAndATakenCode() throws Exception {
        skills.save(new Skill(own.cooperativeId(), "driving", "普通免許"));

        mvc.perform(post("/skills").with(user(own.user())).with(csrf()).param("code", "").param("name", "免許"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」は必須です。")));
        mvc.perform(post("/skills").with(user(own.user())).with(csrf())
                        .param("code", "driving").param("name", "免許"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」driving はすでに使われています。")));
        assertThat(skills.countByCooperativeId(own.cooperativeId())).isEqualTo(1);
    }

    @Test
    void aStaleEditKeepsTheInput() throws Exception {
        Skill skill = skills.save(new Skill(own.cooperativeId(), "driving", "普通免許"));
        long seen = skill.getVersion();
        skill.setName("他の人の変更");
        skills.save(skill);

        mvc.perform(post("/skills/{id}", skill.getId()).with(user(own.user())).with(csrf())
                        .param("code", "driving").param("name", "私の入力").param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")))
                .andExpect(content().string(containsString("value=\"私の入力\"")));
    }

    @Test
    void editsASkill() throws Exception {
        Skill skill = skills.save(new Skill(own.cooperativeId(), "driving", "普通免許"));

        mvc.perform(post("/skills/{id}", skill.getId()).with(user(own.user())).with(csrf())
                        .param("code", "driving").param("name", "普通自動車免許")
                        .param("version", String.valueOf(skill.getVersion())))
                .andExpect(redirectedUrl("/skills"));
        assertThat(skills.findByCooperativeIdAndCode(own.cooperativeId(), "driving"))
                .hasValueSatisfying(s -> assertThat(s.getName()).isEqualTo("普通自動車免許"));
    }

    @Test
    @WithUserDetails("office")
    void anotherCooperativesSkillIsNotFound() throws Exception {
        Skill theirs = skills.save(new Skill(own.cooperativeId(), "x", "よその資格"));

        mvc.perform(get("/skills/{id}/edit", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(post("/skills/{id}", theirs.getId()).with(csrf()).param("code", "x").param("name", "y")
                .param("version", "0")).andExpect(status().isNotFound());
    }

    @Test
    void refusesToDeleteASkillThatIsRequired() throws Exception {
        Skill used = skills.save(new Skill(own.cooperativeId(), "forklift", "フォークリフト"));
        Skill unused = skills.save(new Skill(own.cooperativeId(), "unused", "未使用"));
        JobType type = new JobType(own.cooperativeId(), "lifting", "荷役", JobCategory.ORDINARY);
        type.getRequiredSkills().add(used);
        context.getBean(JobTypeRepository.class).save(type);

        mvc.perform(post("/skills/{id}/delete", used.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/skills/" + used.getId() + "/edit"))
                .andExpect(flash().attributeExists("problem"));
        mvc.perform(post("/skills/{id}/delete", unused.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/skills"));
        assertThat(skills.findByCooperativeIdAndCode(own.cooperativeId(), "forklift")).isPresent();
        assertThat(skills.findByCooperativeIdAndCode(own.cooperativeId(), "unused")).isEmpty();
    }
}
