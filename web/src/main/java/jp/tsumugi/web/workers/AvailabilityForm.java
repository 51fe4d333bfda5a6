package jp.tsumugi.web.workers;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import jp.tsumugi.solver.domain.AvailabilityKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** A new leave or availability row: a whole day, or a time window when both times are given. */
public class AvailabilityForm {

    @NotNull(message = "{availability.error.worker.required}")
    private Long workerId;

    @NotNull(message = "{availability.error.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime from;

    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime to;

    @NotNull(message = "{availability.error.kind.required}")
    private AvailabilityKind kind = AvailabilityKind.PAID_LEAVE;

    void checkCrossFields(Errors errors, LocalDate planFrom, LocalDate planTo) {
        if (date != null && planFrom != null && planTo != null && (date.isBefore(planFrom) || date.isAfter(planTo))) {
            errors.rejectValue("date", "availability.error.date.outsideYear", new Object[] {planFrom, planTo}, null);
        }
        if ((from == null) != (to == null)) {
            errors.rejectValue(from == null ? "from" : "to", "availability.error.time.both");
        } else if (from != null && !to.isAfter(from)) {
            errors.rejectValue("to", "availability.error.to.beforeFrom");
        }
    }

    public Long getWorkerId() {
        return workerId;
    }

    public void setWorkerId(Long workerId) {
        this.workerId = workerId;
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
}
