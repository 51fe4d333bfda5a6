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
    private final org.springframework.context.MessageSource messages;

    PublishController(PlanRepository plans, PublishedVersionRepository versions, PlanRosters rosters,
            PlanEdits edits, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.versions = versions;
        this.rosters = rosters;
        this.edits = edits;
    }

    /**
     * A cover (one pattern on one day) whose workers changed since the latest publication; {@code member} null when
     * its demand is gone. The heads of a cover are interchangeable, so a worker moved between them is no change.
     */
    record Change(String slotKey, LocalDate date, String member, String site, String time, String publishedWorker,
            String currentWorker, String link) {
    }

    static List<Change> changes(long planId, Roster roster, Map<String, PublishedAssignment> published) {
        Map<String, java.util.SortedSet<String>> before = new java.util.TreeMap<>();
        Map<String, String> names = new java.util.HashMap<>();
        for (PublishedAssignment p : published.values()) {
            before.computeIfAbsent(coverOf(p.getSlotKey()), k -> new java.util.TreeSet<>()).add(p.getWorkerCode());
            names.put(p.getWorkerCode(), p.getWorkerName());
        }
        Map<String, java.util.SortedSet<String>> now = new java.util.TreeMap<>();
        Map<String, Slot> firstSlot = new java.util.HashMap<>();
        for (Slot slot : roster.getSlots()) {
            String cover = coverOf(slot.getId());
            firstSlot.putIfAbsent(cover, slot);
            java.util.SortedSet<String> workers = now.computeIfAbsent(cover, k -> new java.util.TreeSet<>());
            if (slot.getWorker() != null) {
                workers.add(slot.getWorker().getId());
                names.put(slot.getWorker().getId(), slot.getWorker().getName());
            }
        }
        List<Change> changes = new ArrayList<>();
        java.util.Set<String> covers = new java.util.TreeSet<>(before.keySet());
        covers.addAll(now.keySet());
        for (String cover : covers) {
            java.util.SortedSet<String> then = before.getOrDefault(cover, new java.util.TreeSet<>());
            java.util.SortedSet<String> current = now.get(cover);
            Slot slot = firstSlot.get(cover);
            if (current == null) {
                changes.add(new Change(cover, SlotKeys.date(cover + "#0"), null, null, null, join(then, names), null,
                        null));
            } else if (!then.equals(current)) {
                changes.add(new Change(cover, slot.getDate(), slot.getMember().getName(), slot.getSite().getName(),
                        slot.getCover().getStartTime() + "–" + slot.getCover().getEndTime(), join(then, names),
                        join(current, names), SlotController.slotUrl(planId, slot.getId())));
            }
        }
        return changes;
    }

    private static String coverOf(String slotKey) {
        return slotKey.substring(0, slotKey.lastIndexOf('#'));
    }

    private static String join(java.util.SortedSet<String> codes, Map<String, String> names) {
        return codes.isEmpty() ? null : codes.stream().map(names::get).collect(java.util.stream.Collectors.joining("、"));
    }

    @GetMapping("/plans/{id}/publish")
    String show(@AuthenticationPrincipal TsumugiUser user, @PathVariable long id, Model model) {
        Plan plan = plan(user, id);
        long c = user.getCooperativeId();
        Roster roster = rosters.load(c, id);
        Map<String, PublishedAssignment> published = edits.latestPublished(c, id);
        List<Change> changes = published.isEmpty() ? new ArrayList<>() : changes(id, roster, published);
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
            RedirectAttributes redirect, java.util.Locale locale) {
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
        } catch (PlanEdits.PublishRefusedException e) {
            redirect.addFlashAttribute("refusals", e.getRefusals().stream()
                    .map(r -> messages.getMessage(r.messageKey(), r.arguments().toArray(), locale)).toList());
        }
        return "redirect:/plans/" + id + "/publish";
    }

    private Plan plan(TsumugiUser user, long id) {
        return plans.findByIdAndCooperativeId(id, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
