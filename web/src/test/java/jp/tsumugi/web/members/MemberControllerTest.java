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

import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PostgresSpringBootTest
class MemberControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MemberRepository members;

    @Autowired
    private SiteRepository sites;

    private TestCooperatives.Secretariat own;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "members");
    }

    @Test
    @WithUserDetails("office")
    void listShowsTheDemoMembersTwentyToAPage() throws Exception {
        long demo = context.getBean(CooperativeRepository.class).findByCode("hagi").orElseThrow().getId();
        long count = members.countByCooperativeId(demo);
        mvc.perform(get("/members"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("組合員・利用者")))
                .andExpect(content().string(containsString("JA萩 三見営農センター")))
                .andExpect(content().string(containsString("1 / 2 ページ（全 " + count + " 件）")));
        mvc.perform(get("/members").param("page", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("JA萩 三見営農センター"))));
    }

    @Test
    @WithUserDetails("office")
    void liveSearchAnswersHtmxWithTheResultsOnly() throws Exception {
        mvc.perform(get("/members").param("q", "酒造").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("合名会社杉山酒造")))
                .andExpect(content().string(not(containsString("JA萩 三見営農センター"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void createsAMember() throws Exception {
        MvcResult saved = mvc.perform(post("/members").with(user(own.user())).with(csrf())
                        .param("code", "farm-1").param("name", "山田農園").param("kind", "NON_MEMBER"))
                .andExpect(redirectedUrl("/members"))
                .andExpect(flash().attributeExists("notice"))
                .andReturn();

        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "farm-1"))
                .hasValueSatisfying(m -> {
                    assertThat(m.getName()).isEqualTo("山田農園");
                    assertThat(m.getKind()).isEqualTo(MemberKind.NON_MEMBER);
                });
        mvc.perform(get("/members").with(user(own.user())).flashAttrs(saved.getFlashMap()))
                .andExpect(content().string(containsString("山田農園")))
                .andExpect(content().string(containsString("組合員以外")))
                .andExpect(content().string(containsString("「山田農園」を保存しました。")));
    }

    @Test
    void refusesAMemberWithoutCodeOrName() throws Exception {
        mvc.perform(post("/members").with(user(own.user())).with(csrf())
                        .param("code", " ").param("name", "").param("kind", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」は必須です。")))
                .andExpect(content().string(containsString("「名称」は必須です。")));
        mvc.perform(post("/members").with(user(own.user())).with(csrf())
                        .param("code", "a b").param("name", "x").param("kind", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」は半角英数字と _ . - だけで")));
        assertThat(members.countByCooperativeId(own.cooperativeId())).isZero();
    }

    @Test
    void refusesACodeThatIsTaken() throws Exception {
        members.save(new Member(own.cooperativeId(), "m1", "既存", MemberKind.MEMBER));

        mvc.perform(post("/members").with(user(own.user())).with(csrf())
                        .param("code", "m1").param("name", "新規").param("kind", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」m1 はすでに使われています。")));
        assertThat(members.countByCooperativeId(own.cooperativeId())).isEqualTo(1);
    }

    @Test
    void aCodeTakenInAnotherCooperativeIsFree() throws Exception {
        TestCooperatives.Secretariat other = TestCooperatives.create(context, "members-other");
        members.save(new Member(other.cooperativeId(), "same", "よそ", MemberKind.MEMBER));

        mvc.perform(post("/members").with(user(own.user())).with(csrf())
                        .param("code", "same").param("name", "うち").param("kind", "MEMBER"))
                .andExpect(redirectedUrl("/members"));
    }

    @Test
    void editsAMember() throws Exception {
        Member member = members.save(new Member(own.cooperativeId(), "m1", "旧名", MemberKind.MEMBER));

        mvc.perform(get("/members/{id}/edit", member.getId()).with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"旧名\"")));
        mvc.perform(post("/members/{id}", member.getId()).with(user(own.user())).with(csrf())
                        .param("code", "m1").param("name", "新名").param("kind", "RELATED_MUNICIPALITY")
                        .param("version", String.valueOf(member.getVersion())))
                .andExpect(redirectedUrl("/members"));

        assertThat(members.findByIdAndCooperativeId(member.getId(), own.cooperativeId()))
                .hasValueSatisfying(m -> assertThat(m.getName()).isEqualTo("新名"));
    }

    @Test
    void aStaleEditKeepsTheInputAndSaysSomeoneElseChangedIt() throws Exception {
        Member member = members.save(new Member(own.cooperativeId(), "m1", "旧名", MemberKind.MEMBER));
        long seen = member.getVersion();
        member.setName("他の人の変更");
        members.save(member);

        mvc.perform(post("/members/{id}", member.getId()).with(user(own.user())).with(csrf())
                        .param("code", "m1").param("name", "私の入力").param("kind", "MEMBER")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")))
                .andExpect(content().string(containsString("value=\"私の入力\"")));
        assertThat(members.findByIdAndCooperativeId(member.getId(), own.cooperativeId()))
                .hasValueSatisfying(m -> assertThat(m.getName()).isEqualTo("他の人の変更"));
    }

    @Test
    @WithUserDetails("office")
    void anotherCooperativesMemberIsNotFound() throws Exception {
        Member theirs = members.save(new Member(own.cooperativeId(), "m1", "よその組合員", MemberKind.MEMBER));

        mvc.perform(get("/members/{id}/edit", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}", theirs.getId()).with(csrf())
                        .param("code", "m1").param("name", "乗っ取り").param("kind", "MEMBER").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/members/{id}/delete", theirs.getId()).with(csrf())).andExpect(status().isNotFound());
        assertThat(members.findByIdAndCooperativeId(theirs.getId(), own.cooperativeId())).isPresent();
    }

    @Test
    void deletesAMemberWithoutSitesAndRefusesOneWithSites() throws Exception {
        Member free = members.save(new Member(own.cooperativeId(), "free", "空き", MemberKind.MEMBER));
        Member busy = members.save(new Member(own.cooperativeId(), "busy", "使用中", MemberKind.MEMBER));
        sites.save(new Site(own.cooperativeId(), "busy-s1", busy, "選果場", Industry.AGRICULTURE));

        mvc.perform(post("/members/{id}/delete", free.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/members"));
        MvcResult refused = mvc.perform(post("/members/{id}/delete", busy.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/members/" + busy.getId() + "/edit"))
                .andExpect(flash().attributeExists("problem"))
                .andReturn();
        mvc.perform(get("/members/{id}/edit", busy.getId()).with(user(own.user())).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("「使用中」には事業所が 1 件あるため削除できません。")));

        assertThat(members.findByIdAndCooperativeId(free.getId(), own.cooperativeId())).isEmpty();
        assertThat(members.findByIdAndCooperativeId(busy.getId(), own.cooperativeId())).isPresent();
    }

    @Test
    void aMemberWithActualHoursIsNeverDeletedTheLedgerDataStays() throws Exception {
        Member recorded = members.save(new Member(own.cooperativeId(), "recorded", "実績あり", MemberKind.MEMBER));
        var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        jdbc.update("INSERT INTO actual_work (cooperative_id, member_id, worker_code, worker_name, on_date, start_time,"
                + " end_time, break_minutes, recorded_at, recorded_by) VALUES (?, ?, 'w01', '派遣 太郎', DATE '2026-07-13',"
                + " TIME '08:00', TIME '17:00', 60, CURRENT_TIMESTAMP, 'member')", own.cooperativeId(), recorded.getId());

        MvcResult refused = mvc.perform(post("/members/{id}/delete", recorded.getId()).with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/members/" + recorded.getId() + "/edit"))
                .andReturn();
        mvc.perform(get("/members/{id}/edit", recorded.getId()).with(user(own.user())).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "「実績あり」は削除できません。この組合員には実績（派遣先管理台帳のデータ）が1日分あり")));
        assertThat(members.findByIdAndCooperativeId(recorded.getId(), own.cooperativeId())).isPresent();

        // the database itself keeps the records: no cascade from the member any more (V7)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("DELETE FROM member WHERE id = ?",
                recorded.getId())).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM actual_work WHERE member_id = ?", Long.class,
                recorded.getId())).isOne();
    }
}
