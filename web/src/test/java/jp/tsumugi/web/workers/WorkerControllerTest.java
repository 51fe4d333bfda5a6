package jp.tsumugi.web.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresSpringBootTest
@WithUserDetails("office")
class WorkerControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private WorkerSkillRepository workerSkills;

    @Autowired
    private SkillRepository skills;

    private long hagi;

    private String suffix;

    @BeforeEach
    void findDemo() {
        hagi = cooperatives.findByCode("hagi").orElseThrow().getId();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    /** Other tests read the demo's counts: take away what this test added to it. */
    @AfterEach
    void removeOwnWorkers() {
        workers.findByCooperativeIdOrderByCode(hagi).stream()
                .filter(worker -> worker.getCode().endsWith(suffix))
                .forEach(workers::delete);
    }

    @Test
    void listShowsTheDemoWorkers() throws Exception {
        mvc.perform(get("/workers"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("w01")))
                .andExpect(content().string(containsString("w05")))
                .andExpect(content().string(containsString("長谷川 浩二")))
                .andExpect(content().string(containsString("就労制限なし")));
    }

    @Test
    void searchNarrowsTheList() throws Exception {
        mvc.perform(get("/workers").param("q", "長谷川"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("w01")))
                .andExpect(content().string(not(containsString(">w02<"))));
    }

    @Test
    void creatingAValidWorkerSavesItInMinutesAndRedirects() throws Exception {
        String code = "t-" + suffix;
        mvc.perform(valid(post("/workers/new"), code).param("latitude", "34.41").param("longitude", "131.39")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/workers/*"));

        Worker saved = workers.findByCooperativeIdAndCode(hagi, code).orElseThrow();
        assertThat(saved.getName()).isEqualTo("試験 太郎");
        assertThat(saved.getMonthlyTargetMinutes()).isEqualTo(8130);
        assertThat(saved.getDailyCapMinutes()).isEqualTo(360);
        assertThat(saved.getMaxConsecutiveWorkDays()).isEqualTo(6);
    }

    @Test
    void aTakenCodeAndAnInvalidLocationAreFieldErrors() throws Exception {
        mvc.perform(valid(post("/workers/new"), "w01").param("latitude", "60").param("longitude", "131.39")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「コード」は別の職員が使っています。")))
                .andExpect(content().string(containsString("「自宅の緯度」は日本国内（20〜46）の値にしてください。")));
    }

    @Test
    void textInANumberFieldIsAJapaneseFieldError() throws Exception {
        mvc.perform(valid(post("/workers/new"), "n-" + suffix).param("latitude", "abc").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「自宅の緯度」は数値で入力してください。")));
    }

    @Test
    void editShowsSkillsWithTheExpiryBadgeAndPreferences() throws Exception {
        Worker w01 = workers.findByCooperativeIdAndCode(hagi, "w01").orElseThrow();
        mvc.perform(get("/workers/{id}", w01.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("普通自動車免許")))
                // stool-test is valid until 2027-03-31, the end of the demo's planning year
                .andExpect(content().string(containsString("計画年度中に期限切れ")))
                .andExpect(content().string(containsString("避けたい")));
    }

    @Test
    void aSkillValidUntilBeforeItsStartIsAFieldError() throws Exception {
        Worker worker = workers.save(new Worker(hagi, "s-" + suffix, "資格 試験", 8400));
        Skill skill = skills.findByCooperativeIdOrderByCode(hagi).get(0);
        mvc.perform(post("/workers/{id}/skills", worker.getId()).with(csrf())
                        .param("skillId", skill.getId().toString())
                        .param("validFrom", "2026-05-01")
                        .param("validUntil", "2026-04-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「有効期限」は有効期間の開始日以降にしてください。")));
        assertThat(workerSkills.findByCooperativeIdAndWorkerOrderByIdAsc(hagi, worker)).isEmpty();

        mvc.perform(post("/workers/{id}/skills", worker.getId()).with(csrf())
                        .param("skillId", skill.getId().toString())
                        .param("validFrom", "2026-05-01")
                        .param("validUntil", "2026-12-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(workerSkills.findByCooperativeIdAndWorkerOrderByIdAsc(hagi, worker)).hasSize(1);
    }

    @Test
    void aStaleVersionKeepsTheInputAndSaysSomeoneElseChangedIt() throws Exception {
        Worker worker = workers.save(new Worker(hagi, "v-" + suffix, "版 確認", 8400));
        worker.setName("別の人が変更");
        worker = workers.save(worker);
        assertThat(worker.getVersion()).isEqualTo(1);

        mvc.perform(valid(post("/workers/{id}", worker.getId()), "v-" + suffix, "私の入力")
                        .param("version", "0")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "他の人がこの間に変更しました。最新の内容を確認して、もう一度保存してください。")))
                .andExpect(content().string(containsString("value=\"私の入力\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(workers.findByIdAndCooperativeId(worker.getId(), hagi).orElseThrow().getName())
                .isEqualTo("別の人が変更");
    }

    @Test
    void aCurrentVersionSaves() throws Exception {
        Worker worker = workers.save(new Worker(hagi, "u-" + suffix, "更新 前", 8400));
        mvc.perform(valid(post("/workers/{id}", worker.getId()), "u-" + suffix, "更新 後")
                        .param("version", "0")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(workers.findByIdAndCooperativeId(worker.getId(), hagi).orElseThrow().getName())
                .isEqualTo("更新 後");
    }

    @Test
    void anotherCooperativesWorkerIsNotFound() throws Exception {
        Cooperative other = cooperatives.save(new Cooperative("other-w-" + suffix, "別の組合"));
        Worker theirs = workers.save(new Worker(other.getId(), "x01", "他組合 職員", 8400));

        mvc.perform(get("/workers/{id}", theirs.getId())).andExpect(status().isNotFound());
        mvc.perform(valid(post("/workers/{id}", theirs.getId()), "x01").param("version", "0").with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/workers").param("q", "他組合"))
                .andExpect(content().string(not(containsString("他組合 職員"))));
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code) {
        return valid(request, code, "試験 太郎");
    }

    private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String code,
            String name) {
        return request.param("code", code)
                .param("name", name)
                .param("residenceStatus", "UNRESTRICTED")
                .param("openEnded", "true")
                .param("monthlyTargetHours", "135.5")
                .param("dailyCapHours", "6")
                .param("legalRestDay", "SUNDAY")
                .param("maxConsecutiveWorkDays", "6");
    }
}
