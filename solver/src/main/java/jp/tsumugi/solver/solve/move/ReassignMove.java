package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Gives several slots new workers at once (a worker may be {@code null}: the slot is left empty). The pattern moves
 * ({@link PatternMoveFactory}) are all of this form: two workers trading a block of days, a weekend handed over or
 * dropped, a worker changing shift on the same day. Undo is Timefold's (the changes are recorded).
 */
public final class ReassignMove extends AbstractMove<Roster> {
    static final String VARIABLE = "worker";

    private final String kind;
    private final Slot[] slots;
    private final Worker[] workers;

    public ReassignMove(String kind, List<Slot> slots, List<Worker> workers) {
        if (slots.size() != workers.size()) {
            throw new IllegalArgumentException("one worker per slot");
        }
        this.kind = kind;
        this.slots = slots.toArray(new Slot[0]);
        this.workers = workers.toArray(new Worker[0]);
    }

    /** A move that changes nothing and is never done (a generator found no pattern this time). */
    static ReassignMove none(String kind) {
        return new ReassignMove(kind, List.of(), List.of());
    }

    public List<Slot> slots() { return List.of(slots); }
    public List<Worker> workers() { return Arrays.asList(workers.clone()); }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].isPinned()) {
                return false;
            }
        }
        for (int i = 0; i < slots.length; i++) {
            if (slots[i].getWorker() != workers[i]) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < slots.length; i++) {
            Slot slot = slots[i];
            scoreDirector.beforeVariableChanged(slot, VARIABLE);
            slot.setWorker(workers[i]);
            scoreDirector.afterVariableChanged(slot, VARIABLE);
        }
    }

    @Override
    public ReassignMove rebase(ScoreDirector<Roster> destination) {
        List<Slot> rebasedSlots = new ArrayList<>(slots.length);
        List<Worker> rebasedWorkers = new ArrayList<>(slots.length);
        for (int i = 0; i < slots.length; i++) {
            rebasedSlots.add(destination.lookUpWorkingObject(slots[i]));
            rebasedWorkers.add(workers[i] == null ? null : destination.lookUpWorkingObject(workers[i]));
        }
        return new ReassignMove(kind, rebasedSlots, rebasedWorkers);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignMove(" + kind + ")";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(slots);
    }

    @Override
    public Collection<?> getPlanningValues() {
        LinkedHashSet<Worker> values = new LinkedHashSet<>();
        for (Worker worker : workers) {
            if (worker != null) {
                values.add(worker);
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReassignMove other && kind.equals(other.kind) && Arrays.equals(slots, other.slots)
                && Arrays.equals(workers, other.workers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, Arrays.hashCode(slots), Arrays.hashCode(workers));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind).append(" {");
        for (int i = 0; i < slots.length; i++) {
            text.append(i == 0 ? "" : ", ").append(slots[i].getId()).append(" -> ")
                    .append(workers[i] == null ? "none" : workers[i].getId());
        }
        return text.append('}').toString();
    }
}
