package jp.tsumugi.web.memberportal;

import java.time.YearMonth;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who is coming when: the member's own slots of a month, with the §35 notice items of each worker. */
@Controller
class MemberRosterController {

    private final MemberAccess access;

    private final MemberRosters rosters;

    private final MemberDemand demand;

    MemberRosterController(MemberAccess access, MemberRosters rosters, MemberDemand demand) {
        this.access = access;
        this.rosters = rosters;
        this.demand = demand;
    }

    @GetMapping("/member/roster")
    String roster(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) YearMonth month,
            Model model) {
        CurrentMember member = access.of(user);
        YearMonth shown = month == null ? YearMonth.now() : month;
        MemberRoster roster = rosters.load(member);
        model.addAttribute("member", member);
        model.addAttribute("month", shown);
        model.addAttribute("roster", roster);
        model.addAttribute("slots", roster.in(shown));
        model.addAttribute("weather", demand.weatherByCode(member));
        return "memberportal/roster";
    }
}
