package jp.tsumugi.web.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/** A public holiday of the planning year (demand patterns may skip holidays). */
@Entity
@Table(name = "holiday")
public class Holiday extends CooperativeOwned {

    @Column(name = "on_date", nullable = false)
    private LocalDate date;

    protected Holiday() {
    }

    public Holiday(long cooperativeId, LocalDate date) {
        super(cooperativeId);
        this.date = date;
    }

    public LocalDate getDate() {
        return date;
    }
}
