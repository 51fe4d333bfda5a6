package jp.tsumugi.web.workerportal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/**
 * A worker's private calendar-feed address. Only the SHA-256 of the token is stored, so the address is shown once,
 * when it is made; a new one revokes the old.
 */
@Entity
@Table(name = "calendar_token")
class CalendarToken extends CooperativeOwned {

    @Column(name = "worker_id", nullable = false, updatable = false)
    private Long workerId;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected CalendarToken() {
    }

    CalendarToken(long cooperativeId, long workerId, String tokenHash, OffsetDateTime createdAt) {
        super(cooperativeId);
        this.workerId = workerId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    Long getWorkerId() {
        return workerId;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    OffsetDateTime getRevokedAt() {
        return revokedAt;
    }

    void revoke(OffsetDateTime at) {
        this.revokedAt = at;
    }
}
