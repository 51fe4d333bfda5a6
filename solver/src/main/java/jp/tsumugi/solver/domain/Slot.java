package jp.tsumugi.solver.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One worker-shift of demand: the planning entity. Its worker may stay unassigned (demand usually exceeds supply). */
@PlanningEntity
public class Slot {
    @PlanningId
    private String id;
    private Cover cover;
    @PlanningVariable(allowsUnassigned = true)
    private Worker worker;
    @PlanningPin
    private boolean pinned;
    /** The worker in the published roster, if any: re-planning prefers to keep it. */
    private Worker publishedWorker;

    public Slot() {
        // for Timefold's solution cloner
    }

    public Slot(String id, Cover cover) {
        this.id = id;
        this.cover = cover;
    }

    public String getId() { return id; }
    public Cover getCover() { return cover; }
    public Worker getWorker() { return worker; }
    public void setWorker(Worker worker) { this.worker = worker; }
    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }
    public Worker getPublishedWorker() { return publishedWorker; }
    public void setPublishedWorker(Worker publishedWorker) {
        this.publishedWorker = publishedWorker;
        if (publishedWorker != null) {
            cover.markPublishedSlot();
        }
    }

    /** A copy with the same id, cover, worker, pin and published worker (for {@link RosterCloner}). */
    Slot copy() {
        return copy(worker, pinned, publishedWorker);
    }

    /** A copy with the same id and cover and the given worker, pin and published worker ({@link SlotSnapshot}). */
    Slot copy(Worker worker, boolean pinned, Worker publishedWorker) {
        Slot copy = new Slot(id, cover);
        copy.worker = worker;
        copy.pinned = pinned;
        copy.publishedWorker = publishedWorker;
        return copy;
    }

    public boolean isAssigned() { return worker != null; }

    public Slot withWorker(Worker worker) { this.worker = worker; return this; }
    public Slot withPinned(boolean pinned) { this.pinned = pinned; return this; }
    public Slot withPublishedWorker(Worker worker) { setPublishedWorker(worker); return this; }

    // Shortcuts to the cover, for constraint readability.
    public Member getMember() { return cover.getMember(); }
    public Site getSite() { return cover.getSite(); }
    public LocalDate getDate() { return cover.getDate(); }
    public LocalDateTime getStart() { return cover.getStart(); }
    public LocalDateTime getEnd() { return cover.getEnd(); }
    public long getStartMinute() { return cover.getStartMinute(); }
    public long getEndMinute() { return cover.getEndMinute(); }
    /** The end padded with the longest drive from this site, so that an overlap index also finds travel conflicts. */
    public long getPaddedEndMinute() { return cover.getEndMinute() + cover.getTravelPadMinutes(); }
    public int getNetMinutes() { return cover.getNetMinutes(); }
    public long getStartEpochMinute() { return cover.getStartEpochMinute(); }
    public long getEndEpochMinute() { return cover.getEndEpochMinute(); }
    public int getDayIndex() { return cover.getDayIndex(); }
    public ShiftType getShiftType() { return cover.getShiftType(); }

    @Override
    public String toString() { return id + (worker == null ? "" : "->" + worker.getId()); }
}
