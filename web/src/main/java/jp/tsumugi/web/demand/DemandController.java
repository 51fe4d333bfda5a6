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

    private final org.springframework.context.MessageSource messages;

    DemandController(DemandService service, org.springframework.context.MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/demand")
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long member,
            @RequestParam(required = false) Long site, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, java.util.Locale locale, Model model) {
        long cooperativeId = user.getCooperativeId();
        var found = service.search(cooperativeId, member, site, q,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("code")));
        model.addAttribute("patterns", found);
        model.addAttribute("changes", service.changes(cooperativeId, found.getContent(), messages, locale));
        model.addAttribute("weather", service.weather(cooperativeId, found.getContent()));
        model.addAttribute("pendingChange", service.withPendingChange(cooperativeId));
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

    /**
     * Accepts a member's proposal over the version the page showed: a new request becomes demand to plan; a change of
     * a planned pattern is applied to it (the published roster is not re-planned until the secretariat does so).
     */
    @PostMapping("/demand/{id}/accept")
    String accept(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) Long originalVersion, RedirectAttributes redirect) {
        try {
            DemandPattern accepted = service.accept(user.getCooperativeId(), id, version, originalVersion);
            redirect.addFlashAttribute("flash", accepted.getId() == id ? "memberportal.secretariat.accepted"
                    : "memberportal.change.accepted");
            redirect.addFlashAttribute("flashArgument", accepted.getCode());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", "memberportal.change.stale");
        }
        return "redirect:/demand";
    }

    /** Rejects a member's proposal (a new request or a change) over the version the page showed: it is removed. */
    @PostMapping("/demand/{id}/reject")
    String reject(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            DemandPattern rejected = service.reject(user.getCooperativeId(), id, version);
            redirect.addFlashAttribute("flash", "memberportal.change.rejected");
            redirect.addFlashAttribute("flashArgument", rejected.getCode());
        } catch (ObjectOptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", "memberportal.change.stale");
        }
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
        model.addAttribute("changeOf", id == null ? null : service.changeOf(cooperativeId, id));
        model.addAttribute("choices", service.choices(cooperativeId));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("weatherKinds", WeatherFallback.values());
        model.addAttribute("cooperative", service.cooperative(cooperativeId));
        model.addAttribute("preview", service.preview(cooperativeId, form));
        return FORM;
    }
}
