package jp.tsumugi.web.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A roster being planned for a date range of the cooperative's planning year. */
@Entity
@Table(name = "plan")
public class Plan extends CooperativeOwned {

    @Column(nullable = false)
    private String name;

    @Column(name = "date_from", nullable = false)
    private LocalDate from;

    @Column(name = "date_to", nullable = false)
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.NOT_SOLVED;

    /** The solver's score of the saved roster, as Timefold prints it. */
    private String score;

    @Column(name = "solve_started_at")
    private OffsetDateTime solveStartedAt;

    @Column(name = "solve_ended_at")
    private OffsetDateTime solveEndedAt;

    @Column(name = "saved_at")
    private OffsetDateTime savedAt;

    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Plan() {
    }

    public Plan(long cooperativeId, String name, LocalDate from, LocalDate to) {
        super(cooperativeId);
        this.name = name;
        this.from = from;
        this.to = to;
    }

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = OffsetDateTime.now();
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public OffsetDateTime getSolveStartedAt() {
        return solveStartedAt;
    }

    public void setSolveStartedAt(OffsetDateTime solveStartedAt) {
        this.solveStartedAt = solveStartedAt;
    }

    public OffsetDateTime getSolveEndedAt() {
        return solveEndedAt;
    }

    public void setSolveEndedAt(OffsetDateTime solveEndedAt) {
        this.solveEndedAt = solveEndedAt;
    }

    public OffsetDateTime getSavedAt() {
        return savedAt;
    }

    public void setSavedAt(OffsetDateTime savedAt) {
        this.savedAt = savedAt;
    }

    public String getFailure() {
        return failure;
    }

    public void setFailure(String failure) {
        this.failure = failure;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
