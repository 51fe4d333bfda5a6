package jp.tsumugi.web.workers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A worker's wish to work ({@code on}) or not on a date, optionally a given shift type. */
@Entity
@Table(name = "shift_request")
public class ShiftRequest extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    @Column(name = "shift_type_code")
    private String shiftTypeCode;

    @Column(name = "on_request", nullable = false)
    private boolean on;

    @Column(nullable = false)
    private int weight;

    protected ShiftRequest() {
    }

    public ShiftRequest(Worker worker, LocalDate date, String shiftTypeCode, boolean on, int weight) {
        super(worker.getCooperativeId());
        this.worker = worker;
        this.date = date;
        this.shiftTypeCode = shiftTypeCode;
        this.on = on;
        this.weight = weight;
    }

    public Worker getWorker() {
        return worker;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getShiftTypeCode() {
        return shiftTypeCode;
    }

    public boolean isOn() {
        return on;
    }

    public int getWeight() {
        return weight;
    }
}
