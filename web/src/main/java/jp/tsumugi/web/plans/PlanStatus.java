package jp.tsumugi.web.plans;

/** Where a plan's solving stands. */
public enum PlanStatus {
    /** Created or edited; not solved since. */
    NOT_SOLVED,
    /** Waiting for or running on the solver. */
    SOLVING,
    /** The solver ran to its time limit. */
    SOLVED,
    /** Someone pressed stop; the best roster so far was kept. */
    STOPPED,
    /** The application stopped while solving; the last saved roster was kept. */
    INTERRUPTED,
    /** Solving failed; the last saved roster was kept. */
    FAILED;

    public boolean isActive() {
        return this == SOLVING;
    }
}
