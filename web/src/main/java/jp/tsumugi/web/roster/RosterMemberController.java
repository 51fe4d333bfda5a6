package jp.tsumugi.web.roster;

import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.plans.Plan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan per member: who is short of how many hours, and one member's weeks and unfilled slots. */
@Controller
class RosterMemberController {

    private final PlanRosterSource source;

    RosterMemberController(PlanRosterSource source) {
        this.source = source;
    }

    @GetMapping("/plans/{id}/members")
    String list(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = source.plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("members", MemberViews.list(source.roster(user, plan)));
        return "roster/members";
    }

    @GetMapping("/plans/{id}/members/{code}")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @PathVariable String code,
            Model model) {
        Plan plan = source.plan(user, id);
        Roster roster = source.roster(user, plan);
        Member member = roster.getMembers().stream().filter(m -> m.getId().equals(code)).findFirst()
                .orElseThrow(PlanRosterSource::notFound);
        model.addAttribute("plan", plan);
        model.addAttribute("member", MemberViews.detail(roster, member));
        return "roster/member";
    }
}
