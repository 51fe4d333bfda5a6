package jp.tsumugi.web.memberportal;

import java.time.YearMonth;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Actual hours per worker per day (派遣先管理台帳) for a month, and submitting the month. */
@Controller
class MemberActualsController {

    private static final String PAGE = "memberportal/actuals";

    private final MemberAccess access;

    private final MemberActuals actuals;

    MemberActualsController(MemberAccess access, MemberActuals actuals) {
        this.access = access;
        this.actuals = actuals;
    }

    @GetMapping("/member/actuals")
    String show(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) YearMonth month,
            Model model) {
        CurrentMember member = access.of(user);
        MemberActuals.Month shown = actuals.month(member, month == null ? YearMonth.now() : month);
        model.addAttribute("actuals", actuals.form(shown));
        return page(member, shown, model);
    }

    /** Saves the rows; with {@code submit}, also submits (and so locks) the month. */
    @PostMapping("/member/actuals")
    String save(@AuthenticationPrincipal TsumugiUser user, @RequestParam YearMonth month,
            @RequestParam(required = false) String submit, @ModelAttribute("actuals") ActualsForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        CurrentMember member = access.of(user);
        MemberActuals.Month current = actuals.month(member, month);
        if (current.submitted()) {
            throw new MemberActuals.MonthSubmittedException();
        }
        actuals.check(current, form, result);
        if (result.hasErrors()) {
            return page(member, current, model);
        }
        actuals.save(member, month, form);
        if (submit != null) {
            actuals.submit(member, month);
        }
        redirect.addFlashAttribute("flash",
                submit != null ? "memberportal.actuals.flash.submitted" : "memberportal.actuals.flash.saved");
        redirect.addFlashAttribute("flashArgument", month.toString());
        return "redirect:/member/actuals?month=" + month;
    }

    private String page(CurrentMember member, MemberActuals.Month month, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("month", month);
        model.addAttribute("previous", month.month().minusMonths(1));
        model.addAttribute("next", month.month().plusMonths(1));
        return PAGE;
    }
}
