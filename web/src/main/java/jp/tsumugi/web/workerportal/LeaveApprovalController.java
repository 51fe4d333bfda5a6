package jp.tsumugi.web.workerportal;

import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's side of leave requests (outside /worker, so the security rules make it secretariat-only). */
@Controller
class LeaveApprovalController {

    private final LeaveRequests requests;

    LeaveApprovalController(LeaveRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/leave-requests")
    String list(@AuthenticationPrincipal TsumugiUser user, Model model) {
        model.addAttribute("pending", requests.pending(user.getCooperativeId()));
        model.addAttribute("decided", requests.recentlyDecided(user.getCooperativeId()));
        return "workerportal/leave-requests";
    }

    @PostMapping("/leave-requests/{id}/approve")
    String approve(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        requests.approve(user.getCooperativeId(), id, user.getUsername());
        redirect.addFlashAttribute("flash", "workerportal.approval.flash.approved");
        return "redirect:/leave-requests";
    }

    @PostMapping("/leave-requests/{id}/reject")
    String reject(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, RedirectAttributes redirect) {
        requests.reject(user.getCooperativeId(), id, user.getUsername());
        redirect.addFlashAttribute("flash", "workerportal.approval.flash.rejected");
        return "redirect:/leave-requests";
    }
}
