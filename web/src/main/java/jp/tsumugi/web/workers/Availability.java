package jp.tsumugi.web.workers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** Leave (年休), a day off, or a time a worker cannot work; both times absent means the whole day. */
@Entity
@Table(name = "availability")
public class Availability extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Column(name = "time_from")
    private LocalTime from;

    @Column(name = "time_to")
    private LocalTime to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AvailabilityKind kind;

    @Version
    @Column(nullable = false)
    private long version;

    protected Availability() {
    }

    public Availability(Worker worker, LocalDate date, LocalTime from, LocalTime to, AvailabilityKind kind) {
        super(worker.getCooperativeId());
        this.worker = worker;
        this.date = date;
        this.from = from;
        this.to = to;
        this.kind = kind;
    }

    public Worker getWorker() {
        return worker;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public AvailabilityKind getKind() {
        return kind;
    }

    public void setKind(AvailabilityKind kind) {
        this.kind = kind;
    }

    public boolean isWholeDay() {
        return from == null && to == null;
    }

    public long getVersion() {
        return version;
    }
}
