package jp.tsumugi.web.contracts;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.contracts.ContractPapers.Disclosure;
import jp.tsumugi.web.contracts.ContractPapers.DisclosureRow;
import jp.tsumugi.web.contracts.ContractPapers.Notice;
import jp.tsumugi.web.contracts.ContractPapers.NoticeRow;
import jp.tsumugi.web.contracts.PublishedRosters.Published;
import jp.tsumugi.web.plans.Plan;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The secretariat's month of contract paperwork from a published plan: the §35 notices (member × worker) and the §34
 * 明示 (worker × member, with the first day), each as a printable page and xlsx. Parameters are optional: the newest
 * published plan, its first month with work, the first notice of the month.
 */
@Controller
class ContractDocumentsController {

    private final PublishedRosters published;
    private final ContractDocuments documents;
    private final ContractsWorkbook workbook;

    ContractDocumentsController(PublishedRosters published, ContractDocuments documents, ContractsWorkbook workbook) {
        this.published = published;
        this.documents = documents;
        this.workbook = workbook;
    }

    /** A request's plan and month; {@code roster} empty when the cooperative has published nothing. */
    record Request(List<Plan> plans, Plan plan, YearMonth month, List<YearMonth> months, Optional<Published> roster) {
    }

    /** The plan (newest published by default) and month (its first with work by default); 404 for a plan not ours. */
    static Request request(PublishedRosters published, long c, Long planId, String month) {
        List<Plan> plans = published.publishedPlans(c);
        Plan plan = planId == null ? plans.stream().findFirst().orElse(null)
                : plans.stream().filter(p -> p.getId().equals(planId)).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (plan == null) {
            return new Request(plans, null, null, List.of(), Optional.empty());
        }
        Optional<Published> roster = published.load(c, plan);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(plan.getFrom()); !m.isAfter(YearMonth.from(plan.getTo())); m = m.plusMonths(1)) {
            months.add(m);
        }
        YearMonth chosen;
        if (month == null || month.isBlank()) {
            chosen = roster.flatMap(r -> r.assigned().stream().findFirst()).map(s -> YearMonth.from(s.getDate()))
                    .orElse(months.get(0));
        } else {
            try {
                chosen = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM");
            }
        }
        return new Request(plans, plan, chosen, months, roster);
    }

    static void addChoice(Model model, Request request) {
        model.addAttribute("plans", request.plans());
        model.addAttribute("plan", request.plan());
        model.addAttribute("month", request.month());
        model.addAttribute("months", request.months());
    }

    @GetMapping("/contracts/documents")
    String index(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, Model model) {
        Request request = request(published, user.getCooperativeId(), plan, month);
        addChoice(model, request);
        model.addAttribute("notices", request.roster().map(r -> documents.notices(r, request.month(), null))
                .orElse(List.of()));
        model.addAttribute("disclosures", request.roster().map(r -> documents.disclosures(r, request.month(), null))
                .orElse(List.of()));
        return "contracts/documents";
    }

    @GetMapping("/contracts/notice")
    String notice(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, @RequestParam(required = false) String member,
            @RequestParam(required = false) String worker, Model model) {
        Request request = request(published, user.getCooperativeId(), plan, month);
        addChoice(model, request);
        model.addAttribute("notice", notice(user.getCooperativeId(), request, member, worker).orElse(null));
        return "contracts/notice";
    }

    @GetMapping("/contracts/notice.xlsx")
    ResponseEntity<byte[]> noticeXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String month,
            @RequestParam(required = false) String member, @RequestParam(required = false) String worker,
            Locale locale) {
        Request request = request(published, user.getCooperativeId(), plan, month);
        Notice notice = notice(user.getCooperativeId(), request, member, worker)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ContractController.xlsx("notice-" + notice.memberCode() + "-" + notice.workerCode() + "-"
                + notice.month() + ".xlsx", workbook.notice(notice, locale));
    }

    @GetMapping("/contracts/disclosure")
    String disclosure(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, @RequestParam(required = false) String member,
            @RequestParam(required = false) String worker, Model model) {
        Request request = request(published, user.getCooperativeId(), plan, month);
        addChoice(model, request);
        model.addAttribute("disclosure", disclosure(user.getCooperativeId(), request, member, worker).orElse(null));
        return "contracts/disclosure";
    }

    @GetMapping("/contracts/disclosure.xlsx")
    ResponseEntity<byte[]> disclosureXlsx(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String month,
            @RequestParam(required = false) String member, @RequestParam(required = false) String worker,
            Locale locale) {
        Request request = request(published, user.getCooperativeId(), plan, month);
        Disclosure disclosure = disclosure(user.getCooperativeId(), request, member, worker)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ContractController.xlsx("disclosure-" + disclosure.workerCode() + "-" + disclosure.memberCode()
                + ".xlsx", workbook.disclosure(disclosure, locale));
    }

    /**
     * The notice named by member and worker code (404 when that worker has no published day at that member in the
     * month), or the month's first one when neither is named (empty when the month has none).
     */
    private Optional<Notice> notice(long c, Request request, String member, String worker) {
        if (request.roster().isEmpty()) {
            if (blank(member) && blank(worker)) {
                return Optional.empty();
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Published roster = request.roster().get();
        Optional<NoticeRow> row = documents.notices(roster, request.month(), blank(member) ? null : member.strip())
                .stream().filter(r -> blank(worker) || r.workerCode().equals(worker.strip())).findFirst();
        if (row.isEmpty()) {
            if (blank(member) && blank(worker)) {
                return Optional.empty();
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return documents.notice(c, roster, request.month(), row.get().memberCode(), row.get().workerCode());
    }

    private Optional<Disclosure> disclosure(long c, Request request, String member, String worker) {
        if (request.roster().isEmpty()) {
            if (blank(member) && blank(worker)) {
                return Optional.empty();
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Published roster = request.roster().get();
        if (!blank(member) && !blank(worker)) {
            return Optional.of(documents.disclosure(c, roster, member.strip(), worker.strip())
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        }
        Optional<DisclosureRow> row = documents.disclosures(roster, request.month(), blank(worker) ? null : worker.strip())
                .stream().filter(r -> blank(member) || r.memberCode().equals(member.strip())).findFirst();
        if (row.isEmpty()) {
            if (blank(member) && blank(worker)) {
                return Optional.empty();
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return documents.disclosure(c, roster, row.get().memberCode(), row.get().workerCode());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
