package jp.tsumugi.web.members;

import jakarta.validation.Valid;
import java.util.Objects;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

/** The secretariat's list of members (組合員 and other users) and their form. */
@Controller
@RequestMapping("/members")
class MemberController {

    static final int PAGE_SIZE = 20;

    private final MemberRepository members;

    private final SiteRepository sites;

    private final jp.tsumugi.web.memberportal.ActualWorkRepository actuals;

    MemberController(MemberRepository members, SiteRepository sites,
            jp.tsumugi.web.memberportal.ActualWorkRepository actuals) {
        this.members = members;
        this.sites = sites;
        this.actuals = actuals;
    }

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ModelAttribute("kinds")
    MemberKind[] kinds() {
        return MemberKind.values();
    }

    @GetMapping
    String list(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        long c = user.getCooperativeId();
        String query = q == null ? "" : q.strip();
        Page<Member> result = members
                .findByCooperativeIdAndCodeContainingIgnoreCaseOrCooperativeIdAndNameContainingIgnoreCase(c, query, c,
                        query, PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("code")));
        model.addAttribute("page", result);
        model.addAttribute("q", query);
        return htmx != null ? "members/list :: results" : "members/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new MemberForm());
        return "members/form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result, RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        rejectTakenCode(c, null, form, result);
        if (result.hasErrors()) {
            return "members/form";
        }
        Member member = new Member(c, form.getCode(), form.getName(), form.getKind());
        try {
            members.save(member);
        } catch (DataIntegrityViolationException e) {
            // Someone else took the code between our check and the insert.
            rejectCode(form, result);
            return "members/form";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", member.getName()));
        return "redirect:/members";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Member member = find(user, id);
        model.addAttribute("form", MemberForm.of(member));
        model.addAttribute("memberId", member.getId());
        return "members/form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long c = user.getCooperativeId();
        Member member = find(user, id);
        model.addAttribute("memberId", id);
        rejectTakenCode(c, id, form, result);
        if (!Objects.equals(form.getVersion(), member.getVersion())) {
            result.reject("masterdata.conflict");
        }
        if (result.hasErrors()) {
            return "members/form";
        }
        form.applyTo(member);
        try {
            members.save(member);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("masterdata.conflict");
            return "members/form";
        } catch (DataIntegrityViolationException e) {
            rejectCode(form, result);
            return "members/form";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.saved", member.getName()));
        return "redirect:/members";
    }

    @PostMapping("/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        Member member = find(user, id);
        long actualCount = actuals.countByCooperativeIdAndMemberId(user.getCooperativeId(), member.getId());
        if (actualCount > 0) {
            // the member's actual times are its 派遣先管理台帳 data, kept for three years: never deleted with it
            redirect.addFlashAttribute("problem",
                    notice("memberportal.member.delete.hasActuals", member.getName(), actualCount));
            return "redirect:/members/" + id + "/edit";
        }
        long siteCount = sites.countByCooperativeIdAndMember(user.getCooperativeId(), member);
        if (siteCount > 0) {
            // Demand patterns hang on sites, so a member without sites has no demand either.
            redirect.addFlashAttribute("problem", notice("members.delete.hasSites", member.getName(), siteCount));
            return "redirect:/members/" + id + "/edit";
        }
        try {
            members.delete(member);
        } catch (DataIntegrityViolationException e) {
            redirect.addFlashAttribute("problem", notice("masterdata.delete.referenced", member.getName()));
            return "redirect:/members/" + id + "/edit";
        }
        redirect.addFlashAttribute("notice", notice("masterdata.deleted", member.getName()));
        return "redirect:/members";
    }

    private Member find(TsumugiUser user, long id) {
        return members.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void rejectTakenCode(long c, Long id, MemberForm form, BindingResult result) {
        if (form.getCode() != null && !result.hasFieldErrors("code")) {
            members.findByCooperativeIdAndCode(c, form.getCode())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> rejectCode(form, result));
        }
    }

    private static void rejectCode(MemberForm form, BindingResult result) {
        result.rejectValue("code", "masterdata.code.duplicate", new Object[] {form.getCode()}, null);
    }

    static DefaultMessageSourceResolvable notice(String key, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }
}
