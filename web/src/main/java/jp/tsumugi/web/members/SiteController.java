package jp.tsumugi.web.members;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's list of members' sites (事業所) and their form. */
@Controller
@RequestMapping("/sites")
class SiteController {

    private final SiteRepository sites;

    private final MemberRepository members;

    private final SkillRepository skills;

    SiteController(SiteRepository sites, MemberRepository members, SkillRepository skills) {
        this.sites = sites;
        this.members = members;
        this.skills = skills;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("industries")
    Industry[] industries() {
        return Industry.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long member, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        long c = user.getCooperativeId();
        String query = q == null ? "" : q.strip();
        Page<Site> result = sites.search(c, member, SiteRepository.containing(query),
                PageRequest.of(Math.max(page, 0), MemberController.PAGE_SIZE, Sort.by("code")));
        model.addAttribute("page", result);
        model.addAttribute("q", query);
        model.addAttribute("member", member);
        model.addAttribute("members", members.findByCooperativeIdOrderByCode(c));
        return htmx != null ? "sites/list :: results" : "sites/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) Long member,
            Model model) {
        SiteForm form = new SiteForm();
        form.setMemberId(member);
        model.addAttribute("form", form);
        return formView(user, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") SiteForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        Member member = memberOf(c, form, result);
        rejectTakenCode(c, null, form, result);
        if (result.hasErrors()) {
            return formView(user, model);
        }
        Site site = new Site(c, form.getCode(), member, form.getName(), form.getIndustry());
        form.applyTo(site, member, chosenSkills(c, form));
        try {
            sites.save(site);
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return formView(user, model);
        }
        redirect.addFlashAttribute("notice", MemberController.notice("masterdata.saved", site.getName()));
        return "redirect:/sites";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Site site = find(user, id);
        model.addAttribute("form", SiteForm.of(site));
        model.addAttribute("siteId", id);
        return formView(user, model);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") SiteForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        Site site = find(user, id);
        model.addAttribute("siteId", id);
        Member member = memberOf(c, form, result);
        rejectTakenCode(c, id, form, result);
        if (!Objects.equals(form.getVersion(), site.getVersion())) {
            result.reject("masterdata.conflict");
        }
        if (result.hasErrors()) {
            return formView(user, model);
        }
        form.applyTo(site, member, chosenSkills(c, form));
        try {
            sites.save(site);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("masterdata.conflict");
            return formView(user, model);
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return formView(user, model);
        }
        redirect.addFlashAttribute("notice", MemberController.notice("masterdata.saved", site.getName()));
        return "redirect:/sites";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        Site site = find(user, id);
        long demand = sites.countDemandPatterns(user.getCooperativeId(), site);
        if (demand > 0) {
            redirect.addFlashAttribute("problem",
                    MemberController.notice("sites.delete.hasDemand", site.getName(), demand));
            return "redirect:/sites/" + id + "/edit";
        }
        try {
            sites.delete(site);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem",
                    MemberController.notice("masterdata.delete.referenced", site.getName()));
            return "redirect:/sites/" + id + "/edit";
        }
        redirect.addFlashAttribute("notice", MemberController.notice("masterdata.deleted", site.getName()));
        return "redirect:/sites";
    }

    private String formView(TsumugiUser user, Model model) {
        long c = user.getCooperativeId();
        model.addAttribute("members", members.findByCooperativeIdOrderByCode(c));
        model.addAttribute("skills", skills.findByCooperativeIdOrderByCode(c));
        return "sites/form";
    }

    private Site find(TsumugiUser user, long id) {
        return sites.findWithDetailsByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The chosen member, looked up in the user's cooperative only. */
    private Member memberOf(long c, SiteForm form, BindingResult result) {
        if (form.getMemberId() == null) {
            return null;
        }
        Member member = members.findByIdAndCooperativeId(form.getMemberId(), c).orElse(null);
        if (member == null) {
            result.rejectValue("memberId", "sites.member.required");
        }
        return member;
    }

    /** The ticked skills; ids that are not the cooperative's are ignored. */
    private List<Skill> chosenSkills(long c, SiteForm form) {
        return skills.findByCooperativeIdOrderByCode(c).stream()
                .filter(skill -> form.getSkillIds().contains(skill.getId())).toList();
    }

    private void rejectTakenCode(long c, Long id, SiteForm form, BindingResult result) {
        if (form.getCode() != null && !result.hasFieldErrors("code")) {
            sites.findByCooperativeIdAndCode(c, form.getCode())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> rejectCode(form, result));
        }
    }

    private static void rejectCode(SiteForm form, BindingResult result) {
        result.rejectValue("code", "masterdata.code.duplicate", new Object[] {form.getCode()}, null);
    }
}
