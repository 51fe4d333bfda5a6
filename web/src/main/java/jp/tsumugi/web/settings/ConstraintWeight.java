package jp.tsumugi.web.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A cooperative's own weight for one rule (on the rule's own score level); absent rules keep the default. */
@Entity
@Table(name = "constraint_weight")
public class ConstraintWeight extends CooperativeOwned {

    @Column(name = "constraint_id", nullable = false)
    private String constraintId;

    @Column(nullable = false)
    private long weight;

    protected ConstraintWeight() {
    }

    public ConstraintWeight(long cooperativeId, String constraintId, long weight) {
        super(cooperativeId);
        this.constraintId = constraintId;
        this.weight = weight;
    }

    public String getConstraintId() {
        return constraintId;
    }

    public long getWeight() {
        return weight;
    }

    public void setWeight(long weight) {
        this.weight = weight;
    }
}
