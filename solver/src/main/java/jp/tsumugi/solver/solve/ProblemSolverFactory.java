package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.move.RowRebuild;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A {@link SolverFactory} for Timefold's {@code SolverManager} whose solvers are configured for the problem they will
 * solve ({@link RosterSolverConfig#forProblem}: the restarts scale with the slots), although a {@code SolverManager}
 * holds one factory. Ask {@link #overrideFor} for each job's config override and pass it to the job builder
 * ({@code withConfigOverride}); the manager builds the job's solver with that very override, synchronously when the
 * job is submitted, and this factory builds it from the configuration for that problem. A solver built with any other
 * override gets {@link RosterSolverConfig#create(SolveLimits)}.
 */
public final class ProblemSolverFactory implements SolverFactory<Roster> {
    private final SolveLimits limits;
    private final Map<SolverConfigOverride<Roster>, Problem> slots = Collections.synchronizedMap(new IdentityHashMap<>());

    /** What the configuration depends on: the problem's slots, and whether it has rows to rebuild. */
    private record Problem(int slots, boolean rows) {
    }

    /** {@code limits}: the solver's own termination (a job's override replaces it). */
    public ProblemSolverFactory(SolveLimits limits) {
        this.limits = limits;
    }

    /** The override for a job solving {@code problem} for at most {@code limit}. */
    public SolverConfigOverride<Roster> overrideFor(Roster problem, Duration limit) {
        return overrideFor(problem.getSlots().size(), RowRebuild.rebuilds(problem), limit);
    }

    SolverConfigOverride<Roster> overrideFor(int problemSlots, boolean rows, Duration limit) {
        SolverConfigOverride<Roster> override = new SolverConfigOverride<Roster>().withTerminationSpentLimit(limit);
        slots.put(override, new Problem(problemSlots, rows));
        return override;
    }

    @Override
    public Solver<Roster> buildSolver(SolverConfigOverride<Roster> override) {
        return SolverFactory.<Roster>create(configFor(override)).buildSolver(override);
    }

    /** Overrides handed out whose solver has not been built yet. */
    int pending() {
        return slots.size();
    }

    /** The configuration for the job given {@code override} (once: the job's solver is built once). */
    SolverConfig configFor(SolverConfigOverride<Roster> override) {
        Problem problem = override == null ? null : slots.remove(override);
        return problem == null ? RosterSolverConfig.create(limits, RosterSolverConfig.DEFAULT, 0)
                : RosterSolverConfig.create(limits, RosterSolverConfig.DEFAULT, problem.slots(), problem.rows());
    }
}
