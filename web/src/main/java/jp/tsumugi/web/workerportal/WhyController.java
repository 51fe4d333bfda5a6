package jp.tsumugi.web.workerportal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.solve.RosterSolver;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.workers.Worker;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Why my schedule is as it is: the solver's explanations of the published roster that concern me (sharing this
 * information is one of the cooperatives' principles). Explanations about other workers are never listed.
 */
@Controller
class WhyController {

    static final int MAX_ROWS = 100;

    private final MyWorker myWorker;
    private final PublishedSchedule schedule;
    private final RosterSolver solver;

    WhyController(MyWorker myWorker, PublishedSchedule schedule, RosterSolver solver) {
        this.myWorker = myWorker;
        this.schedule = schedule;
        this.solver = solver;
    }

    record Row(String level, String title, String message, LocalDate from, LocalDate to) {
    }

    @GetMapping("/worker/why")
    String why(@AuthenticationPrincipal TsumugiUser user, Model model, Locale locale) {
        Worker worker = myWorker.of(user);
        var current = schedule.current(worker.getCooperativeId(), Today.date()).orElse(null);
        List<Row> rows = new ArrayList<>();
        int total = 0;
        if (current != null) {
            var roster = schedule.publishedRoster(worker.getCooperativeId(), current);
            List<Explanation> mine = solver.explain(roster).stream()
                    .filter(e -> e.detail().worker() != null && worker.getCode().equals(e.detail().worker().getId()))
                    .sorted(Comparator.comparing(Explanation::level)
                            .thenComparing(e -> e.detail().from(), Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            total = mine.size();
            for (Explanation e : mine.subList(0, Math.min(MAX_ROWS, mine.size()))) {
                rows.add(new Row(e.level().name(), e.title(locale), e.message(locale), e.detail().from(),
                        e.detail().to()));
            }
            model.addAttribute("plan", current.plan());
            model.addAttribute("version", current.version());
        }
        model.addAttribute("published", current != null);
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("maxRows", MAX_ROWS);
        return "workerportal/why";
    }
}
