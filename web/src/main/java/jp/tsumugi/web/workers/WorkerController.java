package jp.tsumugi.web.workers;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.List;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class WorkerController {

    static final int PAGE_SIZE = 20;

    private static final String LIST = "workers/list";

    private static final String FORM = "workers/form";

    private final WorkerService service;

    WorkerController(WorkerService service) {
        this.service = service;
    }

    @GetMapping("/workers")
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Worker> workers = service.search(user.getCooperativeId(), q,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("code")));
        model.addAttribute("workers", workers);
        model.addAttribute("q", q);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/workers")
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build().toUriString());
        return LIST;
    }

    @GetMapping("/workers/new")
    String newWorker(@AuthenticationPrincipal TsumugiUser user, Model model) {
        WorkerForm form = new WorkerForm();
        form.setMonthlyTargetHours(java.math.BigDecimal.valueOf(140));
        model.addAttribute("worker", form);
        return showForm(user, null, model);
    }

    @PostMapping("/workers/new")
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("worker") WorkerForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        form.checkCrossFields(result);
        service.checkReferences(cooperativeId, null, form, result);
        if (result.hasErrors()) {
            return showForm(user, null, model);
        }
        Worker saved;
        try {
            saved = service.create(cooperativeId, form);
        } catch (DataIntegrityViolationException raceOnCode) {
            result.rejectValue("code", "workers.error.code.taken");
            return showForm(user, null, model);
        }
        redirect.addFlashAttribute("flash", "workers.flash.created");
        redirect.addFlashAttribute("flashArgument", saved.getName());
        return "redirect:/workers/" + saved.getId();
    }

    @GetMapping("/workers/{id}")
    String edit(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        model.addAttribute("worker", service.form(user.getCooperativeId(), id));
        return showForm(user, id, model);
    }

    @PostMapping("/workers/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("worker") WorkerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        form.checkCrossFields(result);
        service.checkReferences(cooperativeId, id, form, result);
        if (result.hasErrors()) {
            return showForm(user, id, model);
        }
        try {
            service.update(cooperativeId, id, form);
        } catch (ObjectOptimisticLockingFailureException stale) {
            // Keep what was typed; the next save goes over the other person's change knowingly.
            result.reject("workers.error.conflict");
            form.setVersion(service.currentVersion(cooperativeId, id));
            return showForm(user, id, model);
        } catch (DataIntegrityViolationException raceOnCode) {
            result.rejectValue("code", "workers.error.code.taken");
            return showForm(user, id, model);
        }
        redirect.addFlashAttribute("flash", "workers.flash.saved");
        redirect.addFlashAttribute("flashArgument", form.getName());
        return "redirect:/workers/" + id;
    }

    @PostMapping("/workers/{id}/skills")
    String addSkill(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("skillForm") WorkerSkillForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        form.checkCrossFields(result);
        if (!result.hasErrors()) {
            service.addSkill(cooperativeId, id, form, result);
        }
        if (result.hasErrors()) {
            model.addAttribute("worker", service.form(cooperativeId, id));
            return showForm(user, id, model);
        }
        redirect.addFlashAttribute("flash", "workers.flash.skillAdded");
        return "redirect:/workers/" + id + "#skills";
    }

    @PostMapping("/workers/{id}/skills/{skillRowId}/delete")
    String removeSkill(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @PathVariable long skillRowId, RedirectAttributes redirect) {
        service.removeSkill(user.getCooperativeId(), id, skillRowId);
        redirect.addFlashAttribute("flash", "workers.flash.skillRemoved");
        return "redirect:/workers/" + id + "#skills";
    }

    private String showForm(TsumugiUser user, Long id, Model model) {
        long cooperativeId = user.getCooperativeId();
        model.addAttribute("workerId", id);
        model.addAttribute("residenceStatuses", ResidenceStatus.values());
        model.addAttribute("weekdays", DayOfWeek.values());
        List<Worker> buddies = service.all(cooperativeId).stream().filter(w -> !w.getId().equals(id)).toList();
        model.addAttribute("buddies", buddies);
        if (id != null) {
            model.addAttribute("details", service.details(cooperativeId, id));
            model.addAttribute("skillChoices", service.skillChoices(cooperativeId));
            if (!model.containsAttribute("skillForm")) {
                model.addAttribute("skillForm", new WorkerSkillForm());
            }
        }
        return FORM;
    }
}
