package jp.tsumugi.web.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The contract papers on the demo cooperative (its members have a contract each over the year): the §26 summary, the
 * §35 notice and the §34 明示 read back from xlsx with POI, and the portals, where a member sees only the notices of
 * workers dispatched to it and a worker only their own 明示.
 *
 * <p>A published plan of the test's own: w01 (長谷川 浩二, born 1962, male) on two days at m01 (JA萩 三見営農センター),
 * w02 on one day at another member.
 */
@PostgresSpringBootTest
class ContractDocumentsTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 15);

    private static Long planId;

    private static String otherMember;

    private static LocalDate firstDay;

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private DispatchContractRepository contracts;

    private long demo() {
        return cooperatives.findByCode("hagi").orElseThrow().getId();
    }

    private UserDetails office() {
        return users.loadUserByUsername("office");
    }

    private synchronized long plan() {
        if (planId == null) {
            long c = demo();
            Plan plan = plans.save(new Plan(c, "contract papers", FROM, FROM.plusDays(6)));
            List<Slot> slots = rosters.load(c, plan.getId()).getSlots().stream()
                    .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
            List<Slot> atM01 = slots.stream().filter(s -> s.getMember().getId().equals("m01")).toList();
            Slot first = atM01.get(0);
            Slot second = atM01.stream().filter(s -> s.getDate().isAfter(first.getDate())).findFirst().orElseThrow();
            Slot elsewhere = slots.stream().filter(s -> !s.getMember().getId().equals("m01")).findFirst().orElseThrow();
            edits.assign(c, plan.getId(), first.getId(), "w01", false);
            edits.assign(c, plan.getId(), second.getId(), "w01", false);
            edits.assign(c, plan.getId(), elsewhere.getId(), "w02", false);
            edits.publish(c, plan.getId(), FROM.minusDays(1), "office");
            otherMember = elsewhere.getMember().getId();
            firstDay = first.getDate();
            planId = plan.getId();
        }
        return planId;
    }

    private Workbook xlsx(String url, UserDetails as, Object... params) throws Exception {
        var request = get(url).with(user(as));
        for (int i = 0; i < params.length; i += 2) {
            request.param((String) params[i], String.valueOf(params[i + 1]));
        }
        byte[] body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ContractsWorkbook.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    /** The cell in the value column of the row labelled {@code label}. */
    private static Cell value(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row.getCell(ContractsWorkbook.VALUE_COLUMN);
            }
        }
        throw new AssertionError("no row \"" + label + "\"");
    }

    private static String text(Sheet sheet, String label) {
        return value(sheet, label).getStringCellValue();
    }

    @Test
    void theContractSummaryHoldsTheSection26Items() throws Exception {
        DispatchContract m01 = contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(demo()).get(0);
        try (Workbook book = xlsx("/contracts/" + m01.getId() + "/summary.xlsx", office())) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("労働者派遣個別契約書 (第26条の記載事項)");
            assertThat(text(sheet, "派遣先 (組合員)")).isEqualTo("JA萩 三見営農センター");
            assertThat(text(sheet, "派遣期間")).isEqualTo("2026/04/01 〜 2027/03/31");
            assertThat(text(sheet, "契約締結日")).isEqualTo("2026/03/01");
            assertThat(text(sheet, "対象の作業パターン")).isEqualTo("この組合員のすべての作業パターン");
            assertThat(text(sheet, "就業時間 (始業・終業)")).contains("08:00〜17:00").contains("06:00〜15:00");
            assertThat(text(sheet, "指揮命令者")).isEqualTo("現場主任");
            assertThat(text(sheet, "派遣労働者の限定")).startsWith("無期雇用派遣労働者に限る");
            assertThat(text(sheet, "時間外労働 (派遣先の上限)")).isEqualTo("1日2時間、1か月20時間、1年200時間の範囲内");
        }
        mvc.perform(get("/contracts/" + m01.getId() + "/summary").with(user(office())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("労働者派遣個別契約書")))
                .andExpect(content().string(containsString("JA萩 三見営農センター 御中")));
    }

    @Test
    void theNoticeTellsTheMemberTheSection35ItemsOfTheWorker() throws Exception {
        long plan = plan();
        try (Workbook book = xlsx("/contracts/notice.xlsx", office(), "plan", plan, "month", "2026-06",
                "member", "m01", "worker", "w01")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("派遣先通知書 (第35条)");
            assertThat(sheet.getRow(0).getCell(ContractsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("JA萩 三見営農センター 御中");
            assertThat(text(sheet, "派遣労働者の氏名")).isEqualTo("長谷川 浩二");
            assertThat(text(sheet, "性別")).isEqualTo("男性");
            assertThat(text(sheet, "年齢 (45歳以上・18歳未満)")).isEqualTo("45歳以上");
            assertThat(text(sheet, "60歳以上か否か")).isEqualTo("該当");
            assertThat(text(sheet, "無期雇用・有期雇用の別")).isEqualTo("無期雇用");
            assertThat(text(sheet, "協定対象派遣労働者か否か")).isEqualTo("該当");
            assertThat(text(sheet, "健康保険の被保険者資格取得届の提出")).isEqualTo("有");
            assertThat(text(sheet, "就業日数")).isEqualTo("2");
            // the first working day as a date cell under the days' header
            Row header = null;
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals("日付")) {
                    header = row;
                }
            }
            assertThat(header).isNotNull();
            Cell date = sheet.getRow(header.getRowNum() + 1).getCell(0);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(firstDay);
        }
        mvc.perform(get("/contracts/documents").param("plan", String.valueOf(plan)).param("month", "2026-06")
                        .with(user(office())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("長谷川 浩二")))
                .andExpect(content().string(containsString("山田 拓也")))
                .andExpect(content().string(containsString("(この月から)")));
        // w02 did not work at m01
        mvc.perform(get("/contracts/notice").param("plan", String.valueOf(plan)).param("month", "2026-06")
                        .param("member", "m01").param("worker", "w02").with(user(office())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDisclosureGivesTheWorkerTheItemsAndTheFirstDayWithoutConflictDates() throws Exception {
        long plan = plan();
        try (Workbook book = xlsx("/contracts/disclosure.xlsx", office(), "plan", plan, "member", "m01",
                "worker", "w01")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("就業条件明示書 (第34条)");
            assertThat(sheet.getRow(0).getCell(ContractsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("長谷川 浩二 様");
            Cell first = value(sheet, "派遣先での初日");
            assertThat(DateUtil.isCellDateFormatted(first)).isTrue();
            assertThat(first.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(firstDay);
            assertThat(text(sheet, "業務の内容")).isNotBlank();
            assertThat(text(sheet, "苦情の申出先 (派遣元)")).isEqualTo("組合事務局（派遣元責任者）");
            assertThat(text(sheet, "派遣料金")).isEqualTo("1時間あたりの利用料金は組合の定めによる");
            assertThat(text(sheet, "1時間あたりの派遣料金 (組合の利用料金)")).matches("¥[0-9,]+");
            // open-ended: no 抵触日
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                assertThat(cell == null || cell.getCellType() != CellType.STRING
                        || !cell.getStringCellValue().contains("抵触日")).isTrue();
            }
        }
    }

    @Test
    void aMemberSeesOnlyTheNoticesOfWorkersDispatchedToIt() throws Exception {
        long plan = plan();
        UserDetails member = users.loadUserByUsername("member"); // m01
        mvc.perform(get("/member/notices").param("plan", String.valueOf(plan)).param("month", "2026-06")
                        .with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("長谷川 浩二")))
                .andExpect(content().string(not(containsString("山田 拓也"))));
        mvc.perform(get("/member/notice").param("plan", String.valueOf(plan)).param("month", "2026-06")
                        .param("worker", "w01").with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("派遣先通知書")))
                .andExpect(content().string(containsString("45歳以上")));
        // w02 worked at another member only
        mvc.perform(get("/member/notice").param("plan", String.valueOf(plan)).param("month", "2026-06")
                        .param("worker", "w02").with(user(member)))
                .andExpect(status().isNotFound());
        // a plan of another cooperative, or none at all
        mvc.perform(get("/member/notice").param("plan", "999999999").with(user(member)))
                .andExpect(status().isNotFound());
        // the secretariat's pages are not the member's
        mvc.perform(get("/contracts/notice").param("plan", String.valueOf(plan)).with(user(member)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkerSeesOnlyTheirOwnDisclosures() throws Exception {
        long plan = plan();
        UserDetails worker = users.loadUserByUsername("worker"); // w01
        mvc.perform(get("/worker/disclosures").with(user(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("JA萩 三見営農センター")));
        mvc.perform(get("/worker/disclosure").param("plan", String.valueOf(plan)).param("member", "m01")
                        .with(user(worker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("長谷川 浩二 様")))
                .andExpect(content().string(not(containsString("山田 拓也"))));
        // w01 has no work at the member w02 went to
        mvc.perform(get("/worker/disclosure").param("plan", String.valueOf(plan)).param("member", otherMember)
                        .with(user(worker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/contracts/disclosure").param("plan", String.valueOf(plan)).with(user(worker)))
                .andExpect(status().isForbidden());
    }
}
