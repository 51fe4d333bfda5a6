package jp.tsumugi.web.jobtypes;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
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

/** The kinds of work (作業の種類), including the 派遣禁止業務 kept so that nobody is dispatched to them. */
@Controller
@RequestMapping("/job-types")
class JobTypeController {

    private final JobTypeRepository jobTypes;

    private final SkillRepository skills;

    JobTypeController(JobTypeRepository jobTypes, SkillRepository skills) {
        this.jobTypes = jobTypes;
        this.skills = skills;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("categories")
    JobCategory[] categories() {
        return JobCategory.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("jobTypes", jobTypes.findWithSkillsByCooperativeIdOrderByCode(user.getCooperativeId()));
        return "jobtypes/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("form", new JobTypeForm());
        return formView(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") JobTypeForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        rejectTakenCode(c, null, form, result);
        if (result.hasErrors()) {
            return formView(user, model);
        }
        JobType type = new JobType(c, form.getCode(), form.getName(), form.getCategory());
        form.applyTo(type, chosenSkills(c, form));
        try {
            jobTypes.save(type);
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return formView(user, model);
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", type.getName()));
        return "redirect:/job-types";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        model.addAttribute("form", JobTypeForm.of(find(user, id)));
        model.addAttribute("jobTypeId", id);
        return formView(user, model);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") JobTypeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        JobType type = find(user, id);
        model.addAttribute("jobTypeId", id);
        rejectTakenCode(c, id, form, result);
        if (!Objects.equals(form.getVersion(), type.getVersion())) {
            result.reject("masterdata.conflict");
        }
        if (result.hasErrors()) {
            return formView(user, model);
        }
        form.applyTo(type, chosenSkills(c, form));
        try {
            jobTypes.save(type);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("masterdata.conflict");
            return formView(user, model);
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return formView(user, model);
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", type.getName()));
        return "redirect:/job-types";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        JobType type = find(user, id);
        long demand = jobTypes.countDemandPatterns(user.getCooperativeId(), type);
        if (demand > 0) {
            redirect.addFlashAttribute("problem", notice("jobtypes.delete.hasDemand", type.getName(), demand));
            return "redirect:/job-types/" + id + "/edit";
        }
        try {
            jobTypes.delete(type);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem", notice("masterdata.delete.referenced", type.getName()));
            return "redirect:/job-types/" + id + "/edit";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.deleted", type.getName()));
        return "redirect:/job-types";
    }

    private String formView(TsumugiUser user, Model model) {
        model.addAttribute("skills", skills.findByCooperativeIdOrderByCode(user.getCooperativeId()));
        return "jobtypes/form";
    }

    private JobType find(TsumugiUser user, long id) {
        return jobTypes.findWithSkillsByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Skill> chosenSkills(long c, JobTypeForm form) {
        return skills.findByCooperativeIdOrderByCode(c).stream()
                .filter(skill -> form.getSkillIds().contains(skill.getId())).toList();
    }

    private void rejectTakenCode(long c, Long id, JobTypeForm form, BindingResult result) {
        if (form.getCode() != null && !result.hasFieldErrors("code")) {
            jobTypes.findByCooperativeIdAndCode(c, form.getCode())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> rejectCode(form, result));
        }
    }

    private static void rejectCode(JobTypeForm form, BindingResult result) {
        result.rejectValue("code", "masterdata.code.duplicate", new Object[] {form.getCode()}, null);
    }

    private static DefaultMessageSourceResolvable notice(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
