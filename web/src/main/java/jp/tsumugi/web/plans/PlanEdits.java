package jp.tsumugi.web.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's hand changes to a plan: assign a worker to a slot, pin or unpin it, publish a version. Not while
 * the plan is being solved (the solver would overwrite them).
 */
@Service
public class PlanEdits {

    private final PlanRepository plans;
    private final PlanAssignmentRepository assignments;
    private final PublishedVersionRepository versions;
    private final PublishedAssignmentRepository publishedAssignments;
    private final WorkerRepository workers;
    private final PlanRosters rosters;
    private final ObjectProvider<PublishCheck> publishChecks;

    PlanEdits(PlanRepository plans, PlanAssignmentRepository assignments, PublishedVersionRepository versions,
            PublishedAssignmentRepository publishedAssignments, WorkerRepository workers, PlanRosters rosters,
            ObjectProvider<PublishCheck> publishChecks) {
        this.publishChecks = publishChecks;
        this.plans = plans;
        this.assignments = assignments;
        this.versions = versions;
        this.publishedAssignments = publishedAssignments;
        this.workers = workers;
        this.rosters = rosters;
    }

    /** The plan is being solved: hand changes must wait. */
    public static class PlanBusyException extends RuntimeException {
        public PlanBusyException() {
            super("the plan is being solved");
        }
    }

    /** A {@link PublishCheck} refused: nothing was published. */
    public static class PublishRefusedException extends RuntimeException {
        private final List<PublishCheck.Refusal> refusals;

        public PublishRefusedException(List<PublishCheck.Refusal> refusals) {
            super("publishing refused: " + refusals);
            this.refusals = List.copyOf(refusals);
        }

        public List<PublishCheck.Refusal> getRefusals() {
            return refusals;
        }
    }

    /**
     * Puts the worker (null: nobody) on the slot, pinned or not.
     *
     * @throws IllegalArgumentException when the slot is not one of the plan's or the worker is unknown
     */
    @Transactional
    public void assign(long cooperativeId, long planId, String slotKey, String workerCode, boolean pinned) {
        Plan plan = editable(cooperativeId, planId);
        Roster roster = rosters.load(cooperativeId, planId);
        if (roster.getSlots().stream().noneMatch(slot -> slot.getId().equals(slotKey))) {
            throw new IllegalArgumentException("no slot " + slotKey);
        }
        Worker worker = workerCode == null || workerCode.isBlank() ? null
                : workers.findByCooperativeIdAndCode(cooperativeId, workerCode)
                        .orElseThrow(() -> new IllegalArgumentException("no worker " + workerCode));
        PlanAssignment row = row(cooperativeId, planId, slotKey);
        if (row == null) {
            if (worker == null && !pinned) {
                return;
            }
            assignments.save(new PlanAssignment(plan, slotKey, worker, pinned));
        } else if (worker == null && !pinned) {
            assignments.delete(row);
        } else {
            row.setWorker(worker);
            row.setPinned(pinned);
            assignments.save(row);
        }
        markEdited(plan);
    }

    /** Pins or unpins the slot with whatever worker it has now. */
    @Transactional
    public void pin(long cooperativeId, long planId, String slotKey, boolean pinned) {
        Plan plan = editable(cooperativeId, planId);
        PlanAssignment row = row(cooperativeId, planId, slotKey);
        if (row == null) {
            if (pinned) {
                assignments.save(new PlanAssignment(plan, slotKey, null, true));
            }
        } else if (row.getWorker() == null && !pinned) {
            assignments.delete(row);
        } else {
            row.setPinned(pinned);
            assignments.save(row);
        }
        markEdited(plan);
    }

    /**
     * Publishes the plan's current roster as a new version and pins every slot on or before {@code fixedUntil},
     * empty ones too: those days are fixed, a re-plan may change only later ones (and prefers not to).
     *
     * @throws PublishRefusedException when a {@link PublishCheck} refuses (an assigned day without a contract)
     */
    @Transactional
    public PublishedVersion publish(long cooperativeId, long planId, LocalDate fixedUntil, String by) {
        Plan plan = editable(cooperativeId, planId);
        Roster current = rosters.load(cooperativeId, planId);
        List<PublishCheck.Refusal> refusals = publishChecks.orderedStream()
                .flatMap(check -> check.refusals(cooperativeId, current).stream()).toList();
        if (!refusals.isEmpty()) {
            throw new PublishRefusedException(refusals);
        }
        int number = versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, planId)
                .map(v -> v.getNumber() + 1).orElse(1);
        PublishedVersion version = versions.save(new PublishedVersion(plan, number, OffsetDateTime.now(), by, fixedUntil));
        List<PlanAssignment> rows = assignments.findByCooperativeIdAndPlanId(cooperativeId, planId);
        // each published slot is copied as it is now, so that a later change of its demand cannot rewrite the record
        Map<String, Slot> slotByKey = slotsById(rosters.load(cooperativeId, planId));
        publishedAssignments.saveAll(rows.stream()
                .filter(row -> row.getWorker() != null)
                .map(row -> slotByKey.containsKey(row.getSlotKey())
                        ? PublishedAssignment.of(version, slotByKey.get(row.getSlotKey()), row.getWorker().getCode(),
                                row.getWorker().getName())
                        : new PublishedAssignment(version, row.getSlotKey(), row.getWorker().getCode(),
                                row.getWorker().getName()))
                .toList());
        java.util.Set<String> withRow = new java.util.HashSet<>();
        for (PlanAssignment row : rows) {
            withRow.add(row.getSlotKey());
            if (!SlotKeys.date(row.getSlotKey()).isAfter(fixedUntil) && !row.isPinned()) {
                row.setPinned(true);
            }
        }
        assignments.saveAll(rows);
        // Slots left empty on fixed days stay empty: filling one would change a published schedule. The
        // secretariat can still fill them by hand.
        List<PlanAssignment> emptyFixed = current.getSlots().stream()
                .filter(slot -> !slot.getDate().isAfter(fixedUntil) && !withRow.contains(slot.getId()))
                .map(slot -> new PlanAssignment(plan, slot.getId(), null, true))
                .toList();
        assignments.saveAll(emptyFixed);
        return version;
    }

    /** The latest published worker code per slot key (empty when nothing is published). */
    @Transactional(readOnly = true)
    public Map<String, PublishedAssignment> latestPublished(long cooperativeId, long planId) {
        return versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, planId)
                .map(v -> publishedAssignments.findByCooperativeIdAndPublishedVersionId(cooperativeId, v.getId())
                        .stream().collect(Collectors.toMap(PublishedAssignment::getSlotKey, Function.identity())))
                .orElse(Map.of());
    }

    private PlanAssignment row(long cooperativeId, long planId, String slotKey) {
        return assignments.findByCooperativeIdAndPlanId(cooperativeId, planId).stream()
                .filter(a -> a.getSlotKey().equals(slotKey)).findFirst().orElse(null);
    }

    private Plan editable(long cooperativeId, long planId) {
        Plan plan = plans.findByIdAndCooperativeId(planId, cooperativeId)
                .orElseThrow(() -> new IllegalArgumentException("no plan " + planId));
        if (plan.getStatus() == PlanStatus.SOLVING) {
            throw new PlanBusyException();
        }
        return plan;
    }

    private void markEdited(Plan plan) {
        plan.setSavedAt(OffsetDateTime.now());
        plans.save(plan);
    }

    /** Slots of the roster by id. */
    static Map<String, Slot> slotsById(Roster roster) {
        return roster.getSlots().stream().collect(Collectors.toMap(Slot::getId, Function.identity()));
    }
}
