package jp.tsumugi.web.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A busy period of the 1-year variable working-time regime (longer days allowed). */
@Entity
@Table(name = "busy_period")
public class BusyPeriod extends CooperativeOwned {

    @Column(name = "date_from", nullable = false)
    private LocalDate from;

    @Column(name = "date_to", nullable = false)
    private LocalDate to;

    protected BusyPeriod() {
    }

    public BusyPeriod(long cooperativeId, LocalDate from, LocalDate to) {
        super(cooperativeId);
        this.from = from;
        this.to = to;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
