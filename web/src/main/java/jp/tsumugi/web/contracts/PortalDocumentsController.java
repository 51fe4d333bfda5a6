package jp.tsumugi.web.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.contracts.ContractDocumentsController.Request;
import jp.tsumugi.web.contracts.ContractPapers.DisclosureRow;
import jp.tsumugi.web.contracts.ContractPapers.NoticeRow;
import jp.tsumugi.web.contracts.PublishedRosters.Published;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only pages in the portals: a member sees the §35 notices of the workers dispatched to it (its own published
 * roster only); a worker sees their own §34 明示. The member and the worker come from the login, never from the
 * request: another member's notice or another worker's 明示 is simply not found.
 */
@Controller
class PortalDocumentsController {

    private final PublishedRosters published;
    private final ContractDocuments documents;
    private final MemberRepository members;
    private final WorkerRepository workers;

    PortalDocumentsController(PublishedRosters published, ContractDocuments documents, MemberRepository members,
            WorkerRepository workers) {
        this.published = published;
        this.documents = documents;
        this.members = members;
        this.workers = workers;
    }

    @GetMapping("/member/notices")
    String memberNotices(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, Model model) {
        Member member = member(user);
        Request request = ContractDocumentsController.request(published, user.getCooperativeId(), plan, month);
        ContractDocumentsController.addChoice(model, request);
        model.addAttribute("notices", request.roster()
                .map(r -> documents.notices(r, request.month(), member.getCode())).orElse(List.of()));
        return "contracts/member-notices";
    }

    @GetMapping("/member/notice")
    String memberNotice(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String month, @RequestParam(required = false) String worker,
            Model model) {
        Member member = member(user);
        Request request = ContractDocumentsController.request(published, user.getCooperativeId(), plan, month);
        ContractDocumentsController.addChoice(model, request);
        Optional<NoticeRow> row = request.roster()
                .flatMap(r -> documents.notices(r, request.month(), member.getCode()).stream()
                        .filter(n -> ContractDocumentsController.blank(worker) || n.workerCode().equals(worker.strip()))
                        .findFirst());
        if (row.isEmpty() && !ContractDocumentsController.blank(worker)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("notice", row.flatMap(n -> documents.notice(user.getCooperativeId(),
                request.roster().get(), request.month(), member.getCode(), n.workerCode())).orElse(null));
        return "contracts/member-notice";
    }

    @GetMapping("/worker/disclosures")
    String workerDisclosures(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Worker worker = worker(user);
        List<Entry> entries = new ArrayList<>();
        for (Plan plan : published.publishedPlans(user.getCooperativeId())) {
            published.load(user.getCooperativeId(), plan).ifPresent(roster -> documents
                    .disclosuresOf(roster, worker.getCode()).forEach(row -> entries.add(new Entry(plan, row))));
        }
        model.addAttribute("entries", entries);
        return "contracts/worker-disclosures";
    }

    /** A 明示 the worker can open: the plan it comes from and the member with the first day. */
    record Entry(Plan plan, DisclosureRow row) {
    }

    @GetMapping("/worker/disclosure")
    String workerDisclosure(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) String member, Model model) {
        Worker worker = worker(user);
        long c = user.getCooperativeId();
        Request request = ContractDocumentsController.request(published, c, plan, null);
        Optional<Published> roster = request.roster();
        Optional<DisclosureRow> row = roster.flatMap(r -> documents.disclosuresOf(r, worker.getCode()).stream()
                .filter(d -> ContractDocumentsController.blank(member) || d.memberCode().equals(member.strip()))
                .findFirst());
        if (row.isEmpty() && !ContractDocumentsController.blank(member)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("plan", request.plan());
        model.addAttribute("disclosure", row.flatMap(d -> documents.disclosure(c, roster.get(), d.memberCode(),
                worker.getCode())).orElse(null));
        return "contracts/worker-disclosure";
    }

    private Member member(TsumugiUser user) {
        if (user == null || user.getRole() != Role.MEMBER || user.getMemberId() == null
                || user.getCooperativeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return members.findByIdAndCooperativeId(user.getMemberId(), user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private Worker worker(TsumugiUser user) {
        if (user == null || user.getRole() != Role.WORKER || user.getWorkerId() == null
                || user.getCooperativeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return workers.findByIdAndCooperativeId(user.getWorkerId(), user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
