package jp.tsumugi.web.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.explain.Explanations;
import jp.tsumugi.solver.solve.Candidate;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One slot of a plan: who works it, why it is unfilled, who could cover it (the solver's recommendation, best first,
 * with the rules each candidate would break), and the hand controls: assign, pin, unpin. After a change the roster is
 * scored again at once and the page shows the rule breaks around the slot.
 */
@Controller
class SlotController {

    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final PlanEdits edits;
    private final RosterSolver solver;

    SlotController(PlanRepository plans, PlanRosters rosters, PlanEdits edits, RosterSolver solver) {
        this.plans = plans;
        this.rosters = rosters;
        this.edits = edits;
        this.solver = solver;
    }

    /** A candidate as the page shows it. */
    record CandidateRow(String workerCode, String workerName, long hard, long medium, long soft, boolean feasible,
            List<String> reasons) {
    }

    /** A rule break near the slot. */
    record BreakRow(String level, String title, String message) {
    }

    @GetMapping("/plans/{id}/slot")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam String slot,
            Model model, Locale locale) {
        Plan plan = plan(user, id);
        Roster roster = rosters.load(user.getCooperativeId(), id);
        Slot target = PlanEdits.slotsById(roster).get(slot);
        if (target == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("slot", target);
        model.addAttribute("required", headIndex(slot) < target.getCover().getRequiredHeadcount());
        model.addAttribute("workers", roster.getWorkers().stream()
                .sorted(Comparator.comparing(Worker::getId)).toList());
        model.addAttribute("score", solver.score(roster));
        model.addAttribute("breaks", breaksAround(roster, target, locale));

        // Ask the solver as if the slot were free (and movable): the ranking then also shows who could replace the
        // current worker.
        Worker current = target.getWorker();
        boolean pinned = target.isPinned();
        target.setWorker(null);
        target.setPinned(false);
        List<CandidateRow> candidates = new ArrayList<>();
        for (Candidate c : solver.whoCanCover(roster, target)) {
            candidates.add(new CandidateRow(c.worker().getId(), c.worker().getName(), c.scoreDifference().hardScore(),
                    c.scoreDifference().mediumScore(), c.scoreDifference().softScore(), c.isFeasible(),
                    c.addedBreaks().stream().map(b -> Explanations.render(b, locale)).distinct().toList()));
        }
        target.setWorker(current);
        target.setPinned(pinned);
        model.addAttribute("candidates", candidates);
        model.addAttribute("busy", plan.getStatus() == PlanStatus.SOLVING);
        return "plans/slot";
    }

    @PostMapping("/plans/{id}/slot/assign")
    String assign(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam String slot,
            @RequestParam(required = false) String worker, @RequestParam(defaultValue = "false") boolean pinned,
            RedirectAttributes redirect) {
        plan(user, id);
        try {
            edits.assign(user.getCooperativeId(), id, slot, worker, pinned);
            redirect.addFlashAttribute("flash", "slot.assigned");
        } catch (PlanEdits.PlanBusyException e) {
            redirect.addFlashAttribute("flash", "slot.busy");
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + slotUrl(id, slot);
    }

    @PostMapping("/plans/{id}/slot/pin")
    String pin(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam String slot,
            @RequestParam boolean pinned, RedirectAttributes redirect) {
        plan(user, id);
        Roster roster = rosters.load(user.getCooperativeId(), id);
        if (!PlanEdits.slotsById(roster).containsKey(slot)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            edits.pin(user.getCooperativeId(), id, slot, pinned);
            redirect.addFlashAttribute("flash", pinned ? "slot.pinned.done" : "slot.unpinned");
        } catch (PlanEdits.PlanBusyException e) {
            redirect.addFlashAttribute("flash", "slot.busy");
        }
        return "redirect:" + slotUrl(id, slot);
    }

    static String slotUrl(long planId, String slot) {
        return UriComponentsBuilder.fromPath("/plans/{id}/slot").queryParam("slot", "{slot}")
                .encode().buildAndExpand(Map.of("id", planId, "slot", slot)).toUriString();
    }

    /** Rule breaks that involve the slot's worker or member on the slot's date. */
    private List<BreakRow> breaksAround(Roster roster, Slot slot, Locale locale) {
        List<BreakRow> rows = new ArrayList<>();
        for (Explanation e : solver.explain(roster)) {
            var d = e.detail();
            boolean onDate = d.from() != null && !slot.getDate().isBefore(d.from())
                    && !slot.getDate().isAfter(d.to() == null ? d.from() : d.to());
            boolean sameWorker = d.worker() != null && d.worker() == slot.getWorker();
            boolean sameMember = d.worker() == null && d.member() != null && d.member() == slot.getMember();
            if (onDate && (sameWorker || sameMember)) {
                rows.add(new BreakRow(e.level().name(), e.title(locale), e.message(locale)));
            }
        }
        return rows;
    }

    private static int headIndex(String slotKey) {
        return Integer.parseInt(slotKey.substring(slotKey.lastIndexOf('#') + 1));
    }

    private Plan plan(TsumugiUser user, long id) {
        return plans.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
