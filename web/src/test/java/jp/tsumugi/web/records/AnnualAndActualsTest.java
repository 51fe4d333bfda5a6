package jp.tsumugi.web.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.memberportal.TestActuals;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents that read the members' actual hours, and the annual report, on a cooperative of its own loaded with the
 * {@code hagi} data: a solved and published week of May 2026, one member's May actuals entered and submitted through
 * the member portal's repositories, another member turned into a non-member user. Every figure is read back from the
 * xlsx with POI and compared with what the roster and the actuals add up to.
 */
@PostgresSpringBootTest
class AnnualAndActualsTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    /** The long actual day: 04:00–18:00 with a 60-minute break (780 minutes, 60 of them at night). */
    private static final int LONG_DAY = 780;

    /** Every other recorded day: 08:00–16:00 with a 60-minute break. */
    private static final int SHORT_DAY = 420;

    record Fixture(long coop, UserDetails office, long planId, List<Slot> slots, String actualMember,
            long actualMemberId, String nonMember, Map<String, Integer> actualByWorker, String longDayWorker,
            LocalDate longDay, UserDetails actualMemberLogin, UserDetails nonMemberLogin) {

        int actualMinutes() {
            return actualByWorker.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static Fixture fixture;

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
    private MemberRepository members;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwords;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    private synchronized Fixture fixture() throws Exception {
        if (fixture != null) {
            return fixture;
        }
        var office = TestCooperatives.create(context, "annual");
        long c = office.cooperativeId();
        try (InputStream in = getClass().getResourceAsStream("/datasets/hagi.json")) {
            datasets.replaceAll(c, DatasetReader.read(in).orElseThrow(), "imported");
        }
        jdbc.update("DELETE FROM plan_assignment WHERE cooperative_id = ?", c);
        jdbc.update("DELETE FROM plan WHERE cooperative_id = ?", c);
        // a roster is published only where a dispatch contract covers it
        jp.tsumugi.web.contracts.TestContracts.coverPlanningYear(context, c);

        Plan plan = plans.save(new Plan(c, "week", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        Roster solved = new RosterSolver().solve(rosters.load(c, plan.getId()),
                SolveLimits.spent(Duration.ofSeconds(2))).roster();
        rosters.save(c, plan.getId(), solved);
        edits.publish(c, plan.getId(), plan.getFrom().minusDays(1), "office");
        // newer plans that are not published: one over part of the same week (with nothing assigned), one in June
        plans.save(new Plan(c, "later draft", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 13)));
        plans.save(new Plan(c, "june draft", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 3)));

        List<Slot> slots = rosters.load(c, plan.getId()).getSlots().stream().filter(Slot::isAssigned)
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
        List<String> busiest = slots.stream()
                .collect(Collectors.groupingBy(s -> s.getMember().getId(), Collectors.summingInt(Slot::getNetMinutes)))
                .entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
        String actualCode = busiest.get(0);
        String nonMemberCode = busiest.get(1);
        Member actualMember = members.findByCooperativeIdAndCode(c, actualCode).orElseThrow();
        Member nonMember = members.findByCooperativeIdAndCode(c, nonMemberCode).orElseThrow();

        // the member records one day per worker and day it had, and submits May
        Map<String, List<Slot>> byWorkerDay = new java.util.LinkedHashMap<>();
        slots.stream().filter(s -> s.getMember().getId().equals(actualCode))
                .forEach(s -> byWorkerDay.computeIfAbsent(s.getWorker().getId() + "/" + s.getDate(),
                        k -> new ArrayList<>()).add(s));
        // the long day: a worker who works nowhere else that day, so the day's night minutes are the record's
        String longKey = byWorkerDay.keySet().stream().filter(key -> {
            String[] parts = key.split("/");
            return slots.stream().filter(s -> s.getWorker().getId().equals(parts[0])
                    && s.getDate().toString().equals(parts[1])).allMatch(s -> s.getMember().getId().equals(actualCode));
        }).findFirst().orElseThrow();
        Map<String, Integer> actualByWorker = new HashMap<>();
        for (Map.Entry<String, List<Slot>> day : byWorkerDay.entrySet()) {
            Slot first = day.getValue().get(0);
            Worker worker = workers.findByCooperativeIdAndCode(c, first.getWorker().getId()).orElseThrow();
            boolean isLong = day.getKey().equals(longKey);
            TestActuals.record(context, c, actualMember.getId(), worker.getId(), worker.getCode(), worker.getName(),
                    first.getDate(), isLong ? LocalTime.of(4, 0) : LocalTime.of(8, 0),
                    isLong ? LocalTime.of(18, 0) : LocalTime.of(16, 0), 60);
            actualByWorker.merge(worker.getCode(), isLong ? LONG_DAY : SHORT_DAY, Integer::sum);
        }
        TestActuals.submit(context, c, actualMember.getId(), MAY);
        jdbc.update("UPDATE member SET kind = 'NON_MEMBER' WHERE id = ?", nonMember.getId());

        fixture = new Fixture(c, office.user(), plan.getId(), slots, actualCode, actualMember.getId(), nonMemberCode,
                actualByWorker, longKey.split("/")[0], LocalDate.parse(longKey.split("/")[1]),
                memberLogin(c, actualMember), memberLogin(c, nonMember));
        return fixture;
    }

    private UserDetails memberLogin(long c, Member member) {
        String name = "annual-" + member.getCode() + "-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(c, name, passwords.encode("secret"), Role.MEMBER, member.getName());
        account.setMemberId(member.getId());
        accounts.save(account);
        return users.loadUserByUsername(name);
    }

    private Workbook xlsx(UserDetails login, String url, String... params) throws Exception {
        var request = get(url).with(user(login));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        byte[] body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", RecordsWorkbook.CONTENT_TYPE))
                .andReturn().getResponse().getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

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

    /** The row below the header cell {@code header} whose first cell is {@code text}. */
    private static Row rowAfter(Sheet sheet, String header, String text) {
        int from = find(sheet, header).getRowIndex();
        for (int i = from + 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row \"" + text + "\" after \"" + header + "\"");
    }

    private static double number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell).as("column " + column + " of row " + row.getRowNum()).isNotNull();
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private String name(long c, String memberCode) {
        return members.findByCooperativeIdAndCode(c, memberCode).orElseThrow().getName();
    }

    @Test
    void invoiceChargesTheActualHoursOnceTheMemberSubmittedTheMonth() throws Exception {
        Fixture f = fixture();
        long planned = f.slots().stream().filter(s -> s.getMember().getId().equals(f.actualMember()))
                .mapToLong(Slot::getNetMinutes).sum();
        long fee = rosters.load(f.coop(), f.planId()).getSettings().getFeePerHourYen();
        try (Workbook book = xlsx(f.office(), "/records/invoice.xlsx", "plan", String.valueOf(f.planId()), "member",
                f.actualMember(), "month", "2026-05")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "請求の基準").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .startsWith("実績時間 (組合員が 20");
            assertThat(number(find(sheet, "合計時間").getRow(), 7)).isEqualTo(f.actualMinutes() / 60.0);
            assertThat(number(find(sheet, "予定時間 (参考)").getRow(), RecordsWorkbook.VALUE_COLUMN))
                    .isEqualTo(planned / 60.0);
            long subtotal = Math.floorDiv(f.actualMinutes() * fee, 60);
            assertThat(number(find(sheet, "小計 (10%対象)").getRow(), 8)).isEqualTo(subtotal);
        }
        // a member that has not submitted is charged its planned hours
        long otherPlanned = f.slots().stream().filter(s -> s.getMember().getId().equals(f.nonMember()))
                .mapToLong(Slot::getNetMinutes).sum();
        try (Workbook book = xlsx(f.office(), "/records/invoice.xlsx", "plan", String.valueOf(f.planId()), "member",
                f.nonMember(), "month", "2026-05")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "請求の基準").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo("予定時間 (この月の実績が組合員から未提出のため)");
            assertThat(number(find(sheet, "合計時間").getRow(), 7)).isEqualTo(otherPlanned / 60.0);
        }
        mvc.perform(get("/records/invoice").with(user(f.office())).param("plan", String.valueOf(f.planId()))
                        .param("member", f.actualMember()).param("month", "2026-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("実績時間 (組合員が")))
                .andExpect(content().string(containsString("04:00")));
    }

    @Test
    void hoursReportShowsScheduledAndActualAndCountsOvertimeOnTheActualTimes() throws Exception {
        Fixture f = fixture();
        List<Slot> mine = f.slots().stream().filter(s -> s.getWorker().getId().equals(f.longDayWorker())).toList();
        long scheduledThatDay = mine.stream().filter(s -> s.getDate().equals(f.longDay()))
                .mapToLong(Slot::getNetMinutes).sum();
        long scheduled = mine.stream().mapToLong(Slot::getNetMinutes).sum();
        try (Workbook book = xlsx(f.office(), "/records/hours.xlsx", "plan", String.valueOf(f.planId()), "worker",
                f.longDayWorker(), "month", "2026-05")) {
            Sheet sheet = book.getSheetAt(0);
            int header = find(sheet, "日付").getRowIndex();
            Row day = sheet.getRow(header + f.longDay().getDayOfMonth());
            assertThat(day.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(f.longDay());
            assertThat(number(day, 6)).isEqualTo(scheduledThatDay / 60.0);
            assertThat(number(day, 11)).isEqualTo(LONG_DAY / 60.0);
            assertThat(day.getCell(12).getStringCellValue()).isEqualTo("実績");
            // 04:00–05:00 is night work; 13 hours in a day are at least 5 hours over the 8-hour day
            assertThat(number(day, 8)).isEqualTo(1.0);
            assertThat(number(day, 7)).isGreaterThanOrEqualTo(5.0);
            Row total = find(sheet, "合計").getRow();
            assertThat(number(total, 6)).isEqualTo(scheduled / 60.0);
            assertThat(number(total, 11)).isEqualTo(f.actualByWorker().get(f.longDayWorker()) / 60.0);
            assertThat(find(sheet, "時間外・深夜・休日労働は、組合員が実績を入力した日は実績の時刻で、それ以外の日は予定の時刻で計算しています。"))
                    .isNotNull();
        }
    }

    @Test
    void annualReportAddsUpTheInvoicedHoursPerWorkerAndMember() throws Exception {
        Fixture f = fixture();
        long c = f.coop();
        long fee = rosters.load(c, f.planId()).getSettings().getFeePerHourYen();
        // what the year is made of: the planned slots, except the submitted member's, which count as recorded
        Map<String, Long> byWorker = new HashMap<>(f.actualByWorker().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())));
        Map<String, Set<String>> servedBy = new HashMap<>();
        f.actualByWorker().keySet().forEach(w -> servedBy.computeIfAbsent(w, k -> new HashSet<>()).add(f.actualMember()));
        long nonMemberMinutes = 0;
        for (Slot slot : f.slots()) {
            if (slot.getMember().getId().equals(f.actualMember())) {
                continue;
            }
            byWorker.merge(slot.getWorker().getId(), (long) slot.getNetMinutes(), Long::sum);
            servedBy.computeIfAbsent(slot.getWorker().getId(), k -> new HashSet<>()).add(slot.getMember().getId());
            if (slot.getMember().getId().equals(f.nonMember())) {
                nonMemberMinutes += slot.getNetMinutes();
            }
        }
        long total = byWorker.values().stream().mapToLong(Long::longValue).sum();
        long targets = workers.findByCooperativeIdOrderByCode(c).stream()
                .mapToLong(Worker::getMonthlyTargetMinutes).sum();

        try (Workbook book = xlsx(f.office(), "/records/annual.xlsx", "year", "2026")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, "特定地域づくり事業 年間実績報告")).isNotNull();
            assertThat(find(sheet, "2026年度")).isNotNull();
            Row period = find(sheet, "対象期間").getRow();
            assertThat(period.getCell(RecordsWorkbook.VALUE_COLUMN).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(period.getCell(RecordsWorkbook.VALUE_COLUMN + 1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 3, 31));

            // by worker: hours and members served
            for (Worker worker : workers.findByCooperativeIdOrderByCode(c)) {
                Row row = rowAfter(sheet, "派遣先の数", worker.getName());
                assertThat(number(row, 1)).as(worker.getCode()).isEqualTo(byWorker.getOrDefault(worker.getCode(), 0L) / 60.0);
                assertThat(number(row, 2)).isEqualTo(12 * worker.getMonthlyTargetMinutes() / 60.0);
                assertThat(number(row, 4)).isEqualTo(servedBy.getOrDefault(worker.getCode(), Set.of()).size());
            }

            // by member: the submitted member on its actual hours, fees per invoice
            Row submitted = rowAfter(sheet, "実績による月数", name(c, f.actualMember()));
            int columns = submitted.getLastCellNum();
            assertThat(submitted.getCell(1).getStringCellValue()).isEqualTo("組合員");
            assertThat(number(submitted, columns - 5)).isEqualTo(f.actualMinutes() / 60.0);
            long subtotal = Math.floorDiv(f.actualMinutes() * fee, 60);
            assertThat(number(submitted, columns - 4)).isEqualTo(subtotal);
            assertThat(number(submitted, columns - 3)).isEqualTo(Math.floorDiv(subtotal * 10, 100));
            assertThat(number(submitted, columns - 1)).isEqualTo(1.0);
            Row nonMember = rowAfter(sheet, "実績による月数", name(c, f.nonMember()));
            assertThat(nonMember.getCell(1).getStringCellValue()).isEqualTo("員外利用者");
            assertThat(number(nonMember, columns - 5)).isEqualTo(nonMemberMinutes / 60.0);
            Row yearTotal = rowAfter(sheet, "実績による月数", "年度合計");
            assertThat(number(yearTotal, columns - 5)).isEqualTo(total / 60.0);

            // non-member use against the 20 % cap (no municipality allowance in the demo settings)
            Row share = find(sheet, "組合員の利用に対する員外利用の割合").getRow();
            assertThat(number(share, RecordsWorkbook.VALUE_COLUMN))
                    .isCloseTo((double) nonMemberMinutes / (total - nonMemberMinutes), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(number(share, RecordsWorkbook.VALUE_COLUMN + 1)).isEqualTo(0.2);
            assertThat(find(sheet, "上限との比較").getRow().getCell(RecordsWorkbook.VALUE_COLUMN).getStringCellValue())
                    .isEqualTo(nonMemberMinutes * 100 <= (total - nonMemberMinutes) * 20 ? "上限内" : "上限超過");

            // by month: May holds the year's hours against every worker's target
            Row may = rowAfter(sheet, "稼働率", "2026年5月");
            assertThat(number(may, 1)).isEqualTo(total / 60.0);
            assertThat(number(may, 2)).isEqualTo(targets / 60.0);
            assertThat(number(may, 3)).isCloseTo((double) total / targets, org.assertj.core.data.Offset.offset(1e-9));
            Row june = rowAfter(sheet, "稼働率", "2026年6月");
            assertThat(number(june, 1)).isZero();
        }
        mvc.perform(get("/records/annual").with(user(f.office())).param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("員外利用の割合")))
                .andExpect(content().string(containsString("公開版 第1版")))
                .andExpect(content().string(containsString(name(c, f.nonMember()))));
        mvc.perform(get("/records/annual").with(user(f.office())).param("year", "next"))
                .andExpect(status().isBadRequest());
        // a year without plans is an empty report, not an error
        try (Workbook book = xlsx(f.office(), "/records/annual.xlsx", "year", "2030")) {
            assertThat(find(book.getSheetAt(0), "この年度にかかる計画がありません。")).isNotNull();
        }
    }

    @Test
    void aMemberDownloadsItsOwnInvoiceOfAPublishedMonthOnly() throws Exception {
        Fixture f = fixture();
        String mine = name(f.coop(), f.actualMember());
        String theirs = name(f.coop(), f.nonMember());
        mvc.perform(get("/member/invoices").with(user(f.actualMemberLogin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/member/invoices/2026-05.xlsx")))
                .andExpect(content().string(not(containsString("/member/invoices/2026-06"))));
        mvc.perform(get("/member/invoices/2026-05").with(user(f.actualMemberLogin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(mine + " 御中")))
                .andExpect(content().string(containsString("実績時間 (組合員が")))
                .andExpect(content().string(not(containsString(theirs))));
        try (Workbook book = xlsx(f.actualMemberLogin(), "/member/invoices/2026-05.xlsx")) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(find(sheet, mine + " 御中")).isNotNull();
            assertThat(number(find(sheet, "合計時間").getRow(), 7)).isEqualTo(f.actualMinutes() / 60.0);
        }
        // the other member gets its own invoice for the same month, never the first one's
        mvc.perform(get("/member/invoices/2026-05").with(user(f.nonMemberLogin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(theirs + " 御中")))
                .andExpect(content().string(not(containsString(mine))));
        // June has only an unpublished draft; a month is a month
        mvc.perform(get("/member/invoices/2026-06").with(user(f.actualMemberLogin()))).andExpect(status().isNotFound());
        mvc.perform(get("/member/invoices/2026-06.xlsx").with(user(f.actualMemberLogin())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/member/invoices/May").with(user(f.actualMemberLogin()))).andExpect(status().isNotFound());
        // the secretariat has its own invoice pages
        mvc.perform(get("/member/invoices/2026-05").with(user(f.office()))).andExpect(status().isForbidden());
    }
}
