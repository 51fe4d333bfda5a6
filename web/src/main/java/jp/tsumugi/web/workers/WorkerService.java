package jp.tsumugi.web.workers;

import java.time.LocalDate;
import java.util.List;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads and changes the workers of one cooperative. Every method takes the cooperative id and finds rows only within
 * it: an id from another cooperative is "not found".
 */
@Service
class WorkerService {

    private final WorkerRepository workers;

    private final WorkerSkillRepository workerSkills;

    private final PreferenceRepository preferences;

    private final SkillRepository skills;

    private final CooperativeRepository cooperatives;

    WorkerService(WorkerRepository workers, WorkerSkillRepository workerSkills, PreferenceRepository preferences,
            SkillRepository skills, CooperativeRepository cooperatives) {
        this.workers = workers;
        this.workerSkills = workerSkills;
        this.preferences = preferences;
        this.skills = skills;
        this.cooperatives = cooperatives;
    }

    /** The worker page besides the form: skills held, preferences and the planning year for the expiry badge. */
    record WorkerDetails(Worker worker, List<WorkerSkill> skills, List<Preference> preferences, LocalDate planFrom,
            LocalDate planTo) {

        public boolean expiresInPlanningYear(WorkerSkill held) {
            LocalDate until = held.getValidUntil();
            return until != null && planFrom != null && planTo != null && !until.isBefore(planFrom)
                    && !until.isAfter(planTo);
        }
    }

    @Transactional(readOnly = true)
    Page<Worker> search(long cooperativeId, String text, Pageable pageable) {
        String q = text == null ? "" : text.strip();
        return workers.findByCooperativeIdAndCodeContainingIgnoreCaseOrCooperativeIdAndNameContainingIgnoreCase(
                cooperativeId, q, cooperativeId, q, pageable);
    }

    @Transactional(readOnly = true)
    List<Worker> all(long cooperativeId) {
        return workers.findByCooperativeIdOrderByCode(cooperativeId);
    }

    @Transactional(readOnly = true)
    List<Skill> skillChoices(long cooperativeId) {
        return skills.findByCooperativeIdOrderByCode(cooperativeId);
    }

    @Transactional(readOnly = true)
    WorkerForm form(long cooperativeId, long id) {
        return WorkerForm.of(find(cooperativeId, id));
    }

    @Transactional(readOnly = true)
    long currentVersion(long cooperativeId, long id) {
        return find(cooperativeId, id).getVersion();
    }

    @Transactional(readOnly = true)
    WorkerDetails details(long cooperativeId, long id) {
        Worker worker = find(cooperativeId, id);
        Cooperative cooperative = cooperatives.findById(cooperativeId).orElseThrow();
        return new WorkerDetails(worker, workerSkills.findByCooperativeIdAndWorkerOrderByIdAsc(cooperativeId, worker),
                preferences.findByCooperativeIdAndWorkerOrderByIdAsc(cooperativeId, worker),
                cooperative.getPlanFrom(), cooperative.getPlanTo());
    }

    /** The checks that need the database: a unique code, a buddy of the same cooperative who is someone else. */
    @Transactional(readOnly = true)
    void checkReferences(long cooperativeId, Long id, WorkerForm form, Errors errors) {
        if (form.getCode() != null && !errors.hasFieldErrors("code")) {
            workers.findByCooperativeIdAndCode(cooperativeId, form.getCode().strip())
                    .filter(other -> !other.getId().equals(id))
                    .ifPresent(other -> errors.rejectValue("code", "workers.error.code.taken"));
        }
        if (form.getRequiredBuddyId() != null) {
            if (form.getRequiredBuddyId().equals(id)) {
                errors.rejectValue("requiredBuddyId", "workers.error.buddy.self");
            } else if (workers.findByIdAndCooperativeId(form.getRequiredBuddyId(), cooperativeId).isEmpty()) {
                errors.rejectValue("requiredBuddyId", "workers.error.buddy.unknown");
            }
        }
    }

    @Transactional
    Worker create(long cooperativeId, WorkerForm form) {
        Worker worker = new Worker(cooperativeId, form.getCode().strip(), form.getName().strip(), 0);
        form.applyTo(worker, buddy(cooperativeId, form));
        return workers.save(worker);
    }

    /**
     * Saves over the worker only if nobody saved it since the form was opened; otherwise throws
     * {@link ObjectOptimisticLockingFailureException}, as Hibernate does when the race is closer still.
     */
    @Transactional
    void update(long cooperativeId, long id, WorkerForm form) {
        Worker worker = find(cooperativeId, id);
        if (worker.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(Worker.class, id);
        }
        form.applyTo(worker, buddy(cooperativeId, form));
    }

    @Transactional
    void addSkill(long cooperativeId, long workerId, WorkerSkillForm form, Errors errors) {
        Worker worker = find(cooperativeId, workerId);
        Skill skill = skills.findByIdAndCooperativeId(form.getSkillId(), cooperativeId).orElse(null);
        if (skill == null) {
            errors.rejectValue("skillId", "workers.error.skill.required");
            return;
        }
        workerSkills.save(new WorkerSkill(worker, skill, form.getValidFrom(), form.getValidUntil()));
    }

    @Transactional
    void removeSkill(long cooperativeId, long workerId, long workerSkillId) {
        WorkerSkill held = workerSkills.findByIdAndCooperativeId(workerSkillId, cooperativeId)
                .filter(row -> row.getWorker().getId() == workerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        // Deleted through its own repository, not the worker's collection: that would bump the worker's version
        // and make an open worker form look stale.
        workerSkills.delete(held);
    }

    private Worker buddy(long cooperativeId, WorkerForm form) {
        return form.getRequiredBuddyId() == null ? null
                : workers.findByIdAndCooperativeId(form.getRequiredBuddyId(), cooperativeId).orElseThrow();
    }

    private Worker find(long cooperativeId, long id) {
        return workers.findByIdAndCooperativeId(id, cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
