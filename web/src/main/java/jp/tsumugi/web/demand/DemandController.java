package jp.tsumugi.web.demand;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.util.Optional;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import org.springframework.dao.DataIntegrityViolationException;
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
class DemandController {

    static final int PAGE_SIZE = 20;

    private static final String LIST = "demand/list";

    private static final String FORM = "demand/form";

    private final DemandService service;

    DemandController(DemandService service) {
        this.service = service;
    }

    @GetMapping("/demand")
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long member,
            @RequestParam(required = false) Long site, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        long cooperativeId = user.getCooperativeId();
        model.addAttribute("patterns", service.search(cooperativeId, member, site, q,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("code"))));
        model.addAttribute("choices", service.choices(cooperativeId));
        model.addAttribute("member", member);
        model.addAttribute("site", site);
        model.addAttribute("q", q);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/demand")
                .queryParamIfPresent("member", Optional.ofNullable(member))
                .queryParamIfPresent("site", Optional.ofNullable(site))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .build().toUriString());
        return LIST;
    }

    @GetMapping("/demand/new")
    String newPattern(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Cooperative cooperative = service.cooperative(user.getCooperativeId());
        DemandForm form = new DemandForm();
        form.setFrom(cooperative.getPlanFrom());
        form.setTo(cooperative.getPlanTo());
        form.setStart(java.time.LocalTime.of(8, 0));
        form.setEnd(java.time.LocalTime.of(17, 0));
        model.addAttribute("pattern", form);
        return showForm(user, null, form, model);
    }

    @PostMapping("/demand/new")
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("pattern") DemandForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        check(cooperativeId, true, form, result);
        if (result.hasErrors()) {
            return showForm(user, null, form, model);
        }
        DemandPattern saved;
        try {
            saved = service.create(cooperativeId, form);
        } catch (DataIntegrityViolationException raceOnCode) {
            result.rejectValue("code", "demand.error.code.taken");
            return showForm(user, null, form, model);
        }
        redirect.addFlashAttribute("flash", "demand.flash.created");
        redirect.addFlashAttribute("flashArgument", saved.getCode());
        return "redirect:/demand/" + saved.getId();
    }

    @GetMapping("/demand/{id}")
    String edit(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        DemandForm form = service.form(user.getCooperativeId(), id);
        model.addAttribute("pattern", form);
        return showForm(user, id, form, model);
    }

    @PostMapping("/demand/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("pattern") DemandForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long cooperativeId = user.getCooperativeId();
        // The code is fixed once created: show the stored one whatever the request says.
        String storedCode = service.form(cooperativeId, id).getCode();
        form.setCode(storedCode);
        check(cooperativeId, false, form, result);
        if (result.hasErrors()) {
            return showForm(user, id, form, model);
        }
        try {
            service.update(cooperativeId, id, form);
        } catch (ObjectOptimisticLockingFailureException stale) {
            result.reject("demand.error.conflict");
            form.setVersion(service.currentVersion(cooperativeId, id));
            return showForm(user, id, form, model);
        }
        redirect.addFlashAttribute("flash", "demand.flash.saved");
        redirect.addFlashAttribute("flashArgument", storedCode);
        return "redirect:/demand/" + id;
    }

    /** Accepts a member's change request (a pattern proposed after publication): it becomes demand to plan. */
    @PostMapping("/demand/{id}/accept")
    String accept(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        DemandPattern accepted = service.accept(user.getCooperativeId(), id);
        redirect.addFlashAttribute("flash", "memberportal.secretariat.accepted");
        redirect.addFlashAttribute("flashArgument", accepted.getCode());
        return "redirect:/demand";
    }

    /** The htmx preview: what the form as typed so far expands to. Never saves. */
    @PostMapping("/demand/preview")
    String preview(@AuthenticationPrincipal TsumugiUser user, @ModelAttribute("pattern") DemandForm form,
            BindingResult ignoredTypos, Model model) {
        model.addAttribute("preview", service.preview(user.getCooperativeId(), form));
        return "demand/preview :: preview";
    }

    private void check(long cooperativeId, boolean creating, DemandForm form, BindingResult result) {
        Cooperative cooperative = service.cooperative(cooperativeId);
        form.checkCrossFields(result, cooperative.getPlanFrom(), cooperative.getPlanTo());
        service.checkReferences(cooperativeId, creating, form, result);
    }

    private String showForm(TsumugiUser user, Long id, DemandForm form, Model model) {
        long cooperativeId = user.getCooperativeId();
        model.addAttribute("patternId", id);
        model.addAttribute("choices", service.choices(cooperativeId));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("cooperative", service.cooperative(cooperativeId));
        model.addAttribute("preview", service.preview(cooperativeId, form));
        return FORM;
    }
}
