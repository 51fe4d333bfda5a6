package jp.tsumugi.web.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Import and export. Imports go into a cooperative of the test's own: the demo is shared by other tests. */
@PostgresSpringBootTest
class DataControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private MemberRepository members;

    @Autowired
    private WorkerRepository workers;

    private TestCooperatives.Secretariat own;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "data");
    }

    private static byte[] hagi() throws Exception {
        try (InputStream in = DataControllerTest.class.getResourceAsStream("/datasets/hagi.json")) {
            return in.readAllBytes();
        }
    }

    private MockMultipartFile file(byte[] json) {
        return new MockMultipartFile("file", "year.json", "application/json", json);
    }

    @Test
    @WithUserDetails("office")
    void exportsTheDemoYearAsAValidDatasetFile() throws Exception {
        mvc.perform(get("/data"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1年分をダウンロード")));
        MvcResult result = mvc.perform(get("/data/export"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("tsumugi-hagi-")))
                .andReturn();

        assertThat(DatasetReader.read(result.getResponse().getContentAsByteArray()).isValid()).isTrue();
    }

    @Test
    void aValidFileIsConfirmedThenReplacesTheYear() throws Exception {
        members.save(new Member(own.cooperativeId(), "old", "前からの組合員", MemberKind.MEMBER));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(multipart("/data/import").file(file(hagi())).session(session).with(user(own.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1年分を置き換えますか？")))
                .andExpect(content().string(containsString("すべて置き換える")));
        // Nothing changes before the confirmation.
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "old")).isPresent();

        DataController.PendingImport pending = (DataController.PendingImport) session.getAttribute(DataController.PENDING);
        MvcResult done = mvc.perform(post("/data/import/confirm").param("token", pending.token()).session(session)
                        .with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/data"))
                .andExpect(flash().attributeExists("notice"))
                .andReturn();

        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "old")).isEmpty();
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m01")).isPresent();
        assertThat(workers.countByCooperativeId(own.cooperativeId())).isEqualTo(5);
        mvc.perform(get("/data").with(user(own.user())).flashAttrs(done.getFlashMap()))
                .andExpect(content().string(containsString("取り込みました: 資格 4、作業の種類 20、組合員 28")));
    }

    @Test
    void anInvalidFileListsEveryProblemByPathAndChangesNothing() throws Exception {
        members.save(new Member(own.cooperativeId(), "old", "前からの組合員", MemberKind.MEMBER));
        ObjectMapper json = new ObjectMapper();
        ObjectNode dataset = (ObjectNode) json.readTree(hagi());
        ((ObjectNode) dataset.withArray("sites").get(0)).put("member", "nobody");

        mvc.perform(multipart("/data/import").file(file(json.writeValueAsBytes(dataset)))
                        .with(user(own.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("$.sites[0].member")))
                .andExpect(content().string(containsString("nobody")))
                .andExpect(content().string(containsString("何も変更していません。")));
        mvc.perform(multipart("/data/import").file(file("{ not json".getBytes()))
                        .with(user(own.user())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("何も変更していません。")));

        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "old")).isPresent();
        assertThat(members.countByCooperativeId(own.cooperativeId())).isEqualTo(1);
    }

    @Test
    void aYearWithPublishedRostersIsNotReplaced() throws Exception {
        Plan plan = context.getBean(PlanRepository.class)
                .save(new Plan(own.cooperativeId(), "plan", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        context.getBean(PublishedVersionRepository.class)
                .save(new PublishedVersion(plan, 1, OffsetDateTime.now(), "office", LocalDate.of(2026, 4, 30)));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/data/import").file(file(hagi())).session(session).with(user(own.user())).with(csrf()))
                .andExpect(status().isOk());
        DataController.PendingImport pending = (DataController.PendingImport) session.getAttribute(DataController.PENDING);

        MvcResult refused = mvc.perform(post("/data/import/confirm").param("token", pending.token()).session(session)
                        .with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/data"))
                .andExpect(flash().attributeExists("problem"))
                .andReturn();

        mvc.perform(get("/data").with(user(own.user())).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("公開済みの勤務表があります。")));
        assertThat(members.countByCooperativeId(own.cooperativeId())).isZero();
    }

    @Test
    void aConfirmationWithoutACheckedFileChangesNothing() throws Exception {
        members.save(new Member(own.cooperativeId(), "old", "前からの組合員", MemberKind.MEMBER));

        mvc.perform(post("/data/import/confirm").param("token", "made-up").with(user(own.user())).with(csrf()))
                .andExpect(redirectedUrl("/data"))
                .andExpect(flash().attributeExists("problem"));
        assertThat(members.countByCooperativeId(own.cooperativeId())).isEqualTo(1);
    }
}
