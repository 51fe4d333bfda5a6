package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.impl.score.director.AbstractScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Score calculations per CPU second of a constraint subset ({@link ConstraintSubset}) on one fixed sequence of moves,
 * the same for every subset: what the node network alone costs, without the local search around it.
 * Constructs the preset with every constraint (as {@link LocalSearchHarness} does), then evaluates {@code moves}
 * random moves (two in three give a random slot to a random worker or to nobody, one in three swap two random slots'
 * workers; seed 1), each done, scored and undone as the local search does (the undo is settled with the next move's
 * score). Unlike the harness, the path does not depend on the constraints, so subsets compare directly.
 *
 * <pre>java -cp benchmarks/target/classes:$(cat benchmarks/target/domain.classpath) \
 *     jp.tsumugi.benchmarks.domain.ScoreCeiling medium 200000 drop:legal</pre>
 */
public final class ScoreCeiling {
    private ScoreCeiling() {
    }

    public static void main(String[] args) {
        String preset = args.length > 0 ? args[0] : "medium";
        int moves = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        String spec = args.length > 2 ? args[2] : "all";
        Roster roster = Problem.roster(preset, 1);
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Result result = measure(construct(roster), spec, moves);
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "%s ceiling, constraints %s: start %s; %,d moves in %.2f CPU s: %,.0f score"
                + " calculations per CPU s; load %.2f -> %.2f%n", preset, ConstraintSubset.spec(), result.start(),
                moves, result.cpuSeconds(), moves / result.cpuSeconds(), loadBefore, loadAfter);
    }

    /** The roster as users' solver constructs it, with every constraint. */
    static Roster construct(Roster roster) {
        SolverConfig construction = RosterSolverConfig.create(null);
        construction.setPhaseConfigList(construction.getPhaseConfigList().stream()
                .filter(phase -> !(phase instanceof LocalSearchPhaseConfig)).toList());
        return SolverFactory.<Roster>create(construction).buildSolver().solve(roster);
    }

    /** The score of the roster under the subset, before and after the moves (the same: each was undone), and the CPU. */
    record Result(String start, String end, double cpuSeconds) {
    }

    /** Evaluates a fifth of {@code moves} to warm up, then {@code moves} timed, on {@code roster} under {@code spec}. */
    static Result measure(Roster roster, String spec, int moves) {
        ConstraintSubset.select(spec);
        SolverConfig config = RosterSolverConfig.create(null);
        config.getScoreDirectorFactoryConfig().setConstraintProviderClass(ConstraintSubset.class);
        DefaultSolverFactory<Roster> factory = (DefaultSolverFactory<Roster>) SolverFactory.<Roster>create(config);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (AbstractScoreDirector<Roster, ?, ?> director = factory.getScoreDirectorFactory().buildScoreDirector()) {
            director.setWorkingSolution(roster);
            String start = director.calculateScore().raw().toString();
            Roster working = director.getWorkingSolution();
            List<Slot> slots = working.getSlots().stream().filter(slot -> !slot.isPinned()).toList();
            List<Worker> workers = working.getWorkers();
            int warmup = moves / 5;
            long cpuStart = threads.getCurrentThreadCpuTime();
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < warmup + moves; i++) {
                if (i == warmup) {
                    cpuStart = threads.getCurrentThreadCpuTime();
                }
                Slot slot = slots.get(random.nextInt(slots.size()));
                if (random.nextInt(3) < 2) {
                    int pick = random.nextInt(workers.size() + 1);
                    Worker worker = pick == workers.size() ? null : workers.get(pick);
                    Worker before = slot.getWorker();
                    set(director, slot, worker);
                    director.calculateScore();
                    set(director, slot, before);
                } else {
                    Slot other = slots.get(random.nextInt(slots.size()));
                    Worker a = slot.getWorker();
                    Worker b = other.getWorker();
                    set(director, slot, b);
                    set(director, other, a);
                    director.calculateScore();
                    set(director, slot, a);
                    set(director, other, b);
                }
            }
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            return new Result(start, director.calculateScore().raw().toString(), cpu);
        }
    }

    private static void set(AbstractScoreDirector<Roster, ?, ?> director, Slot slot, Worker worker) {
        director.beforeVariableChanged(slot, "worker");
        slot.setWorker(worker);
        director.afterVariableChanged(slot, "worker");
    }
}
