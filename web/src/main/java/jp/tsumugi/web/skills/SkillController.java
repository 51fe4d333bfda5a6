package jp.tsumugi.web.skills;

import jakarta.validation.Valid;
import java.util.Objects;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Skills and licences (資格・免許) that sites, job types and demand require and workers hold. */
@Controller
@RequestMapping("/skills")
class SkillController {

    private final SkillRepository skills;

    SkillController(SkillRepository skills) {
        this.skills = skills;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("skills", skills.findByCooperativeIdOrderByCode(user.getCooperativeId()));
        return "skills/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new SkillForm());
        return "skills/form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") SkillForm form,
            BindingResult result, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        rejectTakenCode(c, null, form, result);
        if (result.hasErrors()) {
            return "skills/form";
        }
        Skill skill = new Skill(c, form.getCode(), form.getName());
        try {
            skills.save(skill);
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return "skills/form";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", skill.getName()));
        return "redirect:/skills";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", SkillForm.of(find(user, id)));
        model.addAttribute("skillId", id);
        return "skills/form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") SkillForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        Skill skill = find(user, id);
        model.addAttribute("skillId", id);
        rejectTakenCode(c, id, form, result);
        if (!Objects.equals(form.getVersion(), skill.getVersion())) {
            result.reject("masterdata.conflict");
        }
        if (result.hasErrors()) {
            return "skills/form";
        }
        form.applyTo(skill);
        try {
            skills.save(skill);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("masterdata.conflict");
            return "skills/form";
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return "skills/form";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", skill.getName()));
        return "redirect:/skills";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        Skill skill = find(user, id);
        long uses = skills.countUses(user.getCooperativeId(), skill);
        if (uses > 0) {
            redirect.addFlashAttribute("problem", notice("skills.delete.inUse", skill.getName(), uses));
            return "redirect:/skills/" + id + "/edit";
        }
        try {
            skills.delete(skill);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem", notice("masterdata.delete.referenced", skill.getName()));
            return "redirect:/skills/" + id + "/edit";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.deleted", skill.getName()));
        return "redirect:/skills";
    }

    private Skill find(TsumugiUser user, long id) {
        return skills.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void rejectTakenCode(long c, Long id, SkillForm form, BindingResult result) {
        if (form.getCode() != null && !result.hasFieldErrors("code")) {
            skills.findByCooperativeIdAndCode(c, form.getCode())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> rejectCode(form, result));
        }
    }

    private static void rejectCode(SkillForm form, BindingResult result) {
        result.rejectValue("code", "masterdata.code.duplicate", new Object[] {form.getCode()}, null);
    }

    private static DefaultMessageSourceResolvable notice(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
