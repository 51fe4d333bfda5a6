package jp.tsumugi.web.memberportal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A month whose actuals the member has submitted to the cooperative; they are locked from then on. */
@Entity
@Table(name = "actual_work_month")
public class ActualWorkMonth extends CooperativeOwned {

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "month_start", nullable = false, updatable = false)
    private LocalDate monthStart;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    protected ActualWorkMonth() {
    }

    ActualWorkMonth(long cooperativeId, long memberId, LocalDate monthStart, OffsetDateTime submittedAt,
            String submittedBy) {
        super(cooperativeId);
        this.memberId = memberId;
        this.monthStart = monthStart;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDate getMonthStart() {
        return monthStart;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }
}
