package jp.tsumugi.web.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/**
 * A slot's worker in a published version. The worker's code and name and the slot itself (day, times, break, member,
 * site, job type) are copied, so the record survives later edits of the worker and of the demand; rows published
 * before the slot was copied have no slot details ({@link #hasSlotDetails()} false).
 */
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

    @Column(name = "on_date", updatable = false)
    private java.time.LocalDate date;

    @Column(name = "start_time", updatable = false)
    private java.time.LocalTime start;

    @Column(name = "end_time", updatable = false)
    private java.time.LocalTime end;

    @Column(name = "break_minutes", updatable = false)
    private Integer breakMinutes;

    @Column(name = "member_code", updatable = false)
    private String memberCode;

    @Column(name = "member_name", updatable = false)
    private String memberName;

    @Column(name = "site_code", updatable = false)
    private String siteCode;

    @Column(name = "site_name", updatable = false)
    private String siteName;

    @Column(name = "job_type_code", updatable = false)
    private String jobTypeCode;

    @Column(name = "job_type_name", updatable = false)
    private String jobTypeName;

    protected PublishedAssignment() {
    }

    /** The slot as it is now, with its worker: what the version publishes. */
    public static PublishedAssignment of(PublishedVersion version, jp.tsumugi.solver.domain.Slot slot,
            String workerCode, String workerName) {
        PublishedAssignment row = new PublishedAssignment(version, slot.getId(), workerCode, workerName);
        row.date = slot.getDate();
        row.start = slot.getCover().getStartTime();
        row.end = slot.getCover().getEndTime();
        row.breakMinutes = slot.getCover().getBreakMinutes();
        row.memberCode = slot.getMember().getId();
        row.memberName = slot.getMember().getName();
        row.siteCode = slot.getSite().getId();
        row.siteName = slot.getSite().getName();
        row.jobTypeCode = slot.getCover().getJobType().getId();
        row.jobTypeName = slot.getCover().getJobType().getName();
        return row;
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

    public boolean hasSlotDetails() {
        return date != null && start != null && end != null && breakMinutes != null && siteCode != null
                && jobTypeCode != null;
    }

    public java.time.LocalDate getDate() {
        return date;
    }

    public java.time.LocalTime getStart() {
        return start;
    }

    public java.time.LocalTime getEnd() {
        return end;
    }

    public Integer getBreakMinutes() {
        return breakMinutes;
    }

    public String getMemberCode() {
        return memberCode;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getSiteName() {
        return siteName;
    }

    public String getJobTypeCode() {
        return jobTypeCode;
    }

    public String getJobTypeName() {
        return jobTypeName;
    }
}
