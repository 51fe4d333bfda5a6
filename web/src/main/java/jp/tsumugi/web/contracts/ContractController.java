package jp.tsumugi.web.contracts;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's dispatch contracts (個別契約): list with what the newest plan lacks, the form, and the §26
 * summary of each as a printable page and xlsx. Everything inside the signed-in user's cooperative.
 */
@Controller
@RequestMapping("/contracts")
class ContractController {

    private final DispatchContractRepository contracts;
    private final MemberRepository members;
    private final SiteRepository sites;
    private final DemandPatternRepository patterns;
    private final CooperativeRepository cooperatives;
    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final ContractCoverage coverage;
    private final ContractDrafts drafts;
    private final ContractDocuments documents;
    private final ContractsWorkbook workbook;
    private final TransactionTemplate transaction;

    ContractController(DispatchContractRepository contracts, MemberRepository members, SiteRepository sites,
            DemandPatternRepository patterns, CooperativeRepository cooperatives, PlanRepository plans,
            PlanRosters rosters, ContractCoverage coverage, ContractDrafts drafts, ContractDocuments documents,
            ContractsWorkbook workbook, TransactionTemplate transaction) {
        this.contracts = contracts;
        this.members = members;
        this.sites = sites;
        this.patterns = patterns;
        this.cooperatives = cooperatives;
        this.plans = plans;
        this.rosters = rosters;
        this.coverage = coverage;
        this.drafts = drafts;
        this.documents = documents;
        this.workbook = workbook;
        this.transaction = transaction;
    }

    @InitBinder("contract")
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String member, Model model) {
        long c = user.getCooperativeId();
        List<DispatchContract> all = contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(c);
        Member chosen = member == null || member.isBlank() ? null
                : members.findByCooperativeIdAndCode(c, member.strip()).orElse(null);
        model.addAttribute("contracts", chosen == null ? all
                : all.stream().filter(k -> k.getMember().getId().equals(chosen.getId())).toList());
        model.addAttribute("members", members.findByCooperativeIdOrderByCode(c));
        model.addAttribute("member", chosen);
        // what publishing the newest plan would be refused for
        Optional<Plan> newest = plans.findByCooperativeIdOrderByIdDesc(c).stream().findFirst();
        model.addAttribute("plan", newest.orElse(null));
        model.addAttribute("gaps", newest.map(p -> coverage.gaps(c, rosters.load(c, p.getId()).getSlots()))
                .orElse(List.of()));
        return "contracts/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long member,
            Locale locale, Model model) {
        long c = user.getCooperativeId();
        Cooperative cooperative = cooperatives.findById(c).orElseThrow();
        LocalDate from = cooperative.getPlanFrom() == null ? LocalDate.now() : cooperative.getPlanFrom();
        LocalDate to = cooperative.getPlanTo() == null ? from.plusYears(1).minusDays(1) : cooperative.getPlanTo();
        Member chosen = member == null ? null : members.findByIdAndCooperativeId(member, c)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ContractForm form;
        if (chosen == null) {
            form = new ContractForm();
            form.setFrom(from);
            form.setTo(to);
        } else {
            form = ContractForm.of(drafts.draft(c, chosen, from, to, locale));
        }
        return form(c, null, form, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("contract") ContractForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user.getCooperativeId(), null, form, result, model, redirect);
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        DispatchContract contract = find(user, id);
        return form(user.getCooperativeId(), contract.getId(), ContractForm.of(contract), model);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("contract") ContractForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        find(user, id);
        return save(user.getCooperativeId(), id, form, result, model, redirect);
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        DispatchContract contract = find(user, id);
        ContractCoverage.Index alone = new ContractCoverage.Index(List.of(contract));
        Set<String> memberPatterns = transaction.execute(status -> patterns
                .findByCooperativeIdAndSiteMemberOrderByCode(c, contract.getMember()).stream()
                .map(DemandPattern::getCode).collect(java.util.stream.Collectors.toSet()));
        boolean published = contracts.publishedSlotKeys(c).stream().anyMatch(key -> {
            int hash = key.lastIndexOf('#');
            int at = key.lastIndexOf('@', hash);
            String pattern = key.substring(0, at);
            return memberPatterns.contains(pattern) && alone.covering(contract.getMember().getCode(), pattern,
                    LocalDate.parse(key.substring(at + 1, hash))).isPresent();
        });
        if (published) {
            redirect.addFlashAttribute("problem", new DefaultMessageSourceResolvable(
                    new String[] {"contracts.delete.published"}, new Object[] {contract.getMember().getName()}));
            return "redirect:/contracts/" + id;
        }
        contracts.delete(contract);
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable(
                new String[] {"contracts.deleted"}, new Object[] {contract.getMember().getName()}));
        return "redirect:/contracts";
    }

    @GetMapping("/{id}/summary")
    String summary(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        DispatchContract contract = find(user, id);
        model.addAttribute("contract", contract);
        model.addAttribute("summary", documents.summary(user.getCooperativeId(), contract));
        return "contracts/summary";
    }

    @GetMapping("/{id}/summary.xlsx")
    ResponseEntity<byte[]> summaryXlsx(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            Locale locale) {
        DispatchContract contract = find(user, id);
        return xlsx("contract-" + contract.getMember().getCode() + "-" + contract.getFrom() + ".xlsx",
                workbook.summary(documents.summary(user.getCooperativeId(), contract), locale));
    }

    static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ContractsWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private String save(long c, Long id, ContractForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            String view = transaction.execute(status -> validateAndSave(c, id, form, result, model));
            if (view != null) {
                return view;
            }
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("contracts.conflict");
            return form(c, id, form, model);
        } catch (DataIntegrityViolationException e) {
            result.reject("contracts.error.integrity");
            return form(c, id, form, model);
        }
        Member member = members.findByIdAndCooperativeId(form.getMemberId(), c).orElseThrow();
        redirect.addFlashAttribute("notice", new DefaultMessageSourceResolvable(
                new String[] {"contracts.saved"}, new Object[] {member.getName()}));
        return "redirect:/contracts";
    }

    /** In one transaction: checks the form against the cooperative's rows, then saves; the form's view on errors. */
    private String validateAndSave(long c, Long id, ContractForm form, BindingResult result, Model model) {
        Member member = form.getMemberId() == null ? null
                : members.findByIdAndCooperativeId(form.getMemberId(), c).orElse(null);
        if (form.getMemberId() != null && member == null) {
            result.rejectValue("memberId", "contracts.error.member.required");
        }
        if (form.getFrom() != null && form.getTo() != null && form.getTo().isBefore(form.getFrom())) {
            result.rejectValue("to", "contracts.error.period.order");
        }
        Set<DemandPattern> chosenPatterns = new LinkedHashSet<>();
        if (!form.isAllPatterns()) {
            if (form.getPatternIds().isEmpty()) {
                result.rejectValue("patternIds", "contracts.error.patterns.required");
            }
            for (Long patternId : form.getPatternIds()) {
                DemandPattern pattern = patterns.findByIdAndCooperativeId(patternId, c)
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                if (pattern.isChangeProposal()) {
                    throw new ResponseStatusException(HttpStatus.NOT_FOUND);
                }
                if (member != null && !pattern.getSite().getMember().getId().equals(member.getId())) {
                    result.rejectValue("patternIds", "contracts.error.patterns.otherMember",
                            new Object[] {pattern.getCode(), member.getName()}, null);
                }
                chosenPatterns.add(pattern);
            }
        }
        Site site = null;
        if (form.getSiteId() != null) {
            site = sites.findWithDetailsByIdAndCooperativeId(form.getSiteId(), c)
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            if (member != null && !site.getMember().getId().equals(member.getId())) {
                result.rejectValue("siteId", "contracts.error.site.otherMember",
                        new Object[] {site.getName(), member.getName()}, null);
            }
        }
        DispatchContract existing = id == null ? null : contracts.findWithDetailsByIdAndCooperativeId(id, c)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (existing != null && !Objects.equals(form.getVersion(), existing.getVersion())) {
            result.reject("contracts.conflict");
        }
        if (!result.hasErrors() && existing != null) {
            // published work is a record: an edit may not leave days this contract covered without any contract
            DispatchContract candidate = new DispatchContract(c, member);
            candidate.setFrom(form.getFrom());
            candidate.setTo(form.getTo());
            candidate.setAllPatterns(form.isAllPatterns());
            candidate.getPatterns().addAll(chosenPatterns);
            List<LocalDate> lost = uncovered(c, existing, candidate);
            if (!lost.isEmpty()) {
                result.reject("contracts.error.publishedUncovered", new Object[] {existing.getMember().getName(),
                        ContractDocuments.format(lost.get(0)), String.valueOf(lost.size())}, null);
            }
        }
        if (result.hasErrors()) {
            return form(c, id, form, model);
        }
        DispatchContract contract = existing == null ? new DispatchContract(c, member) : existing;
        contract.setMember(member);
        form.applyTo(contract);
        contract.getPatterns().clear();
        contract.getPatterns().addAll(chosenPatterns);
        contract.setSite(site);
        contracts.save(contract);
        return null;
    }

    /**
     * The days of published work that {@code existing} covers and that no contract would cover once it is replaced by
     * {@code candidate}, in order.
     */
    private List<LocalDate> uncovered(long c, DispatchContract existing, DispatchContract candidate) {
        List<DispatchContract> before = contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(c);
        List<DispatchContract> after = new java.util.ArrayList<>(before.stream()
                .filter(k -> !k.getId().equals(existing.getId())).toList());
        after.add(candidate);
        ContractCoverage.Index alone = new ContractCoverage.Index(List.of(existing));
        ContractCoverage.Index changed = new ContractCoverage.Index(after);
        String memberCode = existing.getMember().getCode();
        Set<String> memberPatterns = patterns.findByCooperativeIdAndSiteMemberOrderByCode(c, existing.getMember())
                .stream().map(DemandPattern::getCode).collect(java.util.stream.Collectors.toSet());
        java.util.TreeSet<LocalDate> lost = new java.util.TreeSet<>();
        for (String key : contracts.publishedSlotKeys(c)) {
            int hash = key.lastIndexOf('#');
            int at = key.lastIndexOf('@', hash);
            String pattern = key.substring(0, at);
            LocalDate date = LocalDate.parse(key.substring(at + 1, hash));
            if (memberPatterns.contains(pattern) && alone.covering(memberCode, pattern, date).isPresent()
                    && changed.covering(memberCode, pattern, date).isEmpty()) {
                lost.add(date);
            }
        }
        return List.copyOf(lost);
    }

    private String form(long c, Long contractId, ContractForm form, Model model) {
        transaction.executeWithoutResult(status -> {
            model.addAttribute("contract", form);
            model.addAttribute("contractId", contractId);
            model.addAttribute("members", members.findByCooperativeIdOrderByCode(c));
            model.addAttribute("sites", sites.findByCooperativeIdOrderByCode(c).stream()
                    .map(s -> new Choice(s.getId(), s.getMember().getName() + " — " + s.getName())).toList());
            model.addAttribute("patterns", patterns.findByCooperativeIdOrderByCode(c).stream()
                    // a pending change proposal is not a request of its own: it is deleted when decided
                    .filter(p -> !p.isChangeProposal())
                    .filter(p -> form.getMemberId() == null
                            || p.getSite().getMember().getId().equals(form.getMemberId()))
                    .map(p -> new Choice(p.getId(), p.getCode() + "（" + p.getSite().getMember().getName() + "、"
                            + p.getFrom() + "〜" + p.getTo() + "）"))
                    .toList());
        });
        return "contracts/form";
    }

    /** An option of a select or checkbox list. */
    record Choice(long id, String label) {
    }

    private DispatchContract find(TsumugiUser user, long id) {
        return contracts.findWithDetailsByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
