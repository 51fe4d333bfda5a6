package jp.tsumugi.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.RosterSummary;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.members.TestCooperatives;
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
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents of a solved week of the demo cooperative, checked by reading the xlsx back with POI (values, not
 * bytes): totals are the slots' net minutes, tax is rounded down, names are the roster's.
 */
@PostgresSpringBootTest
@WithUserDetails("office")
class RecordsTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    /** One solved plan for the read-only tests (the context, and so the database, is shared). */
    private static Long solvedPlanId;

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
    private ApplicationContext context;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private jp.tsumugi.web.members.MemberRepository members;

    private long demo() {
        return cooperatives.findByCode("hagi").orElseThrow().getId();
    }

    private Plan solvedPlan(String name) {
        Plan plan = plans.save(new Plan(demo(), name, LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(demo(), plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(demo(), plan.getId(), solved);
        return plan;
    }

    private synchronized long plan() {
        if (solvedPlanId == null) {
            solvedPlanId = solvedPlan("records").getId();
        }
        return solvedPlanId;
    }

    private List<Slot> assigned(long planId) {
        return rosters.load(demo(), planId).getSlots().stream().filter(Slot::isAssigned).toList();
    }

    /** The code with the most minutes among the slots, by the given key. */
    private static String busiest(List<Slot> slots, java.util.function.Function<Slot, String> key) {
        return slots.stream().collect(Collectors.groupingBy(key, Collectors.summingInt(Slot::getNetMinutes)))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private Workbook xlsx(String url, Object... params) throws Exception {
        var request = get(url);
        for (int i = 0; i < params.length; i += 2) {
            request.param((String) params[i], String.valueOf(params[i + 1]));
        }
        byte[] body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", RecordsWorkbook.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    /** The first cell whose text is {@code text}. */
    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell \"" + text + "\"");
    }

    private static boolean contains(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The number in the row of the cell labelled {@code label}, in the given column. */
    private static double number(Sheet sheet, String label, int column) {
        Cell cell = find(sheet, label).getRow().getCell(column);
        assertThat(cell.getCellType()).as(label + " column " + column).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    @Test
    void ledgerListsTheWorkersDaysWithPlannedHoursThatAddUpToTheSlots() throws Exception {
        long plan = plan();
        List<Slot> slots = assigned(plan);
        String worker = busiest(slots, s -> s.getWorker().getId());
        List<Slot> mine = slots.stream().filter(s -> s.getWorker().getId().equals(worker))
                .sorted(Comparator.comparing(Slot::getStart)).toList();
        int minutes = mine.stream().mapToInt(Slot::getNetMinutes).sum();

        try (Workbook book = xlsx("/records/ledger.xlsx", "plan", plan, "worker", worker, "month", MAY)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "派遣元管理台帳")).isNotNull();
            assertThat(find(sheet, mine.get(0).getWorker().getName())).isNotNull();
            assertThat(number(sheet, "合計", 8)).isEqualTo(minutes / 60.0);
            // the first day: a real date cell, its planned hours a number
            Cell firstDate = find(sheet, "日付").getRow().getSheet().getRow(find(sheet, "日付").getRowIndex() + 1)
                    .getCell(0);
            assertThat(DateUtil.isCellDateFormatted(firstDate)).isTrue();
            assertThat(firstDate.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(mine.get(0).getDate());
            assertThat(firstDate.getRow().getCell(8).getNumericCellValue()).isEqualTo(mine.get(0).getNetMinutes() / 60.0);
            assertThat(find(sheet, "派遣先の名称").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo(mine.get(0).getMember().getName());
            // what the data does not hold is labelled, not invented
            assertThat(find(sheet, "教育訓練を行った日時と内容").getRow().getCell(RecordsWorkbook.VALUE_COLUMN)).isNull();
            assertThat(find(sheet, "教育訓練を行った日時と内容").getRow().getCell(RecordsWorkbook.NOTE_COLUMN)
                    .getStringCellValue()).contains("記録なし");
            // the supervisor and the organisational unit come from the dispatch contract covering the days
            assertThat(find(sheet, "指揮命令者").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("現場主任");
            assertThat(find(sheet, "組織単位").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("作業場");
            assertThat(find(sheet, "無期雇用・有期雇用の別").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue()).isEqualTo("無期雇用");
            assertThat(contains(sheet, "作業中の勤務表")).isTrue();
        }

        mvc.perform(get("/records/ledger").param("plan", String.valueOf(plan)).param("worker", worker)
                        .param("month", "2026-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("派遣元管理台帳")))
                .andExpect(content().string(containsString(mine.get(0).getWorker().getName())))
                .andExpect(content().string(containsString(mine.get(0).getSite().getName())))
                .andExpect(content().string(containsString("就業場所の所在地")));
    }

    @Test
    void ledgerShowsTheActualTimesTheMemberEntered() throws Exception {
        long plan = plan();
        List<Slot> slots = assigned(plan);
        String worker = busiest(slots, s -> s.getWorker().getId());
        Slot first = slots.stream().filter(s -> s.getWorker().getId().equals(worker))
                .min(Comparator.comparing(Slot::getStart)).orElseThrow();
        long memberId = members.findByCooperativeIdAndCode(demo(), first.getMember().getId()).orElseThrow().getId();
        // 07:50-17:20 with 45 min break: 525 minutes
        jdbc.update("""
                INSERT INTO actual_work (cooperative_id, member_id, worker_code, worker_name, on_date, start_time,
                    end_time, break_minutes, recorded_at, recorded_by)
                VALUES (?, ?, ?, ?, ?, '07:50', '17:20', 45, CURRENT_TIMESTAMP, 'test')""",
                demo(), memberId, worker, first.getWorker().getName(), first.getDate());
        try (Workbook book = xlsx("/records/ledger.xlsx", "plan", plan, "worker", worker, "month", MAY)) {
            Sheet sheet = book.getSheetAt(0);
            Row day = sheet.getRow(find(sheet, "日付").getRowIndex() + 1);
            assertThat(day.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.getDate());
            assertThat(day.getCell(9).getLocalDateTimeCellValue().toLocalTime()).isEqualTo(java.time.LocalTime.of(7, 50));
            assertThat(day.getCell(11).getNumericCellValue()).isEqualTo(45.0);
            assertThat(day.getCell(12).getNumericCellValue()).isEqualTo(525 / 60.0);
            assertThat(number(sheet, "合計", 12)).isEqualTo(525 / 60.0);
        } finally {
            jdbc.update("DELETE FROM actual_work WHERE cooperative_id = ? AND recorded_by = 'test'", demo());
        }
        assertThat(Ledger.netMinutes(java.time.LocalTime.of(22, 0), java.time.LocalTime.of(6, 0), 60)).isEqualTo(420);
    }

    @Test
    void invoiceChargesHoursTimesFeeWithTaxRoundedDown() throws Exception {
        long plan = plan();
        List<Slot> slots = assigned(plan);
        String member = busiest(slots, s -> s.getMember().getId());
        List<Slot> theirs = slots.stream().filter(s -> s.getMember().getId().equals(member)).toList();
        long minutes = theirs.stream().mapToLong(Slot::getNetMinutes).sum();
        long fee = rosters.load(demo(), plan).getSettings().getFeePerHourYen();
        long subtotal = minutes * fee / 60;
        long tax = (long) Math.floor(subtotal * 0.1);

        try (Workbook book = xlsx("/records/invoice.xlsx", "plan", plan, "member", member, "month", MAY)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "請求書")).isNotNull();
            assertThat(find(sheet, theirs.get(0).getMember().getName() + " 御中")).isNotNull();
            assertThat(number(sheet, "合計時間", 7)).isEqualTo(minutes / 60.0);
            assertThat(number(sheet, "利用料金単価 (円/時間)", RecordsWorkbook.VALUE_COLUMN)).isEqualTo(fee);
            assertThat(number(sheet, "小計 (10%対象)", 8)).isEqualTo(subtotal);
            assertThat(number(sheet, "消費税 (10%)", 8)).isEqualTo(tax);
            assertThat(number(sheet, "ご請求金額 (税込)", 8)).isEqualTo(subtotal + tax);
            assertThat(find(sheet, "登録番号 (インボイス)").getRow().getCell(RecordsWorkbook.VALUE_COLUMN)).isNull();
        }
    }

    @Test
    void invoiceCarriesTheRegistrationNumberFromTheSettings() throws Exception {
        long plan = plan();
        mvc.perform(post("/records/settings").with(csrf()).param("invoiceRegistrationNumber", "T12345")
                        .param("consumptionTaxPercent", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("13桁")));
        mvc.perform(post("/records/settings").with(csrf()).param("invoiceRegistrationNumber", "T1234567890123")
                        .param("consumptionTaxPercent", "10").param("paymentNote", "山口銀行 萩支店 普通 1234567"))
                .andExpect(status().is3xxRedirection());
        try (Workbook book = xlsx("/records/invoice.xlsx", "plan", plan, "member", "m01", "month", MAY)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "請求書 (適格請求書)")).isNotNull();
            assertThat(find(sheet, "登録番号 (インボイス)").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("T1234567890123");
            assertThat(find(sheet, "山口銀行 萩支店 普通 1234567")).isNotNull();
        } finally {
            mvc.perform(post("/records/settings").with(csrf()).param("invoiceRegistrationNumber", "")
                    .param("consumptionTaxPercent", "10"));
        }
    }

    @Test
    void hoursReportTotalsAreThePlanSummarysAndTheLimitsAreShown() throws Exception {
        long plan = plan();
        Roster roster = rosters.load(demo(), plan);
        RosterSummary summary = RosterSummary.of(roster);
        String worker = busiest(assigned(plan), s -> s.getWorker().getId());
        var figures = summary.workerMonths().entrySet().stream().filter(e -> e.getKey().getId().equals(worker))
                .findFirst().orElseThrow().getValue().get(MAY);

        try (Workbook book = xlsx("/records/hours.xlsx", "plan", plan, "worker", worker, "month", MAY)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "勤務時間月報")).isNotNull();
            assertThat(number(sheet, "合計", 6)).isEqualTo(figures.workMinutes() / 60.0);
            assertThat(number(sheet, "合計", 7)).isEqualTo(figures.overtimeMinutes() / 60.0);
            assertThat(number(sheet, "合計", 8)).isEqualTo(figures.nightMinutes() / 60.0);
            assertThat(number(sheet, "合計", 9)).isEqualTo(figures.holidayMinutes() / 60.0);
            assertThat(number(sheet, "当月の時間外労働", RecordsWorkbook.VALUE_COLUMN + 1)).isEqualTo(45.0);
            assertThat(number(sheet, "当年度の時間外労働 (累計)", RecordsWorkbook.VALUE_COLUMN + 1)).isEqualTo(360.0);
            // every day of May is listed
            int header = find(sheet, "日付").getRowIndex();
            assertThat(sheet.getRow(header + 31).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 5, 31));
            // demo workers were hired 2024-04-01 with 11 days: the leave year from 2025-10-01 has the 5-day duty
            assertThat(find(sheet, "年休の年度").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 10, 1));
            assertThat(number(sheet, "付与日数", RecordsWorkbook.VALUE_COLUMN)).isEqualTo(11.0);
        }
        mvc.perform(get("/records/hours").param("plan", String.valueOf(plan)).param("worker", worker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("36協定の上限との比較")))
                .andExpect(content().string(containsString("年5日の取得義務")));
    }

    @Test
    void warningsStartAtEightyPercentOfALimit() {
        assertThat(new HoursReport.Limit("x", 35 * 60, 45 * 60, false).level()).isEqualTo(HoursReport.Level.OK);
        assertThat(new HoursReport.Limit("x", 36 * 60, 45 * 60, false).level()).isEqualTo(HoursReport.Level.WARNING);
        assertThat(new HoursReport.Limit("x", 45 * 60, 45 * 60, false).level()).isEqualTo(HoursReport.Level.WARNING);
        assertThat(new HoursReport.Limit("x", 45 * 60 + 1, 45 * 60, false).level()).isEqualTo(HoursReport.Level.OVER);
        // below 100 h: reaching it is already over
        assertThat(new HoursReport.Limit("x", 100 * 60, 100 * 60, true).level()).isEqualTo(HoursReport.Level.OVER);
        assertThat(Invoice.tax(12_345, 10)).isEqualTo(1_234);
        assertThat(Invoice.fee(45, 1_500)).isEqualTo(1_125);
    }

    @Test
    void csvOpensInJapaneseExcel() throws Exception {
        long plan = plan();
        List<Slot> slots = assigned(plan);
        for (String by : List.of("worker", "member")) {
            byte[] body = mvc.perform(get("/records/roster.csv").param("plan", String.valueOf(plan)).param("by", by))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(Arrays.copyOf(body, 3)).isEqualTo(RosterCsv.BOM);
            String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n");
            List<String> lines = List.of(text.split("\r\n"));
            assertThat(lines).hasSize(1 + slots.size());
            assertThat(lines.get(0)).startsWith("日付,開始,終了,休憩(分),時間,職員コード,職員氏名,組合員コード,組合員名");
            assertThat(lines.get(1)).endsWith(",作業中 (未公開)");
            int column = by.equals("worker") ? 5 : 7;
            List<String> keys = lines.subList(1, lines.size()).stream().map(l -> l.split(",")[column]).toList();
            assertThat(keys).isSorted();
        }
        assertThat(RosterCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(RosterCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(RosterCsv.field("=cmd")).isEqualTo("'=cmd");
        assertThat(RosterCsv.field("萩")).isEqualTo("萩");
    }

    @Test
    void documentsFollowTheLatestPublishedVersionNotLaterEdits() throws Exception {
        Plan plan = solvedPlan("records-published");
        List<Slot> published = assigned(plan.getId());
        edits.publish(demo(), plan.getId(), plan.getFrom().minusDays(1), "office");
        Slot changed = published.get(0);
        edits.assign(demo(), plan.getId(), changed.getId(), null, false); // an edit after publishing

        byte[] body = mvc.perform(get("/records/roster.csv").param("plan", String.valueOf(plan.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).hasSize(1 + published.size());
        assertThat(text).contains(",公開版 第1版\r\n");

        mvc.perform(get("/records/ledger").param("plan", String.valueOf(plan.getId()))
                        .param("worker", changed.getWorker().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公開版 第1版")));
    }

    @Test
    void anotherCooperativesPlanIsNotFound() throws Exception {
        var other = TestCooperatives.create(context, "records");
        long theirs = plans.save(new Plan(other.cooperativeId(), "theirs", LocalDate.of(2026, 5, 11),
                LocalDate.of(2026, 5, 17))).getId();
        for (String url : List.of("/records", "/records/ledger", "/records/ledger.xlsx", "/records/invoice",
                "/records/invoice.xlsx", "/records/hours", "/records/hours.xlsx", "/records/roster.csv")) {
            mvc.perform(get(url).param("plan", String.valueOf(theirs))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/records/ledger").param("plan", String.valueOf(plan())).param("worker", "nobody"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/records/ledger").param("plan", String.valueOf(plan())).param("month", "May"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void membersAndWorkersAreRefused() throws Exception {
        long plan = plan();
        for (String login : List.of("member", "worker")) {
            for (String url : List.of("/records", "/records/ledger.xlsx", "/records/invoice", "/records/hours.xlsx",
                    "/records/roster.csv", "/records/settings")) {
                mvc.perform(get(url).param("plan", String.valueOf(plan)).with(user(users.loadUserByUsername(login))))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void theIndexOffersEveryDocumentOfThePlanAndMonth() throws Exception {
        long plan = plan();
        mvc.perform(get("/records").param("plan", String.valueOf(plan)).param("month", "2026-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/records/ledger?plan=" + plan + "&amp;worker=w01&amp;month=2026-05")))
                .andExpect(content().string(containsString("/records/invoice.xlsx?plan=" + plan)))
                .andExpect(content().string(containsString("/records/roster.csv?plan=" + plan + "&amp;by=member")));
    }
}
