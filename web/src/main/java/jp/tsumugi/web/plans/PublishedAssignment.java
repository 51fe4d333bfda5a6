package jp.tsumugi.web.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A slot's worker in a published version; code and name are copied so the record survives later edits. */
@Entity
@Table(name = "published_assignment")
public class PublishedAssignment extends CooperativeOwned {

    @Column(name = "published_version_id", nullable = false, updatable = false)
    private Long publishedVersionId;

    @Column(name = "slot_key", nullable = false, updatable = false)
    private String slotKey;

    @Column(name = "worker_code", nullable = false, updatable = false)
    private String workerCode;

    @Column(name = "worker_name", nullable = false, updatable = false)
    private String workerName;

    protected PublishedAssignment() {
    }

    public PublishedAssignment(PublishedVersion version, String slotKey, String workerCode, String workerName) {
        super(version.getCooperativeId());
        this.publishedVersionId = version.getId();
        this.slotKey = slotKey;
        this.workerCode = workerCode;
        this.workerName = workerName;
    }

    public Long getPublishedVersionId() {
        return publishedVersionId;
    }

    public String getSlotKey() {
        return slotKey;
    }

    public String getWorkerCode() {
        return workerCode;
    }

    public String getWorkerName() {
        return workerName;
    }
}
