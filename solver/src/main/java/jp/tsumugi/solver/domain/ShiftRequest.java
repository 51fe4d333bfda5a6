package jp.tsumugi.solver.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A worker's wish to work ({@code on}) or not to work ({@code !on}) on a date, optionally a particular shift type.
 * An off-request without a shift type is a wish for the whole day off. The weight is the soft score when the wish is
 * not met (the Curtois on/off requests).
 */
public record ShiftRequest(Worker worker, LocalDate date, ShiftType shiftType, boolean on, int weight) {
    public ShiftRequest {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(date, "date");
        if (on && shiftType == null) {
            throw new IllegalArgumentException("an on-request names a shift type");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
        worker.markShiftRequest(date, on);
    }

    public boolean matches(Slot slot) {
        return slot.getCover().getDate().equals(date) && (shiftType == null || slot.getCover().getShiftType() == shiftType);
    }
}
