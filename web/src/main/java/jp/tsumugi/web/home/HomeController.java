package jp.tsumugi.web.home;

import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page. Anonymous visitors see what Tsumugi is and, on a demo installation, how to log in to the demo
 * (no cooperative is named to strangers otherwise); the secretariat sees its cooperative at a glance and the next
 * steps.
 */
@Controller
class HomeController {

    private final CooperativeRepository cooperatives;
    private final MemberRepository members;
    private final WorkerRepository workers;
    private final DemandPatternRepository patterns;
    private final PlanRepository plans;
    private final boolean demo;

    HomeController(CooperativeRepository cooperatives, MemberRepository members, WorkerRepository workers,
            DemandPatternRepository patterns, PlanRepository plans,
            @Value("${tsumugi.demo-data.enabled:true}") boolean demo) {
        this.cooperatives = cooperatives;
        this.members = members;
        this.workers = workers;
        this.patterns = patterns;
        this.plans = plans;
        this.demo = demo;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal TsumugiUser user, Model model) {
        if (user != null && user.getRole() != Role.SECRETARIAT) {
            // each role has its own start page
            return switch (user.getRole()) {
                case MEMBER -> "redirect:/member";
                case WORKER -> "redirect:/worker";
                default -> "redirect:/admin";
            };
        }
        if (user != null) {
            long c = user.getCooperativeId();
            model.addAttribute("cooperative", cooperatives.findById(c).orElseThrow());
            model.addAttribute("memberCount", members.countByCooperativeId(c));
            model.addAttribute("workerCount", workers.countByCooperativeId(c));
            model.addAttribute("patternCount", patterns.countByCooperativeId(c));
            model.addAttribute("plans", plans.findByCooperativeIdOrderByIdDesc(c).stream().limit(5).toList());
        } else if (demo) {
            cooperatives.findByCode("hagi").ifPresent(d -> model.addAttribute("demoCooperative", d));
        }
        return "home";
    }
}
