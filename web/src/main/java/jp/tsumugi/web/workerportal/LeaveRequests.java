package jp.tsumugi.web.workerportal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Leave requests: a worker asks for paid leave or a day off, sees their own requests and paid-leave standing; the
 * secretariat approves (an availability row is added, so the next plan keeps the day free) or rejects.
 */
@Service
class LeaveRequests {

    /** What a worker may ask for; UNAVAILABLE (sickness etc.) is entered by the secretariat. */
    static final List<AvailabilityKind> KINDS = List.of(AvailabilityKind.PAID_LEAVE, AvailabilityKind.DAY_OFF);

    static final int NOTE_MAX = 500;

    /** Why a request cannot be made: the message key. */
    static class RequestRejected extends RuntimeException {
        private final String messageKey;

        RequestRejected(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final LeaveRequestRepository requests;
    private final AvailabilityRepository availability;

    LeaveRequests(LeaveRequestRepository requests, AvailabilityRepository availability) {
        this.requests = requests;
        this.availability = availability;
    }

    @Transactional(readOnly = true)
    List<LeaveRequest> mine(Worker worker) {
        return requests.findByCooperativeIdAndWorkerOrderByDateDescIdDesc(worker.getCooperativeId(), worker);
    }

    @Transactional(readOnly = true)
    PaidLeaveStatus paidLeave(Worker worker, LocalDate today) {
        List<LocalDate> days = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(worker.getCooperativeId(),
                        worker).stream()
                .filter(a -> a.getKind() == AvailabilityKind.PAID_LEAVE)
                .map(Availability::getDate)
                .distinct()
                .toList();
        return PaidLeaveStatus.of(worker.getPaidLeaveDaysGranted(), worker.getHiredOn(), days, today);
    }

    /** @throws RequestRejected when the date, kind or note is not acceptable */
    @Transactional
    LeaveRequest request(Worker worker, LocalDate date, AvailabilityKind kind, String note, LocalDate today) {
        if (date == null) {
            throw new RequestRejected("workerportal.requests.error.date");
        }
        if (date.isBefore(today)) {
            throw new RequestRejected("workerportal.requests.error.past");
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new RequestRejected("workerportal.requests.error.kind");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > NOTE_MAX) {
            throw new RequestRejected("workerportal.requests.error.note");
        }
        long c = worker.getCooperativeId();
        List<LeaveRequest> open = requests.findByCooperativeIdAndWorkerAndStatusIn(c, worker,
                EnumSet.of(LeaveRequestStatus.PENDING, LeaveRequestStatus.APPROVED));
        if (open.stream().anyMatch(r -> r.getDate().equals(date))) {
            throw new RequestRejected("workerportal.requests.error.duplicate");
        }
        if (kind == AvailabilityKind.PAID_LEAVE) {
            PaidLeaveStatus status = paidLeave(worker, today);
            long pendingPaid = open.stream()
                    .filter(r -> r.isPending() && r.getKind() == AvailabilityKind.PAID_LEAVE)
                    .filter(r -> !r.getDate().isBefore(status.yearStart()) && !r.getDate().isAfter(status.yearEnd()))
                    .count();
            boolean inThisYear = !date.isAfter(status.yearEnd());
            if (inThisYear && status.balance() != null && status.balance() - pendingPaid <= 0) {
                throw new RequestRejected("workerportal.requests.error.noBalance");
            }
        }
        return requests.save(new LeaveRequest(worker, date, kind, trimmed, OffsetDateTime.now()));
    }

    /** The worker withdraws one of their own pending requests. */
    @Transactional
    void withdraw(Worker worker, long id) {
        LeaveRequest request = requests.findByIdAndCooperativeIdAndWorker(id, worker.getCooperativeId(), worker)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!request.isPending()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        requests.delete(request);
    }

    @Transactional(readOnly = true)
    List<LeaveRequest> pending(long cooperativeId) {
        return requests.findByCooperativeIdAndStatusOrderByDateAscIdAsc(cooperativeId, LeaveRequestStatus.PENDING);
    }

    @Transactional(readOnly = true)
    List<LeaveRequest> recentlyDecided(long cooperativeId) {
        return requests.findTop20ByCooperativeIdAndStatusNotOrderByDecidedAtDescIdDesc(cooperativeId,
                LeaveRequestStatus.PENDING);
    }

    /**
     * Approves a pending request: the day becomes the worker's leave or day off (an availability row, unless one of
     * that kind is already there), which the next plan respects.
     */
    @Transactional
    LeaveRequest approve(long cooperativeId, long id, String by) {
        LeaveRequest request = pendingOne(cooperativeId, id);
        request.decide(LeaveRequestStatus.APPROVED, OffsetDateTime.now(), by);
        Worker worker = request.getWorker();
        boolean already = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(cooperativeId, worker).stream()
                .anyMatch(a -> a.getDate().equals(request.getDate()) && a.getKind() == request.getKind()
                        && a.isWholeDay());
        if (!already) {
            availability.save(new Availability(worker, request.getDate(), null, null, request.getKind()));
        }
        return requests.save(request);
    }

    @Transactional
    LeaveRequest reject(long cooperativeId, long id, String by) {
        LeaveRequest request = pendingOne(cooperativeId, id);
        request.decide(LeaveRequestStatus.REJECTED, OffsetDateTime.now(), by);
        return requests.save(request);
    }

    private LeaveRequest pendingOne(long cooperativeId, long id) {
        LeaveRequest request = requests.findByIdAndCooperativeId(id, cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!request.isPending()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return request;
    }
}
