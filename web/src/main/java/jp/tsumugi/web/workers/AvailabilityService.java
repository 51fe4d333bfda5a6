package jp.tsumugi.web.workers;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Leave and availability rows of one cooperative. */
@Service
class AvailabilityService {

    /** "No month chosen" reads every row; dates outside these bounds are not plausible leave. */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final AvailabilityRepository availability;

    private final WorkerRepository workers;

    private final CooperativeRepository cooperatives;

    AvailabilityService(AvailabilityRepository availability, WorkerRepository workers,
            CooperativeRepository cooperatives) {
        this.availability = availability;
        this.workers = workers;
        this.cooperatives = cooperatives;
    }

    @Transactional(readOnly = true)
    Page<Availability> search(long cooperativeId, Long workerId, YearMonth month, Pageable pageable) {
        LocalDate from = month == null ? EARLIEST : month.atDay(1);
        LocalDate to = month == null ? LATEST : month.atEndOfMonth();
        if (workerId == null) {
            return availability.findByCooperativeIdAndDateBetween(cooperativeId, from, to, pageable);
        }
        Worker worker = workers.findByIdAndCooperativeId(workerId, cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return availability.findByCooperativeIdAndWorkerAndDateBetween(cooperativeId, worker, from, to, pageable);
    }

    @Transactional(readOnly = true)
    Cooperative cooperative(long cooperativeId) {
        return cooperatives.findById(cooperativeId).orElseThrow();
    }

    @Transactional
    Availability add(long cooperativeId, AvailabilityForm form, Errors errors) {
        Worker worker = workers.findByIdAndCooperativeId(form.getWorkerId(), cooperativeId).orElse(null);
        if (worker == null) {
            errors.rejectValue("workerId", "availability.error.worker.required");
            return null;
        }
        return availability.save(new Availability(worker, form.getDate(), form.getFrom(), form.getTo(),
                form.getKind()));
    }

    @Transactional
    void delete(long cooperativeId, long id) {
        availability.delete(availability.findByIdAndCooperativeId(id, cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }
}
