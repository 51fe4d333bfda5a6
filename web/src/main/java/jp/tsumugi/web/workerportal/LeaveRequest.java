package jp.tsumugi.web.workerportal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.cooperative.CooperativeOwned;
import jp.tsumugi.web.workers.Worker;

/** A worker asks for paid leave (年休) or a day off on a date; the secretariat approves or rejects. */
@Entity
@Table(name = "leave_request")
class LeaveRequest extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id", updatable = false)
    private Worker worker;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AvailabilityKind kind;

    @Column(updatable = false)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LeaveRequestStatus status = LeaveRequestStatus.PENDING;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    @Column(nullable = false)
    private long version;

    protected LeaveRequest() {
    }

    LeaveRequest(Worker worker, LocalDate date, AvailabilityKind kind, String note, OffsetDateTime createdAt) {
        super(worker.getCooperativeId());
        this.worker = worker;
        this.date = date;
        this.kind = kind;
        this.note = note;
        this.createdAt = createdAt;
    }

    void decide(LeaveRequestStatus decision, OffsetDateTime at, String by) {
        this.status = decision;
        this.decidedAt = at;
        this.decidedBy = by;
    }

    public Worker getWorker() {
        return worker;
    }

    public LocalDate getDate() {
        return date;
    }

    public AvailabilityKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public LeaveRequestStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isPending() {
        return status == LeaveRequestStatus.PENDING;
    }
}
