package jp.tsumugi.web.solving;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.solve.ProblemSolverFactory;
import jp.tsumugi.solver.solve.SolveLimits;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PlanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves plans in the background on Timefold's {@link SolverManager}, one job per plan, several cooperatives at
 * once. Every improved roster updates the live progress; it is saved at most every {@code tsumugi.solving.save-every}
 * and always at the end, so a restart keeps the last roster the page showed (up to that interval). A job that was
 * running when the application stopped is marked {@link PlanStatus#INTERRUPTED} at the next start, its last saved
 * roster kept.
 */
@Service
public class PlanSolving implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PlanSolving.class);

    private final ProblemSolverFactory solverFactory;
    private final SolverManager<Roster, Long> solverManager;
    private final PlanRosters rosters;
    private final PlanRepository plans;
    private final TransactionTemplate transaction;
    private final Duration saveEvery;
    private final Clock clock;
    private final Map<Long, SolveProgress> progress = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastSaved = new ConcurrentHashMap<>();
    private volatile boolean closing;

    PlanSolving(PlanRosters rosters, PlanRepository plans, TransactionTemplate transaction,
            @Value("${tsumugi.solving.save-every:5s}") Duration saveEvery,
            @Value("${tsumugi.solving.parallel-jobs:2}") int parallelJobs) {
        this.rosters = rosters;
        this.plans = plans;
        this.transaction = transaction;
        this.saveEvery = saveEvery;
        this.clock = Clock.systemUTC();
        // The per-job time limit comes with each job; this one only stops a job that was given none. Each job's solver
        // is configured for its plan's roster (RosterSolverConfig.forProblem: the restarts scale with the slots).
        this.solverFactory = new ProblemSolverFactory(SolveLimits.spent(Duration.ofMinutes(10)));
        this.solverManager = SolverManager.create(solverFactory,
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(parallelJobs)));
    }

    /** Jobs of a previous run of the application cannot be running any more. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> {
            for (Plan plan : plans.findByStatus(PlanStatus.SOLVING)) {
                plan.setStatus(PlanStatus.INTERRUPTED);
                plan.setSolveEndedAt(plan.getSavedAt());
                plans.save(plan);
                log.info("Plan {} was being solved when the application stopped: marked interrupted", plan.getId());
            }
        });
    }

    /**
     * Starts solving the plan from its saved roster (pins and published workers kept).
     *
     * @throws AlreadySolvingException when the plan is already being solved
     */
    public SolveProgress start(long cooperativeId, long planId, Duration limit) {
        Roster problem = rosters.load(cooperativeId, planId);
        SolveProgress job = new SolveProgress(planId, clock.instant(), limit);
        if (progress.putIfAbsent(planId, job) != null && !progress.get(planId).isFinished()) {
            throw new AlreadySolvingException();
        }
        progress.put(planId, job);
        lastSaved.remove(planId);
        updatePlan(cooperativeId, planId, plan -> {
            plan.setStatus(PlanStatus.SOLVING);
            plan.setSolveStartedAt(OffsetDateTime.now(clock));
            plan.setSolveEndedAt(null);
            plan.setFailure(null);
        });
        solverManager.solveBuilder()
                .withProblemId(planId)
                .withProblem(problem)
                .withConfigOverride(solverFactory.overrideFor(problem, limit))
                .withBestSolutionEventConsumer(event -> improved(cooperativeId, planId, job, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> finished(cooperativeId, planId, job, event.solution()))
                .withExceptionHandler((id, error) -> failed(cooperativeId, planId, job, error))
                .run();
        return job;
    }

    /** Asks the job to stop; it saves its best roster and ends as {@link PlanStatus#STOPPED}. */
    public void stop(long cooperativeId, long planId) {
        SolveProgress job = progress.get(planId);
        if (job != null && !job.isFinished() && plans.findByIdAndCooperativeId(planId, cooperativeId).isPresent()) {
            job.requestStop();
            solverManager.terminateEarly(planId);
        }
    }

    /** The live progress of the plan's current or last job in this run of the application. */
    public Optional<SolveProgress> progress(long cooperativeId, long planId) {
        SolveProgress job = progress.get(planId);
        if (job == null || plans.findByIdAndCooperativeId(planId, cooperativeId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(job);
    }

    private void improved(long cooperativeId, long planId, SolveProgress job, Roster roster) {
        Instant now = clock.instant();
        job.improved(roster, now);
        Instant last = lastSaved.get(planId);
        if (last == null || Duration.between(last, now).compareTo(saveEvery) >= 0) {
            lastSaved.put(planId, now);
            rosters.save(cooperativeId, planId, roster);
        }
    }

    private void finished(long cooperativeId, long planId, SolveProgress job, Roster roster) {
        try {
            if (roster.getScore() != null) {
                job.improved(roster, clock.instant());
            }
            rosters.save(cooperativeId, planId, roster);
            updatePlan(cooperativeId, planId, plan -> {
                plan.setStatus(closing ? PlanStatus.INTERRUPTED
                        : job.isStopRequested() ? PlanStatus.STOPPED : PlanStatus.SOLVED);
                plan.setSolveEndedAt(OffsetDateTime.now(clock));
            });
        } catch (RuntimeException e) {
            failed(cooperativeId, planId, job, e);
            return;
        }
        job.finish();
    }

    private void failed(long cooperativeId, long planId, SolveProgress job, Throwable error) {
        log.error("Solving plan {} failed; its last saved roster is kept", planId, error);
        updatePlan(cooperativeId, planId, plan -> {
            plan.setStatus(PlanStatus.FAILED);
            plan.setSolveEndedAt(OffsetDateTime.now(clock));
            String message = String.valueOf(error.getMessage());
            plan.setFailure(message.length() > 1900 ? message.substring(0, 1900) : message);
        });
        job.finish();
    }

    private void updatePlan(long cooperativeId, long planId, java.util.function.Consumer<Plan> change) {
        transaction.executeWithoutResult(status -> plans.findByIdAndCooperativeId(planId, cooperativeId).ifPresent(plan -> {
            change.accept(plan);
            plans.save(plan);
        }));
    }

    /** The application is stopping: running jobs save their best roster and are marked interrupted. */
    @PreDestroy
    void close() {
        closing = true;
        solverManager.close();
    }
}
