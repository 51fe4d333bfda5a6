package jp.tsumugi.web.plans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.tsumugi.web.cooperative.CooperativeOwned;
import jp.tsumugi.web.workers.Worker;

/** One slot of a plan's roster that has a worker or a pin; slots absent here are unassigned and free. */
@Entity
@Table(name = "plan_assignment")
public class PlanAssignment extends CooperativeOwned {

    @Column(name = "plan_id", nullable = false, updatable = false)
    private Long planId;

    /** {@code patternCode@date#n}. */
    @Column(name = "slot_key", nullable = false, updatable = false)
    private String slotKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @Column(nullable = false)
    private boolean pinned;

    protected PlanAssignment() {
    }

    public PlanAssignment(Plan plan, String slotKey, Worker worker, boolean pinned) {
        super(plan.getCooperativeId());
        this.planId = plan.getId();
        this.slotKey = slotKey;
        this.worker = worker;
        this.pinned = pinned;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getSlotKey() {
        return slotKey;
    }

    public Worker getWorker() {
        return worker;
    }

    public void setWorker(Worker worker) {
        this.worker = worker;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
