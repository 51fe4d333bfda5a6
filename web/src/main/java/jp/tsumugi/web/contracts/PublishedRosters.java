package jp.tsumugi.web.contracts;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
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
import jp.tsumugi.web.plans.PublishedSlots;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members and workers were told: a plan's latest published version, its slots carrying the published workers.
 * Notices and 明示 are made from it only, never from a draft. Always inside one cooperative.
 */
@Service
class PublishedRosters {

    static final Comparator<Slot> BY_START = Comparator.comparing(Slot::getStart).thenComparing(Slot::getId);

    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final PublishedVersionRepository versions;
    private final PublishedAssignmentRepository assignments;

    PublishedRosters(PlanRepository plans, PlanRosters rosters, PublishedVersionRepository versions,
            PublishedAssignmentRepository assignments) {
        this.plans = plans;
        this.rosters = rosters;
        this.versions = versions;
        this.assignments = assignments;
    }

    /** A published version's assigned slots, by start, and the cooperative's fee per hour (利用料金). */
    record Published(Plan plan, int number, OffsetDateTime publishedAt, List<Slot> assigned, long feePerHourYen) {

        List<Slot> in(YearMonth month) {
            return assigned.stream().filter(slot -> YearMonth.from(slot.getDate()).equals(month)).toList();
        }

        List<Slot> at(String memberCode) {
            return assigned.stream().filter(slot -> slot.getMember().getId().equals(memberCode)).toList();
        }
    }

    /** The cooperative's plans that have a published version, newest first. */
    @Transactional(readOnly = true)
    List<Plan> publishedPlans(long cooperativeId) {
        return plans.findByCooperativeIdOrderByIdDesc(cooperativeId).stream()
                .filter(plan -> versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, plan.getId())
                        .isPresent())
                .toList();
    }

    /** The plan of the cooperative, if it exists there. */
    Optional<Plan> plan(long cooperativeId, long planId) {
        return plans.findByIdAndCooperativeId(planId, cooperativeId);
    }

    /** The plan's latest published roster; empty when the plan was never published. */
    @Transactional(readOnly = true)
    Optional<Published> load(long cooperativeId, Plan plan) {
        Optional<PublishedVersion> version = versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId,
                plan.getId());
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Roster roster = rosters.load(cooperativeId, plan.getId());
        Map<String, PublishedAssignment> published = new HashMap<>();
        assignments.findByCooperativeIdAndPublishedVersionId(cooperativeId, version.get().getId())
                .forEach(row -> published.put(row.getSlotKey(), row));
        Map<String, Worker> workerByCode = new HashMap<>();
        roster.getWorkers().forEach(worker -> workerByCode.put(worker.getId(), worker));
        Map<String, Slot> current = new HashMap<>();
        roster.getSlots().forEach(slot -> current.put(slot.getId(), slot));
        Map<String, jp.tsumugi.solver.domain.Site> made = new HashMap<>();
        List<Slot> slots = new java.util.ArrayList<>();
        for (PublishedAssignment row : published.values()) {
            // the slot as published (V9), so a later change of its demand cannot rewrite or drop the paper
            Slot slot = row.hasSlotDetails() ? PublishedSlots.of(roster, row, made) : current.get(row.getSlotKey());
            if (slot != null) {
                slot.setWorker(workerByCode.computeIfAbsent(row.getWorkerCode(),
                        code -> new Worker(code, row.getWorkerName())));
                slots.add(slot);
            }
        }
        List<Slot> assigned = slots.stream().sorted(BY_START).toList();
        return Optional.of(new Published(plan, version.get().getNumber(), version.get().getPublishedAt(), assigned,
                roster.getSettings().getFeePerHourYen()));
    }
}
