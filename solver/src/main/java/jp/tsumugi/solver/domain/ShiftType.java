package jp.tsumugi.solver.domain;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An optional named shift (early, late, night...). Cooperative rosters rarely need them; the Curtois benchmark does:
 * a shift type may forbid some shift types on the next day.
 */
public final class ShiftType {
    private final String id;
    private final Set<ShiftType> forbiddenSuccessors = new HashSet<>();
    /** Set once some shift type forbids this one next (it stays true); see {@link #isForbiddenAfterSome()}. */
    private volatile boolean forbiddenAfterSome;

    public ShiftType(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    public String getId() { return id; }

    public Set<ShiftType> getForbiddenSuccessors() { return forbiddenSuccessors; }

    public ShiftType forbidSuccessor(ShiftType next) {
        forbiddenSuccessors.add(next);
        next.forbiddenAfterSome = true;
        return this;
    }

    /**
     * True once some shift type forbids this one on the next day. Only slots of such a type can be the second of a
     * forbidden succession, so that rule indexes only those.
     */
    public boolean isForbiddenAfterSome() { return forbiddenAfterSome; }

    public boolean forbids(ShiftType next) {
        return next != null && forbiddenSuccessors.contains(next);
    }

    @Override
    public String toString() { return id; }
}
