package jp.tsumugi.web.plans;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's roster as the solver's model and back. Loading builds the problem of the plan's window from the
 * cooperative's data (through {@link CooperativeDatasets} and the dataset mapper), then puts the saved workers and pins
 * on the slots and the latest published version's workers as each slot's published worker (so re-planning prefers to
 * keep them). A saved slot that no longer exists (its demand was changed) is dropped.
 */
@Service
public class PlanRosters {

    private final CooperativeDatasets datasets;
    private final PlanRepository plans;
    private final PlanAssignmentRepository assignments;
    private final PublishedVersionRepository publishedVersions;
    private final PublishedAssignmentRepository publishedAssignments;
    private final WorkerRepository workers;

    PlanRosters(CooperativeDatasets datasets, PlanRepository plans, PlanAssignmentRepository assignments,
            PublishedVersionRepository publishedVersions, PublishedAssignmentRepository publishedAssignments,
            WorkerRepository workers) {
        this.datasets = datasets;
        this.plans = plans;
        this.assignments = assignments;
        this.publishedVersions = publishedVersions;
        this.publishedAssignments = publishedAssignments;
        this.workers = workers;
    }

    @Transactional(readOnly = true)
    public Roster load(long cooperativeId, long planId) {
        Plan plan = plans.findByIdAndCooperativeId(planId, cooperativeId)
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        Roster roster = DatasetMapper.toRoster(datasets.window(cooperativeId, plan.getFrom(), plan.getTo()));
        Map<String, Slot> slotById = new HashMap<>();
        roster.getSlots().forEach(slot -> slotById.put(slot.getId(), slot));
        Map<String, jp.tsumugi.solver.domain.Worker> workerByCode = new HashMap<>();
        roster.getWorkers().forEach(worker -> workerByCode.put(worker.getId(), worker));
        for (PlanAssignment saved : assignments.findByCooperativeIdAndPlanId(cooperativeId, planId)) {
            Slot slot = slotById.get(saved.getSlotKey());
            if (slot != null) {
                slot.setWorker(saved.getWorker() == null ? null : workerByCode.get(saved.getWorker().getCode()));
                slot.setPinned(saved.isPinned());
            }
        }
        publishedVersions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, planId).ifPresent(version -> {
            for (PublishedAssignment published : publishedAssignments
                    .findByCooperativeIdAndPublishedVersionId(cooperativeId, version.getId())) {
                Slot slot = slotById.get(published.getSlotKey());
                if (slot != null) {
                    slot.setPublishedWorker(workerByCode.get(published.getWorkerCode()));
                }
            }
        });
        return roster;
    }

    /** Replaces the plan's saved roster by the given one (slots with a worker or a pin) and records its score. */
    @Transactional
    public void save(long cooperativeId, long planId, Roster roster) {
        Plan plan = plans.findByIdAndCooperativeId(planId, cooperativeId)
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        Map<String, Worker> workerByCode = new HashMap<>();
        workers.findByCooperativeId(cooperativeId).forEach(worker -> workerByCode.put(worker.getCode(), worker));
        assignments.deleteAllOfPlan(cooperativeId, planId);
        List<PlanAssignment> rows = roster.getSlots().stream()
                .filter(slot -> slot.getWorker() != null || slot.isPinned())
                .map(slot -> new PlanAssignment(plan, slot.getId(),
                        slot.getWorker() == null ? null : workerByCode.get(slot.getWorker().getId()), slot.isPinned()))
                .toList();
        assignments.saveAll(rows);
        Plan fresh = plans.findByIdAndCooperativeId(planId, cooperativeId).orElseThrow();
        fresh.setScore(roster.getScore() == null ? null : roster.getScore().toString());
        fresh.setSavedAt(OffsetDateTime.now());
        plans.save(fresh);
    }
}
