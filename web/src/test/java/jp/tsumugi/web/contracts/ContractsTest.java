package jp.tsumugi.web.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.dataset.ContractRecordsException;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Dispatch contracts on a cooperative of the test's own (the hagi data, no contracts yet): publishing is refused for
 * every member and month without one, the form saves or names the field in error, the whole-year import is refused.
 */
@PostgresSpringBootTest
class ContractsTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private PublishedVersionRepository versions;

    @Autowired
    private MemberRepository members;

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private DispatchContractRepository contracts;

    @Autowired
    private ContractCoverage coverage;

    private static Dataset hagi() throws Exception {
        try (InputStream in = ContractsTest.class.getResourceAsStream("/datasets/hagi.json")) {
            return DatasetReader.read(in).orElseThrow();
        }
    }

    private TestCooperatives.Secretariat cooperative(String prefix) throws Exception {
        TestCooperatives.Secretariat own = TestCooperatives.create(context, prefix);
        datasets.replaceAll(own.cooperativeId(), hagi(), "imported");
        return own;
    }

    /** The first slot of the member on the date or later, in start order. */
    private static Slot firstOf(List<Slot> slots, String member, LocalDate onOrAfter) {
        return slots.stream().filter(s -> s.getMember().getId().equals(member) && !s.getDate().isBefore(onOrAfter))
                .min(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).orElseThrow();
    }

    private DispatchContract contract(long c, String memberCode, LocalDate from, LocalDate to) {
        Member member = members.findByCooperativeIdAndCode(c, memberCode).orElseThrow();
        DispatchContract contract = new DispatchContract(c, member);
        contract.setContractDate(from.minusDays(10));
        contract.setFrom(from);
        contract.setTo(to);
        contract.setJobContent("選果・箱詰め");
        return contracts.save(contract);
    }

    @Test
    void publishingIsRefusedForEveryMemberAndMonthWithoutAContractAndPublishesNothing() throws Exception {
        TestCooperatives.Secretariat own = cooperative("publish-contract");
        long c = own.cooperativeId();
        Plan plan = plans.save(new Plan(c, "july-august", LocalDate.of(2026, 7, 27), LocalDate.of(2026, 8, 2)));
        List<Slot> slots = rosters.load(c, plan.getId()).getSlots();
        Slot july = firstOf(slots, "m01", LocalDate.of(2026, 7, 27));
        Slot august = firstOf(slots, "m01", LocalDate.of(2026, 8, 1));
        Slot other = slots.stream().filter(s -> !s.getMember().getId().equals("m01")).findFirst().orElseThrow();
        edits.assign(c, plan.getId(), july.getId(), "w01", false);
        edits.assign(c, plan.getId(), august.getId(), "w02", false);
        edits.assign(c, plan.getId(), other.getId(), "w03", false);
        String m01 = july.getMember().getName();
        String otherName = other.getMember().getName();
        String otherMonth = other.getDate().getYear() + "年" + other.getDate().getMonthValue() + "月";

        MvcResult refused = mvc.perform(post("/plans/" + plan.getId() + "/publish").with(csrf()).with(user(own.user()))
                        .param("fixedUntil", "2026-07-31"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        @SuppressWarnings("unchecked")
        List<String> reasons = (List<String>) refused.getFlashMap().get("refusals");
        assertThat(reasons).containsExactlyInAnyOrder(
                m01 + ": 2026年7月 に有効な個別契約がありません",
                m01 + ": 2026年8月 に有効な個別契約がありません",
                otherName + ": " + otherMonth + " に有効な個別契約がありません");
        assertThat(versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(c, plan.getId())).isEmpty();
        // the page shows why, with a way to the contracts
        mvc.perform(get("/plans/" + plan.getId() + "/publish").with(user(own.user())).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(m01 + ": 2026年8月 に有効な個別契約がありません")))
                .andExpect(content().string(containsString("公開しませんでした")));

        // a contract for m01's July only: August and the other member are still refused
        contract(c, "m01", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
        assertThatThrownBy(() -> edits.publish(c, plan.getId(), LocalDate.of(2026, 7, 31), "office"))
                .isInstanceOfSatisfying(PlanEdits.PublishRefusedException.class, e -> assertThat(e.getRefusals())
                        .extracting(r -> r.arguments().get(0) + " " + r.arguments().get(2))
                        .containsExactlyInAnyOrder(m01 + " 8", otherName + " " + other.getDate().getMonthValue()));
        assertThat(versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(c, plan.getId())).isEmpty();

        // contracts for every member over the year: published
        TestContracts.coverPlanningYear(context, c);
        mvc.perform(post("/plans/" + plan.getId() + "/publish").with(csrf()).with(user(own.user()))
                        .param("fixedUntil", "2026-07-31"))
                .andExpect(redirectedUrl("/plans/" + plan.getId() + "/publish"))
                .andExpect(flash().attribute("flash", "publish.done"));
        assertThat(versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(c, plan.getId())).hasSize(1);

        // published work is a record: the year's contract may not be cut short so that August loses its cover
        DispatchContract year = contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(c).stream()
                .filter(k -> k.getMember().getCode().equals("m01") && k.getTo().equals(LocalDate.of(2027, 3, 31)))
                .findFirst().orElseThrow();
        mvc.perform(post("/contracts/" + year.getId()).with(csrf()).with(user(own.user()))
                        .param("version", String.valueOf(year.getVersion()))
                        .param("memberId", String.valueOf(year.getMember().getId())).param("contractDate", "2026-03-01")
                        .param("from", "2026-04-01").param("to", "2026-07-28").param("headcount", "1")
                        .param("allPatterns", "true").param("jobContent", "選果"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公開済みの勤務表の " + m01 + " での勤務 ("
                        + august.getDate().toString().replace('-', '/') + " など計1日)")));
        assertThat(contracts.findByIdAndCooperativeId(year.getId(), c).orElseThrow().getTo())
                .isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aContractForChosenPatternsCoversOnlyThoseAndOnlyInItsPeriod() throws Exception {
        TestCooperatives.Secretariat own = cooperative("chosen-patterns");
        long c = own.cooperativeId();
        Plan plan = plans.save(new Plan(c, "july", LocalDate.of(2026, 7, 13), LocalDate.of(2026, 7, 19)));
        List<Slot> m01 = rosters.load(c, plan.getId()).getSlots().stream()
                .filter(s -> s.getMember().getId().equals("m01") && s.getDate().isBefore(LocalDate.of(2026, 7, 16)))
                .toList();
        Slot sorting = m01.stream().filter(s -> s.getCover().getPatternId().equals("m01-s1-tomato-sorting"))
                .findFirst().orElseThrow();
        Slot loading = m01.stream().filter(s -> s.getCover().getPatternId().equals("m01-s1-tomato-loading"))
                .findFirst().orElseThrow();
        DispatchContract contract = contract(c, "m01", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));
        contract.setAllPatterns(false);
        contract.getPatterns().add(patterns.findByCooperativeIdAndCode(c, "m01-s1-tomato-sorting").orElseThrow());
        contracts.save(contract);

        mvc.perform(get("/contracts").with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("m01-s1-tomato-sorting")));
        ContractCoverage.Index index = coverage.index(c);
        assertThat(index.covering(sorting)).isPresent();
        assertThat(index.covering(loading)).isEmpty();
        assertThat(index.covering("m01", "m01-s1-tomato-sorting", LocalDate.of(2026, 7, 16))).isEmpty();
        assertThat(index.covering("m02", "m01-s1-tomato-sorting", LocalDate.of(2026, 7, 14))).isEmpty();
        // publishing asks the same question: an assigned slot of another pattern is a gap
        assertThat(coverage.gaps(c, List.of(sorting.withWorker(new jp.tsumugi.solver.domain.Worker("w01", "x")))))
                .isEmpty();
        assertThat(coverage.gaps(c, List.of(loading.withWorker(new jp.tsumugi.solver.domain.Worker("w01", "x")))))
                .extracting(ContractCoverage.Gap::memberCode).containsExactly("m01");
    }

    @Test
    void theFormSavesAContractAndNamesEveryFieldInError() throws Exception {
        TestCooperatives.Secretariat own = cooperative("contract-form");
        long c = own.cooperativeId();
        Member m01 = members.findByCooperativeIdAndCode(c, "m01").orElseThrow();
        DemandPattern ofM02 = patterns.findByCooperativeIdAndSiteMemberOrderByCode(c,
                members.findByCooperativeIdAndCode(c, "m02").orElseThrow()).get(0);

        // the new form drafts from the member's demand
        mvc.perform(get("/contracts/new").param("member", String.valueOf(m01.getId())).with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("08:00〜17:00")));
        // in English the drafted items are worded in English (message keys), not in hard-coded Japanese
        mvc.perform(get("/contracts/new").param("member", String.valueOf(m01.getId())).with(user(own.user()))
                        .cookie(new jakarta.servlet.http.Cookie("tsumugi-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("08:00-17:00")))
                .andExpect(content().string(containsString("Days named by the client among")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("派遣先の指定する日"))));

        mvc.perform(post("/contracts").with(csrf()).with(user(own.user()))
                        .param("memberId", String.valueOf(m01.getId())).param("contractDate", "2026-03-01")
                        .param("from", "2026-07-01").param("to", "2026-06-30").param("headcount", "0")
                        .param("allPatterns", "false").param("patternIds", String.valueOf(ofM02.getId()))
                        .param("jobContent", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「業務の内容」を入力してください。")))
                .andExpect(content().string(containsString("「派遣期間 (終了日)」が開始日より前です。")))
                .andExpect(content().string(containsString("「派遣労働者の人数」は1〜999で入力してください。")))
                .andExpect(content().string(containsString(ofM02.getCode() + " は " + m01.getName()
                        + " のパターンではありません")));
        assertThat(contracts.countByCooperativeId(c)).isZero();

        mvc.perform(post("/contracts").with(csrf()).with(user(own.user()))
                        .param("memberId", String.valueOf(m01.getId())).param("contractDate", "2026-03-01")
                        .param("from", "2026-04-01").param("to", "2027-03-31").param("headcount", "2")
                        .param("allPatterns", "true").param("jobContent", "トマトの選果・箱詰め")
                        .param("supervisor", "選果場長 山本").param("orgUnit", "選果場"))
                .andExpect(redirectedUrl("/contracts"));
        DispatchContract saved = contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(c).get(0);
        assertThat(saved.getSupervisor()).isEqualTo("選果場長 山本");
        assertThat(saved.getHeadcount()).isEqualTo(2);
        mvc.perform(get("/contracts").with(user(own.user())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(m01.getName())));

        // an edit from a stale version is refused, not saved over the newer one
        mvc.perform(post("/contracts/" + saved.getId()).with(csrf()).with(user(own.user()))
                        .param("version", String.valueOf(saved.getVersion() + 1))
                        .param("memberId", String.valueOf(m01.getId())).param("contractDate", "2026-03-01")
                        .param("from", "2026-04-01").param("to", "2027-03-31").param("headcount", "3")
                        .param("allPatterns", "true").param("jobContent", "変更"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間にこの契約を変更しました")));
        assertThat(contracts.findByIdAndCooperativeId(saved.getId(), c).orElseThrow().getJobContent())
                .isEqualTo("トマトの選果・箱詰め");
        // another cooperative's contract is not found
        mvc.perform(get("/contracts/" + saved.getId()).with(user(TestCooperatives.create(context, "contract-other").user())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anImportIsRefusedWhileTheCooperativeHasContracts() throws Exception {
        TestCooperatives.Secretariat own = cooperative("contract-import");
        TestContracts.coverPlanningYear(context, own.cooperativeId());
        assertThatThrownBy(() -> datasets.replaceAll(own.cooperativeId(), hagi(), "again"))
                .isInstanceOf(ContractRecordsException.class);
        assertThat(contracts.countByCooperativeId(own.cooperativeId())).isEqualTo(28);
    }
}
