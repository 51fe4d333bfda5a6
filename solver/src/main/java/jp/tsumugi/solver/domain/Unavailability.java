package jp.tsumugi.solver.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A worker cannot work on a date, or in part of it: approved leave, an agreed day off, or unavailable.
 * {@code from}/{@code to} of {@code null} mean the whole day.
 */
public record Unavailability(Worker worker, LocalDate date, LocalTime from, LocalTime to, AvailabilityKind kind) {
    public Unavailability {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(date, "date");
        kind = kind == null ? AvailabilityKind.UNAVAILABLE : kind;
        if ((from == null) != (to == null)) {
            throw new IllegalArgumentException("from and to must both be set or both be empty");
        }
        if (from != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        worker.markUnavailability(date);
    }

    public static Unavailability wholeDay(Worker worker, LocalDate date, AvailabilityKind kind) {
        return new Unavailability(worker, date, null, null, kind);
    }

    public boolean isWholeDay() {
        return from == null;
    }

    public LocalDateTime start() {
        return isWholeDay() ? date.atStartOfDay() : date.atTime(from);
    }

    public LocalDateTime end() {
        return isWholeDay() ? date.plusDays(1).atStartOfDay() : date.atTime(to);
    }

    /** Start as minutes since the epoch (see {@link Cover#epochMinute}). */
    public long startEpochMinute() {
        return Cover.epochMinute(start());
    }

    public long endEpochMinute() {
        return Cover.epochMinute(end());
    }

    /** The slot and this unavailability overlap (half-open intervals): the one test of rule eligibility.unavailable. */
    public boolean overlaps(Slot slot) {
        return slot.getStartEpochMinute() < endEpochMinute() && startEpochMinute() < slot.getEndEpochMinute();
    }
}
