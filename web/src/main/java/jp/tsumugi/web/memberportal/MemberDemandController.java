package jp.tsumugi.web.memberportal;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.demand.DemandForm;
import jp.tsumugi.web.demand.DemandPattern;
import org.springframework.dao.DataIntegrityViolationException;
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

/** The member's own seasonal requests (demand patterns): list, add, change, delete, copy last year's. */
@Controller
class MemberDemandController {

    private static final String LIST = "memberportal/demand-list";

    private static final String FORM = "memberportal/demand-form";

    private final MemberAccess access;

    private final MemberDemand demand;

    MemberDemandController(MemberAccess access, MemberDemand demand) {
        this.access = access;
        this.demand = demand;
    }

    @GetMapping("/member/demand")
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        CurrentMember member = access.of(user);
        model.addAttribute("member", member);
        model.addAttribute("rows", demand.list(member));
        model.addAttribute("cooperative", demand.cooperative(member));
        return LIST;
    }

    @GetMapping("/member/demand/new")
    String newPattern(@AuthenticationPrincipal TsumugiUser user, Model model) {
        CurrentMember member = access.of(user);
        DemandForm form = demand.newForm(member);
        model.addAttribute("pattern", form);
        return showForm(member, null, form, model);
    }

    @PostMapping("/member/demand/new")
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("pattern") DemandForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CurrentMember member = access.of(user);
        demand.check(member, true, form, result);
        if (result.hasErrors()) {
            return showForm(member, null, form, model);
        }
        DemandPattern saved;
        try {
            saved = demand.create(member, form);
        } catch (DataIntegrityViolationException raceOnCode) {
            result.rejectValue("code", "demand.error.code.taken");
            return showForm(member, null, form, model);
        }
        redirect.addFlashAttribute("flash", saved.isProposed() ? "memberportal.demand.flash.proposed"
                : "memberportal.demand.flash.created");
        redirect.addFlashAttribute("flashArgument", saved.getCode());
        return "redirect:/member/demand";
    }

    @GetMapping("/member/demand/{id}")
    String edit(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        CurrentMember member = access.of(user);
        var changed = demand.changedPatternOf(member, id);
        if (changed.isPresent()) {
            // a proposed change is edited on the page of the request it changes
            return "redirect:/member/demand/" + changed.get();
        }
        DemandForm form = demand.form(member, id);
        model.addAttribute("pattern", form);
        return showForm(member, id, form, model);
    }

    @PostMapping("/member/demand/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("pattern") DemandForm form, BindingResult result,
            @RequestParam(name = "proposal", required = false) Long proposalId, Model model,
            RedirectAttributes redirect) {
        CurrentMember member = access.of(user);
        String storedCode = demand.codeOf(member, id);
        form.setCode(storedCode);
        demand.check(member, false, form, result);
        if (result.hasErrors()) {
            return showForm(member, id, form, model);
        }
        DemandPattern saved;
        try {
            saved = demand.update(member, id, form, proposalId);
        } catch (ObjectOptimisticLockingFailureException stale) {
            result.reject("demand.error.conflict");
            form.setVersion(demand.form(member, id).getVersion());
            return showForm(member, id, form, model);
        }
        String flash;
        if (saved.isChangeProposal()) {
            flash = "memberportal.change.flash.proposed";
        } else if (demand.row(member, id).locked()) {
            flash = "memberportal.change.flash.unchanged";
        } else {
            flash = saved.isProposed() ? "memberportal.demand.flash.proposed" : "memberportal.demand.flash.saved";
        }
        redirect.addFlashAttribute("flash", flash);
        redirect.addFlashAttribute("flashArgument", storedCode);
        return "redirect:/member/demand";
    }

    @PostMapping("/member/demand/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        CurrentMember member = access.of(user);
        try {
            DemandPattern deleted = demand.delete(member, id);
            if (deleted.isChangeProposal()) {
                redirect.addFlashAttribute("flash", "memberportal.change.flash.withdrawn");
                redirect.addFlashAttribute("flashArgument", demand.codeOf(member, deleted.getReplacesId()));
            } else {
                redirect.addFlashAttribute("flash", "memberportal.demand.flash.deleted");
                redirect.addFlashAttribute("flashArgument", deleted.getCode());
            }
        } catch (MemberDemand.LockedPatternException locked) {
            return lockedRedirect(demand.form(member, id).getCode(), redirect);
        } catch (MemberDemand.UnderContractException underContract) {
            redirect.addFlashAttribute("flashError", "memberportal.demand.flash.underContract");
            redirect.addFlashAttribute("flashArgument", demand.form(member, id).getCode());
        }
        return "redirect:/member/demand";
    }

    @PostMapping("/member/demand/copy")
    String copyLastYear(@AuthenticationPrincipal TsumugiUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("copyResult", demand.copyLastYear(access.of(user)));
        return "redirect:/member/demand";
    }

    /** The htmx preview of what the form expands to. Never saves. */
    @PostMapping("/member/demand/preview")
    String preview(@AuthenticationPrincipal TsumugiUser user, @ModelAttribute("pattern") DemandForm form,
            BindingResult ignoredTypos, Model model) {
        model.addAttribute("preview", demand.preview(access.of(user), form));
        return "demand/preview :: preview";
    }

    private static String lockedRedirect(String code, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashError", "memberportal.demand.locked");
        redirect.addFlashAttribute("flashArgument", code);
        return "redirect:/member/demand";
    }

    private String showForm(CurrentMember member, Long id, DemandForm form, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("patternId", id);
        MemberDemand.Row row = id == null ? null : demand.row(member, id);
        model.addAttribute("row", row);
        model.addAttribute("proposalId", row == null || row.proposal() == null ? null : row.proposal().getId());
        model.addAttribute("weatherKinds", jp.tsumugi.web.demand.WeatherFallback.values());
        model.addAttribute("choices", demand.choices(member));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("cooperative", demand.cooperative(member));
        model.addAttribute("preview", demand.preview(member, form));
        return FORM;
    }
}
