package jp.tsumugi.web.roster;

import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.plans.Plan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A plan per worker: hours against target, and one worker's months against the legal limits. */
@Controller
class RosterWorkerController {

    private final PlanRosterSource source;

    RosterWorkerController(PlanRosterSource source) {
        this.source = source;
    }

    @GetMapping("/plans/{id}/workers")
    String list(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = source.plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("workers", WorkerViews.list(source.roster(user, plan)));
        return "roster/workers";
    }

    @GetMapping("/plans/{id}/workers/{code}")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @PathVariable String code,
            Model model) {
        Plan plan = source.plan(user, id);
        Roster roster = source.roster(user, plan);
        Worker worker = roster.getWorkers().stream().filter(w -> w.getId().equals(code)).findFirst()
                .orElseThrow(PlanRosterSource::notFound);
        model.addAttribute("plan", plan);
        model.addAttribute("worker", WorkerViews.detail(roster, worker));
        return "roster/worker";
    }
}
