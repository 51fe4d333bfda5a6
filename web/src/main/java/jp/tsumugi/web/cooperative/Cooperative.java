package jp.tsumugi.web.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A 特定地域づくり事業協同組合: the tenant that every other row belongs to.
 */
@Entity
@Table(name = "cooperative")
public class Cooperative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Short, stable, URL-safe identifier, unique across the deployment. */
    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The planning year (the window of the cooperative's data); null until data is loaded. */
    @Column(name = "plan_from")
    private java.time.LocalDate planFrom;

    @Column(name = "plan_to")
    private java.time.LocalDate planTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected Cooperative() {
        // for JPA
    }

    public Cooperative(String code, String name) {
        this.code = code;
        this.name = name;
    }

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = OffsetDateTime.now();
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public java.time.LocalDate getPlanFrom() {
        return planFrom;
    }

    public java.time.LocalDate getPlanTo() {
        return planTo;
    }

    public void setPlanningYear(java.time.LocalDate from, java.time.LocalDate to) {
        this.planFrom = from;
        this.planTo = to;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Cooperative[" + code + "]";
    }
}
