package jp.tsumugi.web.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.accounts.TsumugiUser;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Publishing a plan and seeing what changed since: each version is kept; the months up to "fixed until" are pinned,
 * and after a re-plan (a worker's sick leave, a member's demand change) the page lists every slot whose worker differs
 * from the latest published version.
 */
@Controller
class PublishController {

    private final PlanRepository plans;
    private final PublishedVersionRepository versions;
    private final PlanRosters rosters;
    private final PlanEdits edits;

    PublishController(PlanRepository plans, PublishedVersionRepository versions, PlanRosters rosters,
            PlanEdits edits) {
        this.plans = plans;
        this.versions = versions;
        this.rosters = rosters;
        this.edits = edits;
    }

    /** A slot whose worker changed since the latest publication; {@code slot} null when its demand is gone. */
    record Change(String slotKey, LocalDate date, String member, String site, String time, String publishedWorker,
            String currentWorker, String link) {
    }

    @GetMapping("/plans/{id}/publish")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = plan(user, id);
        long c = user.getCooperativeId();
        Roster roster = rosters.load(c, id);
        Map<String, PublishedAssignment> published = edits.latestPublished(c, id);
        List<Change> changes = new ArrayList<>();
        for (Slot slot : roster.getSlots()) {
            PublishedAssignment before = published.get(slot.getId());
            String beforeCode = before == null ? null : before.getWorkerCode();
            String nowCode = slot.getWorker() == null ? null : slot.getWorker().getId();
            if (!published.isEmpty() && !java.util.Objects.equals(beforeCode, nowCode)) {
                changes.add(new Change(slot.getId(), slot.getDate(), slot.getMember().getName(), slot.getSite().getName(),
                        slot.getCover().getStartTime() + "–" + slot.getCover().getEndTime(),
                        before == null ? null : before.getWorkerName(),
                        slot.getWorker() == null ? null : slot.getWorker().getName(),
                        SlotController.slotUrl(id, slot.getId())));
            }
        }
        java.util.Set<String> slotIds = PlanEdits.slotsById(roster).keySet();
        for (PublishedAssignment gone : published.values()) {
            if (!slotIds.contains(gone.getSlotKey())) {
                changes.add(new Change(gone.getSlotKey(), SlotKeys.date(gone.getSlotKey()), null, null, null,
                        gone.getWorkerName(), null, null));
            }
        }
        changes.sort(Comparator.comparing(Change::date).thenComparing(Change::slotKey));
        model.addAttribute("plan", plan);
        model.addAttribute("versions", versions.findByCooperativeIdAndPlanIdOrderByNumberDesc(c, id));
        model.addAttribute("changes", changes);
        model.addAttribute("published", !published.isEmpty());
        List<LocalDate> monthEnds = new ArrayList<>();
        for (YearMonth m = YearMonth.from(plan.getFrom()); !m.isAfter(YearMonth.from(plan.getTo())); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            monthEnds.add(end.isAfter(plan.getTo()) ? plan.getTo() : end);
        }
        model.addAttribute("monthEnds", monthEnds);
        model.addAttribute("busy", plan.getStatus() == PlanStatus.SOLVING);
        return "plans/publish";
    }

    @PostMapping("/plans/{id}/publish")
    String publish(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fixedUntil,
            RedirectAttributes redirect) {
        Plan plan = plan(user, id);
        if (fixedUntil.isBefore(plan.getFrom().minusDays(1)) || fixedUntil.isAfter(plan.getTo())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "fixedUntil outside the plan");
        }
        try {
            PublishedVersion version = edits.publish(user.getCooperativeId(), id, fixedUntil, user.getUsername());
            redirect.addFlashAttribute("flash", "publish.done");
            redirect.addFlashAttribute("flashArg", version.getNumber());
        } catch (PlanEdits.PlanBusyException e) {
            redirect.addFlashAttribute("flash", "slot.busy");
        }
        return "redirect:/plans/" + id + "/publish";
    }

    private Plan plan(TsumugiUser user, long id) {
        return plans.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
