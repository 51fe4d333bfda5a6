package jp.tsumugi.web.workers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.tsumugi.web.cooperative.CooperativeOwned;
import jp.tsumugi.web.skills.Skill;

/** A skill or licence a worker holds, valid between two dates (either open). */
@Entity
@Table(name = "worker_skill")
public class WorkerSkill extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Version
    @Column(nullable = false)
    private long version;

    protected WorkerSkill() {
    }

    public WorkerSkill(Worker worker, Skill skill, LocalDate validFrom, LocalDate validUntil) {
        super(worker.getCooperativeId());
        this.worker = worker;
        this.skill = skill;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public Worker getWorker() {
        return worker;
    }

    public Skill getSkill() {
        return skill;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public long getVersion() {
        return version;
    }
}
