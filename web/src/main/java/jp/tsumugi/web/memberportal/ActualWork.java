package jp.tsumugi.web.memberportal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** One line of the member's ledger (派遣先管理台帳): when a worker actually worked at the member on a day. */
@Entity
@Table(name = "actual_work")
public class ActualWork extends CooperativeOwned {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(name = "worker_code", nullable = false, updatable = false)
    private String workerCode;

    @Column(name = "worker_name", nullable = false)
    private String workerName;

    @Column(name = "on_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected ActualWork() {
    }

    ActualWork(long cooperativeId, long memberId, Long workerId, String workerCode, String workerName,
            LocalDate date) {
        super(cooperativeId);
        this.memberId = memberId;
        this.workerId = workerId;
        this.workerCode = workerCode;
        this.workerName = workerName;
        this.date = date;
    }

    void record(LocalTime start, LocalTime end, int breakMinutes, String by) {
        this.start = start;
        this.end = end;
        this.breakMinutes = breakMinutes;
        this.recordedBy = by;
        this.recordedAt = OffsetDateTime.now();
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public String getWorkerCode() {
        return workerCode;
    }

    public String getWorkerName() {
        return workerName;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public int getBreakMinutes() {
        return breakMinutes;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    void setSubmittedAt(OffsetDateTime submittedAt) {
        this.submittedAt = submittedAt;
    }
}
