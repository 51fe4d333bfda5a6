package jp.tsumugi.web.plans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.solver.solve.RosterSummary;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.solving.AlreadySolvingException;
import jp.tsumugi.web.solving.PlanSolving;
import jp.tsumugi.web.solving.ProgressChart;
import jp.tsumugi.web.solving.ScoreView;
import jp.tsumugi.web.solving.SolveProgress;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Plans: create one for a date range, solve it in the background with live progress, see its summary. */
@Controller
class PlanController {

    /** The time limits offered on the page, in seconds. */
    static final Set<Integer> LIMITS = Set.of(5, 10, 30, 60, 300, 600);

    private final PlanRepository plans;
    private final CooperativeRepository cooperatives;
    private final PlanSolving solving;
    private final PlanRosters rosters;
    private final RosterSolver solver;
    private final PublishedVersionRepository versions;

    PlanController(PlanRepository plans, CooperativeRepository cooperatives, PlanSolving solving, PlanRosters rosters,
            RosterSolver solver, PublishedVersionRepository versions) {
        this.plans = plans;
        this.cooperatives = cooperatives;
        this.solving = solving;
        this.rosters = rosters;
        this.solver = solver;
        this.versions = versions;
    }

    record PlanForm(@NotBlank @Size(max = 100) String name,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    }

    @GetMapping("/plans")
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        Cooperative cooperative = cooperative(user);
        model.addAttribute("plans", plans.findByCooperativeIdOrderByIdDesc(user.getCooperativeId()));
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new PlanForm("", cooperative.getPlanFrom(), cooperative.getPlanTo()));
        }
        model.addAttribute("cooperative", cooperative);
        return "plans/list";
    }

    @PostMapping("/plans")
    String create(@AuthenticationPrincipal TsumugiUser user, @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Cooperative cooperative = cooperative(user);
        if (form.from() != null && form.to() != null) {
            if (form.to().isBefore(form.from())) {
                result.rejectValue("to", "plan.to.beforeFrom");
            }
            if (cooperative.getPlanFrom() == null || form.from().isBefore(cooperative.getPlanFrom())
                    || form.to().isAfter(cooperative.getPlanTo())) {
                result.rejectValue("from", "plan.outsideYear", new Object[] {cooperative.getPlanFrom(),
                        cooperative.getPlanTo()}, null);
            }
        }
        if (result.hasErrors()) {
            model.addAttribute("plans", plans.findByCooperativeIdOrderByIdDesc(user.getCooperativeId()));
            model.addAttribute("cooperative", cooperative);
            return "plans/list";
        }
        Plan plan = plans.save(new Plan(user.getCooperativeId(), form.name().strip(), form.from(), form.to()));
        redirect.addFlashAttribute("flash", "plan.created");
        return "redirect:/plans/" + plan.getId();
    }

    @GetMapping("/plans/{id}")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = plan(user, id);
        model.addAttribute("plan", plan);
        model.addAttribute("limits", LIMITS.stream().sorted().toList());
        addProgress(user, plan, model);
        Roster roster = rosters.load(user.getCooperativeId(), id);
        RosterSummary summary = solver.summarize(roster);
        model.addAttribute("summary", summary);
        model.addAttribute("score", ScoreView.of(summary.score().hardScore(), summary.unfilledRequiredMinutes(),
                summary.score().softScore()));
        model.addAttribute("slotCount", roster.getSlots().size());
        model.addAttribute("assignedCount", roster.getSlots().stream().filter(s -> s.getWorker() != null).count());
        return "plans/show";
    }

    @GetMapping("/plans/{id}/progress")
    String progress(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = plan(user, id);
        model.addAttribute("plan", plan);
        addProgress(user, plan, model);
        return "plans/progress :: progress";
    }

    @PostMapping("/plans/{id}/solve")
    String solve(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @RequestParam(defaultValue = "30") int seconds, RedirectAttributes redirect) {
        plan(user, id);
        if (!LIMITS.contains(seconds)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown time limit");
        }
        try {
            solving.start(user.getCooperativeId(), id, Duration.ofSeconds(seconds));
            redirect.addFlashAttribute("flash", "plan.solving.started");
        } catch (AlreadySolvingException e) {
            redirect.addFlashAttribute("flash", "plan.solving.already");
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/stop")
    String stop(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        plan(user, id);
        solving.stop(user.getCooperativeId(), id);
        redirect.addFlashAttribute("flash", "plan.solving.stopping");
        return "redirect:/plans/" + id;
    }

    /**
     * Deletes a plan that was never published. A published version is a record that must be kept (派遣元管理台帳 and
     * invoices are made from it, three years): such a plan is refused with a message, and so is a plan being solved.
     */
    @PostMapping("/plans/{id}/delete")
    String delete(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        Plan plan = plan(user, id);
        int published = versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(user.getCooperativeId(), id).size();
        if (published > 0 || plan.getStatus() == PlanStatus.SOLVING) {
            redirect.addFlashAttribute("deleteProblem", published > 0 ? "plan.delete.published" : "plan.delete.solving");
            redirect.addFlashAttribute("deleteProblemArg", published);
            return "redirect:/plans/" + id;
        }
        plans.delete(plan);
        redirect.addFlashAttribute("flash", "plan.deleted");
        redirect.addFlashAttribute("flashArg", plan.getName());
        return "redirect:/plans";
    }

    private void addProgress(TsumugiUser user, Plan plan, Model model) {
        SolveProgress job = solving.progress(user.getCooperativeId(), plan.getId()).orElse(null);
        model.addAttribute("job", job);
        model.addAttribute("active", plan.getStatus() == PlanStatus.SOLVING && job != null && !job.isFinished());
        if (job != null) {
            Instant now = Instant.now();
            model.addAttribute("elapsedSeconds", job.elapsed(now).toSeconds());
            model.addAttribute("limitSeconds", job.getLimit().toSeconds());
            model.addAttribute("best", ScoreView.of(job.getBest()));
            model.addAttribute("chart", ProgressChart.polyline(job.getPoints(),
                    Math.max(job.getLimit().toMillis(), job.elapsed(now).toMillis())));
            model.addAttribute("chartWidth", ProgressChart.WIDTH);
            model.addAttribute("chartHeight", ProgressChart.HEIGHT);
        }
    }

    private Plan plan(TsumugiUser user, long id) {
        return plans.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Cooperative cooperative(TsumugiUser user) {
        return cooperatives.findById(user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
