package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member's home: this month's planned hours and fee estimate, and what is still unfilled. */
@Controller
class MemberHomeController {

    private final MemberAccess access;

    private final MemberRosters rosters;

    MemberHomeController(MemberAccess access, MemberRosters rosters) {
        this.access = access;
        this.rosters = rosters;
    }

    @GetMapping("/member")
    String home(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) YearMonth month,
            Model model) {
        CurrentMember member = access.of(user);
        YearMonth shown = month == null ? YearMonth.now() : month;
        model.addAttribute("member", member);
        model.addAttribute("month", shown);
        model.addAttribute("roster", rosters.load(member));
        model.addAttribute("today", LocalDate.now());
        return "memberportal/home";
    }
}
