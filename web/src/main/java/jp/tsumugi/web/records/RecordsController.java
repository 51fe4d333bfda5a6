package jp.tsumugi.web.records;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat's documents for a plan and month: each as a printable page and as xlsx, and the roster as CSV.
 * Every parameter is optional (the newest plan, its first month, the first worker or member), so each address opens.
 */
@Controller
class RecordsController {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final RecordSource source;
    private final WorkerRepository workers;
    private final MemberRepository members;
    private final LedgerBuilder ledgers;
    private final Invoices invoices;
    private final HoursReportBuilder hoursReports;
    private final RecordsWorkbook workbook;
    private final RosterCsv csv;

    RecordsController(RecordSource source, WorkerRepository workers, MemberRepository members,
            LedgerBuilder ledgers, Invoices invoices, HoursReportBuilder hoursReports, RecordsWorkbook workbook,
            RosterCsv csv) {
        this.source = source;
        this.workers = workers;
        this.members = members;
        this.ledgers = ledgers;
        this.invoices = invoices;
        this.hoursReports = hoursReports;
        this.workbook = workbook;
        this.csv = csv;
    }

    @GetMapping("/records")
    String index(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, Model model) {
        long coop = user.getCooperativeId();
        List<Plan> plans = source.plans(coop);
        model.addAttribute("plans", plans);
        if (plans.isEmpty() && plan == null) {
            return "records/index";
        }
        Plan chosen = source.plan(coop, plan);
        YearMonth chosenMonth = RecordSource.month(month, chosen);
        RecordRoster roster = source.load(coop, chosen);
        addChoice(model, coop, chosen, chosenMonth);
        model.addAttribute("origin", roster.origin());
        model.addAttribute("monthSlots", roster.assignedIn(chosenMonth).size());
        return "records/index";
    }

    @GetMapping("/records/ledger")
    String ledger(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String worker, @RequestParam(required = false) String month, Model model) {
        Request request = request(user, plan, month);
        Worker chosen = worker(user, worker);
        addChoice(model, user.getCooperativeId(), request.plan(), request.month());
        model.addAttribute("worker", chosen);
        model.addAttribute("ledger", ledgers.build(request.roster(), request.month(), chosen));
        return "records/ledger";
    }

    @GetMapping("/records/ledger.xlsx")
    ResponseEntity<byte[]> ledgerXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String worker,
            @RequestParam(required = false) String month, Locale locale) {
        Request request = request(user, plan, month);
        Worker chosen = worker(user, worker);
        return xlsx("ledger-" + chosen.getCode() + "-" + request.month() + ".xlsx",
                workbook.ledger(ledgers.build(request.roster(), request.month(), chosen), locale));
    }

    @GetMapping("/records/invoice")
    String invoice(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String member, @RequestParam(required = false) String month, Model model) {
        Request request = request(user, plan, month);
        Member chosen = member(user, member);
        addChoice(model, user.getCooperativeId(), request.plan(), request.month());
        model.addAttribute("member", chosen);
        model.addAttribute("invoice", invoice(user, request, chosen));
        return "records/invoice";
    }

    @GetMapping("/records/invoice.xlsx")
    ResponseEntity<byte[]> invoiceXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String member,
            @RequestParam(required = false) String month, Locale locale) {
        Request request = request(user, plan, month);
        Member chosen = member(user, member);
        return xlsx("invoice-" + chosen.getCode() + "-" + request.month() + ".xlsx",
                workbook.invoice(invoice(user, request, chosen), locale));
    }

    @GetMapping("/records/hours")
    String hours(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String worker, @RequestParam(required = false) String month, Model model) {
        Request request = request(user, plan, month);
        Worker chosen = worker(user, worker);
        addChoice(model, user.getCooperativeId(), request.plan(), request.month());
        model.addAttribute("worker", chosen);
        model.addAttribute("report", hoursReports.build(request.roster(), request.month(), chosen));
        return "records/hours";
    }

    @GetMapping("/records/hours.xlsx")
    ResponseEntity<byte[]> hoursXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String worker,
            @RequestParam(required = false) String month, Locale locale) {
        Request request = request(user, plan, month);
        Worker chosen = worker(user, worker);
        return xlsx("hours-" + chosen.getCode() + "-" + request.month() + ".xlsx",
                workbook.hours(hoursReports.build(request.roster(), request.month(), chosen), locale));
    }

    /** The whole plan's roster, or one month's with {@code month}. */
    @GetMapping("/records/roster.csv")
    ResponseEntity<byte[]> rosterCsv(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(defaultValue = "worker") String by,
            @RequestParam(required = false) String month, Locale locale) {
        Plan chosen = source.plan(user.getCooperativeId(), plan);
        YearMonth onlyMonth = month == null || month.isBlank() ? null : RecordSource.month(month, chosen);
        RosterCsv.By order = switch (by) {
            case "worker" -> RosterCsv.By.WORKER;
            case "member" -> RosterCsv.By.MEMBER;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by must be worker or member");
        };
        byte[] body = csv.write(source.load(user.getCooperativeId(), chosen), order, onlyMonth, locale);
        String name = "roster-" + chosen.getId() + (onlyMonth == null ? "" : "-" + onlyMonth) + "-by-" + by + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    private record Request(Plan plan, YearMonth month, RecordRoster roster) {
    }

    private Request request(TsumugiUser user, Long planId, String month) {
        Plan plan = source.plan(user.getCooperativeId(), planId);
        return new Request(plan, RecordSource.month(month, plan), source.load(user.getCooperativeId(), plan));
    }

    private Invoice invoice(TsumugiUser user, Request request, Member member) {
        return invoices.of(user.getCooperativeId(), request.roster(), request.month(), member);
    }

    /** The worker with the code, or the first one; 404 when the cooperative has no such worker. */
    private Worker worker(TsumugiUser user, String code) {
        long coop = user.getCooperativeId();
        return (code == null || code.isBlank() ? workers.findByCooperativeIdOrderByCode(coop).stream().findFirst()
                : workers.findByCooperativeIdAndCode(coop, code.strip()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Member member(TsumugiUser user, String code) {
        long coop = user.getCooperativeId();
        return (code == null || code.isBlank() ? members.findByCooperativeIdOrderByCode(coop).stream().findFirst()
                : members.findByCooperativeIdAndCode(coop, code.strip()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** What the chooser at the top of each page offers. */
    private void addChoice(Model model, long coop, Plan plan, YearMonth month) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(plan.getFrom()); !m.isAfter(YearMonth.from(plan.getTo())); m = m.plusMonths(1)) {
            months.add(m);
        }
        model.addAttribute("plans", source.plans(coop));
        model.addAttribute("plan", plan);
        model.addAttribute("month", month);
        model.addAttribute("months", months);
        model.addAttribute("workers", workers.findByCooperativeIdOrderByCode(coop));
        model.addAttribute("members", members.findByCooperativeIdOrderByCode(coop));
    }

    private static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(RecordsWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
