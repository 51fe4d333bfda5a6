package jp.tsumugi.web.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A published version of a plan, kept for the records and never changed. */
@Entity
@Table(name = "published_version")
public class PublishedVersion extends CooperativeOwned {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    /** Slots up to and including this date are fixed (pinned) in the plan. */
    @Column(name = "fixed_until", nullable = false, updatable = false)
    private LocalDate fixedUntil;

    protected PublishedVersion() {
    }

    public PublishedVersion(Plan plan, int number, OffsetDateTime publishedAt, String publishedBy,
            LocalDate fixedUntil) {
        super(plan.getCooperativeId());
        this.planId = plan.getId();
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.fixedUntil = fixedUntil;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getNumber() {
        return number;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDate getFixedUntil() {
        return fixedUntil;
    }
}
