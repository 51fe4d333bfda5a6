package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PublishedAssignment;
import jp.tsumugi.web.plans.PublishedAssignmentRepository;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the roster a document is made from, always inside the signed-in user's cooperative: a plan id of another
 * cooperative is not found (404), like a plan that does not exist.
 */
@Service
class RecordSource {

    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final PublishedVersionRepository versions;
    private final PublishedAssignmentRepository publishedAssignments;

    RecordSource(PlanRepository plans, PlanRosters rosters, PublishedVersionRepository versions,
            PublishedAssignmentRepository publishedAssignments) {
        this.plans = plans;
        this.rosters = rosters;
        this.versions = versions;
        this.publishedAssignments = publishedAssignments;
    }

    /** The cooperative's plans, newest first. */
    List<Plan> plans(long cooperativeId) {
        return plans.findByCooperativeIdOrderByIdDesc(cooperativeId);
    }

    /** The plan asked for, or the newest one when none is named; 404 when there is no such plan in the cooperative. */
    Plan plan(long cooperativeId, Long planId) {
        Optional<Plan> plan = planId == null ? plans(cooperativeId).stream().findFirst()
                : plans.findByIdAndCooperativeId(planId, cooperativeId);
        return plan.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    RecordRoster load(long cooperativeId, Plan plan) {
        Roster roster = rosters.load(cooperativeId, plan.getId());
        Optional<PublishedVersion> version = versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId,
                plan.getId());
        if (version.isEmpty()) {
            return new RecordRoster(plan, roster, roster.getSlots(), null, null);
        }
        Map<String, Slot> current = new HashMap<>();
        roster.getSlots().forEach(slot -> current.put(slot.getId(), slot));
        Map<String, Worker> workerByCode = new HashMap<>();
        roster.getWorkers().forEach(worker -> workerByCode.put(worker.getId(), worker));
        List<Slot> slots = new java.util.ArrayList<>();
        Map<String, jp.tsumugi.solver.domain.Site> made = new HashMap<>();
        for (PublishedAssignment row : publishedAssignments.findByCooperativeIdAndPublishedVersionId(cooperativeId,
                version.get().getId())) {
            // a worker deleted since publication still appears under the name printed then
            Worker worker = workerByCode.computeIfAbsent(row.getWorkerCode(),
                    code -> new Worker(code, row.getWorkerName()));
            Slot slot = row.hasSlotDetails() ? jp.tsumugi.web.plans.PublishedSlots.of(roster, row, made)
                    : current.get(row.getSlotKey());
            if (slot != null) {
                slot.setWorker(worker);
                slots.add(slot);
            }
        }
        return new RecordRoster(plan, roster, slots, version.get().getNumber(), version.get().getPublishedAt());
    }

    /**
     * The roster of a date range made of several plans, as a year's report needs it: each date is taken from the plan
     * published most recently among those covering it, else from the newest plan covering it.
     *
     * @param sources the rosters used, in the order of their plans' ids
     */
    record RangeRoster(List<Slot> assigned, List<RecordRoster> sources) {
    }

    @Transactional(readOnly = true)
    RangeRoster range(long cooperativeId, LocalDate from, LocalDate to) {
        List<Plan> overlapping = plans(cooperativeId).stream()
                .filter(plan -> !plan.getFrom().isAfter(to) && !plan.getTo().isBefore(from)).toList();
        Map<Long, Optional<PublishedVersion>> latest = new HashMap<>();
        overlapping.forEach(plan -> latest.put(plan.getId(),
                versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, plan.getId())));
        Map<LocalDate, Long> planOf = new HashMap<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            LocalDate day = date;
            List<Plan> covering = overlapping.stream()
                    .filter(plan -> !plan.getFrom().isAfter(day) && !plan.getTo().isBefore(day)).toList();
            covering.stream().filter(plan -> latest.get(plan.getId()).isPresent())
                    .max(java.util.Comparator.comparing(plan -> latest.get(plan.getId()).get().getPublishedAt()))
                    .or(() -> covering.stream().max(java.util.Comparator.comparing(Plan::getId)))
                    .ifPresent(plan -> planOf.put(day, plan.getId()));
        }
        List<Slot> assigned = new java.util.ArrayList<>();
        List<RecordRoster> sources = new java.util.ArrayList<>();
        overlapping.stream().filter(plan -> planOf.containsValue(plan.getId()))
                .sorted(java.util.Comparator.comparing(Plan::getId)).forEach(plan -> {
                    RecordRoster roster = load(cooperativeId, plan);
                    sources.add(roster);
                    roster.assigned().stream().filter(slot -> plan.getId().equals(planOf.get(slot.getDate())))
                            .forEach(assigned::add);
                });
        assigned.sort(RecordRoster.BY_START);
        return new RangeRoster(assigned, sources);
    }

    /** The month asked for ({@code YYYY-MM}), else the plan's first month; 400 when it is not a month. */
    static YearMonth month(String text, Plan plan) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(plan.getFrom());
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month must be YYYY-MM");
        }
    }
}
