package jp.tsumugi.web.roster;

import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.plans.Plan;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The year at a glance: one month (or the whole plan) of workers × days, and the details of one cell. */
@Controller
class YearController {

    /** The {@code month} value that shows the whole plan at once. */
    static final String WHOLE_PLAN = "all";

    private final PlanRosterSource source;

    YearController(PlanRosterSource source) {
        this.source = source;
    }

    @GetMapping("/plans/{id}/year")
    String year(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @RequestParam(required = false) String month, Model model) {
        Plan plan = source.plan(user, id);
        List<YearMonth> months = months(plan);
        YearMonth shown = null;
        LocalDate from = plan.getFrom();
        LocalDate to = plan.getTo();
        if (!WHOLE_PLAN.equals(month)) {
            shown = month == null || month.isBlank() ? months.get(0) : parse(month);
            if (!months.contains(shown)) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            from = max(from, shown.atDay(1));
            to = min(to, shown.atEndOfMonth());
        }
        Roster roster = source.roster(user, plan);
        model.addAttribute("plan", plan);
        model.addAttribute("view", YearView.build(id, roster, from, to, source.holidays(user)));
        model.addAttribute("months", months);
        model.addAttribute("shown", shown);
        int index = shown == null ? -1 : months.indexOf(shown);
        model.addAttribute("previous", index > 0 ? months.get(index - 1) : null);
        model.addAttribute("next", index >= 0 && index < months.size() - 1 ? months.get(index + 1) : null);
        return "roster/year";
    }

    @GetMapping("/plans/{id}/year/cell")
    String cell(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, @RequestParam String worker,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        Plan plan = source.plan(user, id);
        if (date.isBefore(plan.getFrom()) || date.isAfter(plan.getTo())) {
            throw PlanRosterSource.notFound();
        }
        Roster roster = source.roster(user, plan);
        Worker found = roster.getWorkers().stream().filter(w -> w.getId().equals(worker)).findFirst()
                .orElseThrow(PlanRosterSource::notFound);
        Set<LocalDate> holidays = source.holidays(user);
        boolean holiday = date.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(date);
        model.addAttribute("plan", plan);
        model.addAttribute("cell", CellDetails.build(roster, found, date, holiday));
        // htmx swaps the details into the side panel; opened on its own (new tab, no script) it is a page
        if (htmx == null) {
            return "roster/cell";
        }
        // the cells are boosted links, which htmx would push to the history: the year view stays the page's URL
        response.setHeader("HX-Push-Url", "false");
        return "roster/cell :: details";
    }

    static List<YearMonth> months(Plan plan) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(plan.getFrom()); !m.isAfter(YearMonth.from(plan.getTo())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM or all");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
