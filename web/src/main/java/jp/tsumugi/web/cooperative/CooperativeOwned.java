package jp.tsumugi.web.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A row that belongs to one cooperative. The cooperative never changes after creation, and every repository query
 * takes it as a parameter ({@link CooperativeScopedRepository}).
 */
@MappedSuperclass
public abstract class CooperativeOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cooperative_id", nullable = false, updatable = false)
    private Long cooperativeId;

    protected CooperativeOwned() {
        // for JPA
    }

    protected CooperativeOwned(long cooperativeId) {
        this.cooperativeId = cooperativeId;
    }

    public Long getId() {
        return id;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }
}
