package jp.tsumugi.web.workerportal;

import java.time.LocalDate;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.workers.Worker;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The worker's requests: paid leave and days off (the secretariat decides), and wishes about members and jobs. */
@Controller
class RequestController {

    private final MyWorker myWorker;
    private final LeaveRequests requests;
    private final MyPreferences preferences;

    RequestController(MyWorker myWorker, LeaveRequests requests, MyPreferences preferences) {
        this.myWorker = myWorker;
        this.requests = requests;
        this.preferences = preferences;
    }

    @GetMapping("/worker/requests")
    String page(@AuthenticationPrincipal TsumugiUser user, Model model) {
        return show(myWorker.of(user), null, null, null, null, model);
    }

    @PostMapping("/worker/requests")
    String request(@AuthenticationPrincipal TsumugiUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) AvailabilityKind kind, @RequestParam(required = false) String note,
            Model model, RedirectAttributes redirect) {
        Worker worker = myWorker.of(user);
        try {
            requests.request(worker, date, kind, note, Today.date());
        } catch (LeaveRequests.RequestRejected e) {
            return show(worker, e.messageKey(), date, kind, note, model);
        }
        redirect.addFlashAttribute("flash", "workerportal.requests.flash.sent");
        return "redirect:/worker/requests";
    }

    @PostMapping("/worker/requests/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        requests.withdraw(myWorker.of(user), id);
        redirect.addFlashAttribute("flash", "workerportal.requests.flash.withdrawn");
        return "redirect:/worker/requests";
    }

    @PostMapping("/worker/preferences")
    String addPreference(@AuthenticationPrincipal TsumugiUser user, @RequestParam(required = false) String target,
            @RequestParam(defaultValue = "true") boolean liked, RedirectAttributes redirect) {
        boolean added = preferences.add(myWorker.of(user), target, liked);
        redirect.addFlashAttribute("flash",
                added ? "workerportal.preferences.flash.added" : "workerportal.preferences.error.target");
        return "redirect:/worker/requests#preferences";
    }

    @PostMapping("/worker/preferences/{id}/delete")
    String deletePreference(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            RedirectAttributes redirect) {
        preferences.remove(myWorker.of(user), id);
        redirect.addFlashAttribute("flash", "workerportal.preferences.flash.deleted");
        return "redirect:/worker/requests#preferences";
    }

    private String show(Worker worker, String error, LocalDate date, AvailabilityKind kind, String note,
            Model model) {
        LocalDate today = Today.date();
        model.addAttribute("worker", worker);
        model.addAttribute("requests", requests.mine(worker));
        model.addAttribute("paidLeave", requests.paidLeave(worker, today));
        model.addAttribute("kinds", LeaveRequests.KINDS);
        model.addAttribute("today", today);
        model.addAttribute("error", error);
        model.addAttribute("date", date);
        model.addAttribute("kind", kind == null ? AvailabilityKind.PAID_LEAVE : kind);
        model.addAttribute("note", note);
        model.addAttribute("noteMax", LeaveRequests.NOTE_MAX);
        model.addAttribute("preferences", preferences.mine(worker));
        model.addAttribute("members", preferences.members(worker.getCooperativeId()));
        model.addAttribute("jobTypes", preferences.jobTypes(worker.getCooperativeId()));
        return "workerportal/requests";
    }
}
