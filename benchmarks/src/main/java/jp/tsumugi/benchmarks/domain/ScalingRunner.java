package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.Score;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import ai.timefold.solver.core.impl.phase.custom.scope.CustomPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import com.sun.management.GarbageCollectionNotificationInfo;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.RosterSummary;
import jp.tsumugi.solver.solve.SolveLimits;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The core of the scaling suite: solves one problem with the solver configuration users run
 * ({@link RosterSolverConfig#create(SolveLimits, RosterSolverConfig.Variant)}, a spent limit only) and measures it. Best
 * scores come from the solver's {@link BestSolutionChangedEvent}s, construction time from the end of the construction
 * heuristic phase, counts from the solver after the solve. While it runs, a line of progress (problem, elapsed time,
 * best score so far, load) goes to {@code progress} every {@code progressEvery}.
 */
final class ScalingRunner {
    static final List<Duration> DEFAULT_MARKS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofSeconds(300));
    private static final long HEAP_SAMPLE_MILLIS = 100;

    record Settings(Duration limit, List<Duration> marks, RosterSolverConfig.Variant variant, Duration progressEvery,
            PrintStream progress) {
        Settings {
            marks = List.copyOf(marks);
        }

        static Settings of(Duration limit, PrintStream progress) {
            return new Settings(limit, DEFAULT_MARKS, RosterSolverConfig.DEFAULT, Duration.ofSeconds(5), progress);
        }
    }

    private ScalingRunner() {
    }

    static ScalingResult run(Problem problem, Settings settings) {
        Roster roster = DatasetMapper.toRoster(problem.dataset());
        @SuppressWarnings("unchecked")
        DefaultSolver<Roster> solver = (DefaultSolver<Roster>) SolverFactory.<Roster>create(
                RosterSolverConfig.forProblem(SolveLimits.spent(settings.limit()), settings.variant(), roster))
                .buildSolver();

        List<Convergence.Point> history = new ArrayList<>();
        UnfilledAtMarks unfilledAtMarks = new UnfilledAtMarks(settings.marks());
        solver.addEventListener((BestSolutionChangedEvent<Roster> event) -> {
            unfilledAtMarks.newBest(event.getTimeMillisSpent(), event.getNewBestSolution());
            if (event.isNewBestSolutionInitialized()) {
                synchronized (history) {
                    history.add(new Convergence.Point(event.getTimeMillisSpent(),
                            (HardMediumSoftLongScore) event.getNewBestScore()));
                }
            }
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuKnown = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
        long[] construction = {-1};
        // CPU time of the solver thread (this one: solve() runs here) at the end of construction, in nanoseconds.
        long[] constructionCpuNanos = {-1};
        boolean[] constructionComplete = {false};
        String[] constructionScore = {null};
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseEnded(AbstractPhaseScope<Roster> phaseScope) {
                // Construction is the first phase: Tsumugi's own (a custom phase) or Timefold's construction heuristic.
                if (construction[0] < 0 && (phaseScope instanceof ConstructionHeuristicPhaseScope<Roster>
                        || phaseScope instanceof CustomPhaseScope<Roster>)) {
                    AbstractPhaseScope<Roster> ch = phaseScope;
                    construction[0] = ch.calculateSolverTimeMillisSpentUpToNow();
                    constructionCpuNanos[0] = cpuKnown ? threads.getCurrentThreadCpuTime() : -1;
                    // The solver's termination (the spent limit) also ends the construction phase, part way.
                    constructionComplete[0] = ch.getTermination() == null || !ch.getTermination().isPhaseTerminated(ch);
                    Score<?> best = ch.getBestScore() == null ? null : ch.getBestScore().raw();
                    constructionScore[0] = best == null ? null : best.toString();
                    if (best instanceof HardMediumSoftLongScore score) {
                        // The phase's best is known now; its event may come a moment later.
                        synchronized (history) {
                            history.add(new Convergence.Point(construction[0], score));
                        }
                    }
                }
            }
        });

        Heap heap = new Heap();
        heap.listen();
        Load load = new Load();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "scaling-monitor");
            thread.setDaemon(true);
            return thread;
        });
        long cpuStarted = cpuKnown ? threads.getCurrentThreadCpuTime() : 0;
        long started = System.nanoTime();
        scheduler.scheduleAtFixedRate(heap::sample, 0, HEAP_SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        long every = Math.max(1, settings.progressEvery().toMillis());
        scheduler.scheduleAtFixedRate(() -> {
            load.sample();
            progress(settings, problem, solverTime(solver, started), latest(history), load.last);
        }, every, every, TimeUnit.MILLISECONDS);
        Roster best;
        long[] cpuMillis = {-1};
        try {
            best = solver.solve(roster);
        } finally {
            heap.stopListening();
            cpuMillis[0] = cpuKnown ? (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000 : -1;
            scheduler.shutdownNow();
        }
        heap.sample();
        double loadEnd = load.sample();

        HardMediumSoftLongScore finalScore = best.getScore();
        List<Convergence.Point> points;
        synchronized (history) {
            points = history.stream().sorted(Comparator.comparingLong(Convergence.Point::millis)).toList();
        }
        long solveMillis = solver.getTimeMillisSpent();
        List<String> atMarks = new ArrayList<>();
        List<Long> unfilledAt = new ArrayList<>();
        for (Duration mark : settings.marks()) {
            if (mark.compareTo(settings.limit()) > 0) {
                atMarks.add(null);
                unfilledAt.add(null);
            } else if (!constructionComplete[0] || mark.toMillis() < construction[0]) {
                atMarks.add(ScalingResult.NOT_CONSTRUCTED);
                unfilledAt.add(null);
            } else if (mark.equals(settings.limit())) {
                atMarks.add(finalScore.toString());
                unfilledAt.add(RosterSummary.of(best).unfilledRequiredMinutes());
            } else {
                HardMediumSoftLongScore at = Convergence.scoreAt(points, mark);
                atMarks.add(at == null ? ScalingResult.NOT_CONSTRUCTED : at.toString());
                unfilledAt.add(at == null ? null : unfilledAtMarks.at(mark, best));
            }
        }
        long finalScoreMillis = points.isEmpty() ? solveMillis : points.get(points.size() - 1).millis();
        RosterSummary summary = RosterSummary.of(best);
        ScalingResult result = new ScalingResult(problem.name(), problem.source(), settings.variant().name(),
                roster.getWorkers().size(), roster.getSlots().size(), summary.requiredMinutes(), settings.limit(),
                construction[0], constructionCpuNanos[0] < 0 ? -1 : (constructionCpuNanos[0] - cpuStarted) / 1_000_000,
                constructionComplete[0], constructionScore[0], settings.marks(), atMarks, unfilledAt,
                finalScore.toString(),
                finalScoreMillis, Convergence.timeToWithin(points, finalScore, Convergence.ONE_PERCENT), solveMillis,
                cpuMillis[0],
                solver.getScoreCalculationCount(), solver.getMoveEvaluationCount(), heap.peak.get(), heap.poolPeaks(),
                heap.peakAfterGc.get(),
                summary.unfilledRequiredMinutes(), load.first, loadEnd, load.mean());
        settings.progress().printf(Locale.ROOT,
                "[scaling] %s done in %s s: %s, %,d score calculations/s (%,d per CPU s), load %.2f%n", problem.name(),
                Durations.seconds(solveMillis), finalScore, result.scoreCalculationSpeed(),
                result.scoreCalculationSpeedPerCpuSecond(), loadEnd);
        return result;
    }

    private static Convergence.Point latest(List<Convergence.Point> history) {
        synchronized (history) {
            return history.isEmpty() ? null : history.get(history.size() - 1);
        }
    }

    /** The solver's own clock (what the marks and the limit use) once solving has started, wall time before. */
    private static long solverTime(DefaultSolver<Roster> solver, long started) {
        try {
            return solver.getTimeMillisSpent();
        } catch (RuntimeException notStartedYet) {
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static void progress(Settings settings, Problem problem, long elapsed, Convergence.Point latest,
            double load) {
        settings.progress().printf(Locale.ROOT, "[scaling] %s %6s s / %s  best %s  (load %.2f)%n", problem.name(),
                Durations.seconds(elapsed), Durations.label(settings.limit()),
                latest == null ? "— constructing" : latest.score() + " at " + Durations.seconds(latest.millis()) + " s",
                load);
    }

    /** Heap in use: a sampled peak, the heap pools' own peaks since the start, and the most left after a collection. */
    private static final class Heap {
        final AtomicLong peak = new AtomicLong();
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
                .toList();

        Heap() {
            System.gc();
            pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        final AtomicLong peakAfterGc = new AtomicLong();
        private final Set<String> heapPoolNames = pools.stream().map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPoolNames.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                peakAfterGc.accumulateAndGet(used, Math::max);
            }
        };

        void sample() {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            peak.accumulateAndGet(used, Math::max);
        }

        /** Listens to every collection's report of the heap in use after it. */
        void listen() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(afterGc, null, null);
                }
            }
        }

        void stopListening() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof NotificationEmitter emitter) {
                    try {
                        emitter.removeNotificationListener(afterGc);
                    } catch (ListenerNotFoundException ignored) {
                        // not added
                    }
                }
            }
        }

        long poolPeaks() {
            return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        }
    }

    /**
     * Unfilled required minutes of the best roster at each mark. The best roster at a mark is the last new best before
     * it: when a new best comes after a mark, the one before is summarised for that mark (on the solver thread, once per
     * mark); marks that no later best passed get the final roster's.
     */
    static final class UnfilledAtMarks {
        private final List<Duration> marks;
        private final java.util.Map<Duration, Long> minutes = new java.util.HashMap<>();
        private Roster last;

        UnfilledAtMarks(List<Duration> marks) {
            this.marks = marks;
        }

        synchronized void newBest(long millis, Roster best) {
            for (Duration mark : marks) {
                if (last != null && millis > mark.toMillis() && !minutes.containsKey(mark)) {
                    minutes.put(mark, RosterSummary.of(last).unfilledRequiredMinutes());
                }
            }
            last = best;
        }

        /** The minutes at the mark, or the final roster's if no new best came after the mark. */
        synchronized long at(Duration mark, Roster finalBest) {
            Long known = minutes.get(mark);
            return known != null ? known : RosterSummary.of(finalBest).unfilledRequiredMinutes();
        }
    }

    /** The 1-minute system load average (−1 where the platform has none). */
    private static final class Load {
        final double first = current();
        volatile double last = first;
        private double sum = first;
        private int count = 1;

        static double current() {
            return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }

        synchronized double sample() {
            last = current();
            sum += last;
            count++;
            return last;
        }

        synchronized double mean() {
            return sum / count;
        }
    }
}
