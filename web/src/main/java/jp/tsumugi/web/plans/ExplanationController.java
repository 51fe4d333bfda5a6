package jp.tsumugi.web.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why the roster is as it is: every broken or penalised rule in plain words, from the solver's justifications,
 * filterable by worker, member, level and rule, each linking to the slot or the month involved.
 */
@Controller
class ExplanationController {

    /** At most this many rows are listed; the per-rule counts above the list cover all of them. */
    static final int MAX_ROWS = 300;

    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final RosterSolver solver;

    ExplanationController(PlanRepository plans, PlanRosters rosters, RosterSolver solver) {
        this.plans = plans;
        this.rosters = rosters;
        this.solver = solver;
    }

    record Row(String level, String ruleId, String title, String message, String worker, String member,
            LocalDate from, LocalDate to, String link) {
    }

    record RuleCount(String ruleId, String title, String level, int count) {
    }

    @GetMapping("/plans/{id}/explanations")
    String list(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @RequestParam(required = false) String worker, @RequestParam(required = false) String member,
            @RequestParam(required = false) String level, @RequestParam(required = false) String rule, Model model,
            Locale locale) {
        Plan plan = plans.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Roster roster = rosters.load(user.getCooperativeId(), id);
        Map<String, Slot> firstSlotOfWorkerDay = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.getWorker() != null) {
                firstSlotOfWorkerDay.putIfAbsent(slot.getWorker().getId() + "|" + slot.getDate(), slot);
            }
        }
        List<Row> rows = new ArrayList<>();
        Map<String, RuleCount> counts = new LinkedHashMap<>();
        int total = 0;
        for (Explanation e : solver.explain(roster)) {
            var d = e.detail();
            if (!matches(worker, d.worker() == null ? null : d.worker().getId())
                    || !matches(member, d.member() == null ? null : d.member().getId())
                    || !matches(level, e.level().name()) || !matches(rule, e.ruleId())) {
                continue;
            }
            total++;
            counts.merge(e.ruleId(), new RuleCount(e.ruleId(), e.title(locale), e.level().name(), 1),
                    (a, b) -> new RuleCount(a.ruleId(), a.title(), a.level(), a.count() + 1));
            if (rows.size() < MAX_ROWS) {
                rows.add(new Row(e.level().name(), e.ruleId(), e.title(locale), e.message(locale),
                        d.worker() == null ? null : d.worker().getName(),
                        d.member() == null ? null : d.member().getName(), d.from(), d.to(),
                        link(id, d.worker(), d.member(), d.from(), d.to(), firstSlotOfWorkerDay)));
            }
        }
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("counts", counts.values().stream()
                .sorted(Comparator.comparing(RuleCount::level).thenComparing(RuleCount::count, Comparator.reverseOrder()))
                .toList());
        model.addAttribute("workers", roster.getWorkers().stream().sorted(Comparator.comparing(Worker::getId)).toList());
        model.addAttribute("members", roster.getMembers().stream().sorted(Comparator.comparing(Member::getId)).toList());
        model.addAttribute("worker", worker);
        model.addAttribute("member", member);
        model.addAttribute("level", level);
        model.addAttribute("rule", rule);
        model.addAttribute("maxRows", MAX_ROWS);
        return "plans/explanations";
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equals(value);
    }

    /** The slot when one worker-day is involved, else the member's page, else the month in the year view. */
    private static String link(long planId, Worker worker, Member member, LocalDate from, LocalDate to,
            Map<String, Slot> firstSlotOfWorkerDay) {
        if (worker != null && from != null) {
            Slot slot = firstSlotOfWorkerDay.get(worker.getId() + "|" + from);
            if (slot != null && (to == null || to.equals(from))) {
                return SlotController.slotUrl(planId, slot.getId());
            }
        }
        if (worker == null && member != null) {
            return "/plans/" + planId + "/members/" + member.getId();
        }
        if (from != null) {
            return "/plans/" + planId + "/year?month=" + from.toString().substring(0, 7);
        }
        return "/plans/" + planId;
    }
}
