package jp.tsumugi.solver.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.domain.WorkerMonth;
import jp.tsumugi.solver.score.EligibilityConstraints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The construction phase: fills the unassigned, unpinned slots in calendar order ({@link #DEFAULT_ORDER}), each with
 * the best of a few promising workers, judged by the full score (every hard rule still decides).
 *
 * <p>{@link Order#WEEK_PRIORITY} (session 8, not the default) fills week by week, within a week the highest priority
 * per minute first: in calendar order the slots early in a week take the hours that heavier slots later in the week
 * then lack. It constructs {@code medium} at &minus;983,730 medium instead of &minus;1,264,410 and {@code hagi} at
 * &minus;332,430 instead of &minus;355,800, but the local search does not keep the lead everywhere: {@code medium}
 * after 1.9 million score calculations (about 60 s on a quiet machine), seeds 1&ndash;5, &minus;487,620 / &minus;486,930
 * / &minus;488,670 / &minus;488,310 / &minus;487,590 against &minus;491,190 / &minus;492,660 / &minus;492,330 /
 * &minus;486,960 / &minus;483,990 in calendar order (mean 0.33 % better, a fifth of the calendar order's spread
 * between seeds; better on three seeds, worse on two); {@code hagi} after 500,000 the same within the seed spread.
 * On Curtois Instances 1&ndash;7 both orders construct the same roster. benchmarks/PERFORMANCE.md, "Session 8: the
 * first seconds"; {@code SearchTuning order=week_priority}.
 *
 * <p>Timefold's FIRST_FIT evaluates every worker (and leaving the slot empty) for every slot: slots × (workers + 1)
 * score calculations, 94 million on the {@code prefecture} preset (187,777 slots, 500 workers) and 7 million on Curtois
 * Instance24, hours and minutes. This phase evaluates at most {@link #DEFAULT_CANDIDATES} workers per slot, or more
 * when the open slots are few enough for {@link #DEFAULT_EVALUATION_BUDGET}. When that covers every worker (the small
 * presets, Curtois Instances 1–12) it tries every worker in roster order, which is FIRST_FIT exactly (in
 * calendar order); otherwise a shortlist:
 * <ul>
 * <li>only workers who could take the slot at all: open-ended contract, residence status, skills valid that day, the
 * night-work accommodation, no unavailability overlapping it (each of these is a hard penalty on the slot alone), and
 * no slot of theirs already placed that overlaps it or leaves too little time to drive between the sites;</li>
 * <li>of those, three groups of about 3/8, 3/8 and the rest of the candidates: those who worked the day before (least
 * loaded first; a run of working days continues, which minimum-run contract rules need), the nearest to the site
 * (home to site), and the least loaded in the slot's month (minutes placed over the month's target).</li>
 * </ul>
 * A slot whose job type is prohibited or whose site lies outside the area stays empty (any worker breaks a hard rule).
 * The slot gets the candidate with the best score, if it is better than leaving it empty. Local search still changes
 * any slot to any worker: nothing is excluded from the search, only from this first pass.
 */
public final class RosterConstruction implements PhaseCommand<Roster> {
    public static final int DEFAULT_CANDIDATES = 8;
    /** Score calculations the phase may spend in all: below it, more candidates per slot (up to every able worker). */
    public static final long DEFAULT_EVALUATION_BUDGET = 500_000;
    private static final String VARIABLE = "worker";

    private final int candidates;
    private final long evaluationBudget;
    private final Order order;
    /** Whether the row phase follows: a roster whose every worker has contract rules is then left to it. */
    private final boolean rowPhaseFollows;
    /** Slots × workers from which an all-rules roster is left to the row phase. */
    private final long fromEmpty;
    /** The longest plan (days) left to the row phase. */
    private final int maxDays;

    /**
     * The order in which the open slots are filled. Weekly and daily limits (hours, rest days) bind in a week, so in
     * calendar order a slot early in the week takes hours that a heavier slot later in the week then lacks.
     */
    public enum Order {
        /** By start (the roster's order). */
        CALENDAR,
        /**
         * Week by week in calendar order; within a week the slots of the highest priority per minute first (the
         * unfilled weight per head over the slot's minutes), then the heaviest, then by start.
         */
        WEEK_PRIORITY,
        /** Over the whole roster the highest priority per minute first, then the heaviest, then by start. */
        PRIORITY
    }

    /** The order solving uses. */
    public static final Order DEFAULT_ORDER = Order.CALENDAR;

    public RosterConstruction() {
        this(DEFAULT_CANDIDATES, DEFAULT_EVALUATION_BUDGET);
    }

    public RosterConstruction(int candidates, long evaluationBudget) {
        this(candidates, evaluationBudget, DEFAULT_ORDER);
    }

    /**
     * @param candidates       the fewest workers tried per slot (when more could take it)
     * @param evaluationBudget when the open slots are few, each may try up to {@code evaluationBudget / open slots}
     *                         workers instead: the small problems keep FIRST_FIT's full comparison
     * @param order            the order in which the open slots are filled
     */
    public RosterConstruction(int candidates, long evaluationBudget, Order order) {
        this(candidates, evaluationBudget, order, false, Long.MAX_VALUE, 0);
    }

    /**
     * Slots × workers (the score calculations of FIRST_FIT) from which {@link #beforeRowPhase} leaves a roster whose
     * every worker has contract rules to the row phase. On the Curtois instances, side by side at the same CPU seconds,
     * the row phase from the empty roster did better above it (Instance13, 339,000: 5.5 % lower objective at 60 s over
     * two seeds, 7.7 CPU s of construction saved; Instance20 15 % at 120 s; the year-long Instances 22 and 24 are left
     * out by {@link #ROW_PHASE_FROM_EMPTY_MAX_DAYS}) and no better below it (Instances 14, 16, 18 at 21,000–39,000:
     * 2–4 % worse at 120 s; 1–12 up to 98,000: as good on average at 30 s) (benchmarks/CURTOIS.md, "Session 15").
     */
    public static final long ROW_PHASE_FROM_EMPTY_EVALUATIONS = 200_000;
    /**
     * The longest plan, in days, that {@link #beforeRowPhase} leaves to the row phase. On the year-long Curtois plans
     * the full runs (`run-curtois --limit 300s`, two each) went the other way: Instance22 broke two rules in both
     * (constructed, session 14's run kept every rule) and Instance24 ended 25 % worse than session 14's run in both,
     * and 4.5 % worse side by side at 300 CPU s, though feasible earlier; Instances 13, 20 and 21 (28 and 182 days)
     * gained 19–22 points of gap in theirs (benchmarks/CURTOIS.md, "Session 15").
     */
    public static final int ROW_PHASE_FROM_EMPTY_MAX_DAYS = 182;

    /**
     * The default construction before the row phase ({@link RosterSolverConfig#rowPhase}): on a roster whose every
     * worker has contract rules, whose slots × workers reach {@link #ROW_PHASE_FROM_EMPTY_EVALUATIONS} and whose plan
     * is at most {@link #ROW_PHASE_FROM_EMPTY_MAX_DAYS} days long it fills nothing, and the row phase builds each
     * worker's row whole from the empty roster (a beam search per row, where this phase would score every worker on
     * every slot and leave thousands of broken rules for the row phase to repair). Any other roster is constructed as
     * before.
     */
    public static RosterConstruction beforeRowPhase() {
        return beforeRowPhase(ROW_PHASE_FROM_EMPTY_EVALUATIONS, ROW_PHASE_FROM_EMPTY_MAX_DAYS);
    }

    /** As {@link #beforeRowPhase()} from {@code fromEmpty} slots × workers, on plans up to {@code maxDays} (tests). */
    static RosterConstruction beforeRowPhase(long fromEmpty, int maxDays) {
        if (fromEmpty < 1) {
            throw new IllegalArgumentException("fromEmpty must be at least 1: " + fromEmpty);
        }
        return new RosterConstruction(DEFAULT_CANDIDATES, DEFAULT_EVALUATION_BUDGET, DEFAULT_ORDER, true, fromEmpty,
                maxDays);
    }

    private RosterConstruction(int candidates, long evaluationBudget, Order order, boolean rowPhaseFollows,
            long fromEmpty, int maxDays) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
        }
        this.candidates = candidates;
        this.evaluationBudget = evaluationBudget;
        this.order = java.util.Objects.requireNonNull(order);
        this.rowPhaseFollows = rowPhaseFollows;
        this.fromEmpty = fromEmpty;
        this.maxDays = maxDays;
    }

    /** Whether the row phase follows this construction (the default's, on a problem with contract rules). */
    public boolean rowPhaseFollows() {
        return rowPhaseFollows;
    }

    /**
     * Whether this construction leaves {@code roster} to the row phase: it follows, every worker has rules, the
     * slots × workers reach {@link #ROW_PHASE_FROM_EMPTY_EVALUATIONS} and the plan is at most
     * {@link #ROW_PHASE_FROM_EMPTY_MAX_DAYS} days long.
     */
    public boolean leavesToRowPhase(Roster roster) {
        // fromEmpty is at least 1, so a roster without workers (every one of none has rules) never qualifies.
        return rowPhaseFollows
                && (long) roster.getSlots().size() * roster.getWorkers().size() >= fromEmpty
                && roster.getCalendar() != null && roster.getCalendar().getDayCount() <= maxDays
                && roster.getWorkers().stream().allMatch(jp.tsumugi.solver.solve.move.RowRebuild::hasRules);
    }

    /** The slots in the order this construction fills them (all of them; pinned and assigned ones are skipped later). */
    List<Slot> fillOrder(List<Slot> slots) {
        if (order == Order.CALENDAR) {
            return slots;
        }
        // Stable sorts: ties keep the roster's order (by start).
        Comparator<Slot> byPriority = Comparator.comparingDouble(RosterConstruction::priorityPerMinute).reversed()
                .thenComparing(Comparator.comparingLong((Slot slot) -> slot.getCover().getUnfilledWeightPerHead())
                        .reversed());
        List<Slot> sorted = new ArrayList<>(slots);
        sorted.sort(order == Order.WEEK_PRIORITY
                ? Comparator.comparingInt((Slot slot) -> slot.getCover().getWeekIndex()).thenComparing(byPriority)
                : byPriority);
        return sorted;
    }

    private static double priorityPerMinute(Slot slot) {
        return (double) slot.getCover().getUnfilledWeightPerHead() / Math.max(1, slot.getNetMinutes());
    }

    public Order order() {
        return order;
    }

    /** Workers to try per slot when {@code openSlots} slots are to be filled. */
    int candidatesPerSlot(long openSlots) {
        long byBudget = openSlots == 0 ? Integer.MAX_VALUE : evaluationBudget / openSlots;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(candidates, byBudget));
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector, BooleanSupplier isPhaseTerminated) {
        InnerScoreDirector<Roster, HardMediumSoftLongScore> inner =
                (InnerScoreDirector<Roster, HardMediumSoftLongScore>) scoreDirector;
        Roster roster = scoreDirector.getWorkingSolution();
        if (leavesToRowPhase(roster)) {
            return;
        }
        State state = new State(roster);
        HardMediumSoftLongScore current = inner.calculateScore().raw();
        int perSlot = candidatesPerSlot(roster.getSlots().stream().filter(s -> !s.isPinned() && s.getWorker() == null)
                .count());
        for (Slot slot : fillOrder(roster.getSlots())) {
            if (slot.isPinned() || slot.getWorker() != null) {
                continue;
            }
            if (isPhaseTerminated.getAsBoolean()) {
                return;
            }
            List<Worker> shortlist = state.shortlist(slot, perSlot);
            Worker best = null;
            HardMediumSoftLongScore bestScore = current;
            for (Worker worker : shortlist) {
                assign(scoreDirector, slot, worker);
                HardMediumSoftLongScore score = inner.calculateScore().raw();
                if (score.compareTo(bestScore) > 0) {
                    best = worker;
                    bestScore = score;
                }
                assign(scoreDirector, slot, null);
            }
            if (best != null) {
                assign(scoreDirector, slot, best);
                current = inner.calculateScore().raw();
                state.placed(slot, best);
            }
        }
    }

    private static void assign(ScoreDirector<Roster> scoreDirector, Slot slot, Worker worker) {
        scoreDirector.beforeVariableChanged(slot, VARIABLE);
        slot.setWorker(worker);
        scoreDirector.afterVariableChanged(slot, VARIABLE);
        scoreDirector.triggerVariableListeners();
    }

    /** What this pass knows while it fills the slots: the facts indexed, and the minutes placed so far. */
    static final class State {
        private final List<Worker> workers;
        private final Map<Worker, Map<LocalDate, List<Unavailability>>> unavailable = new IdentityHashMap<>();
        private final Map<Worker, Map<Integer, List<Slot>>> placedByDay = new IdentityHashMap<>();
        private final Map<Worker, long[]> monthMinutes = new IdentityHashMap<>();
        private final Map<Worker, int[]> monthTargets = new IdentityHashMap<>();
        private final int months;
        private final Map<Worker, Integer> index = new IdentityHashMap<>();
        private final Map<Site, int[]> commuteBySite = new IdentityHashMap<>();

        State(Roster roster) {
            this.workers = roster.getWorkers();
            this.months = Math.max(1, roster.getCalendar().monthCount());
            for (Unavailability u : roster.getUnavailabilities()) {
                unavailable.computeIfAbsent(u.worker(), w -> new HashMap<>())
                        .computeIfAbsent(u.date(), d -> new ArrayList<>()).add(u);
            }
            for (int i = 0; i < workers.size(); i++) {
                index.put(workers.get(i), i);
            }
            for (Worker worker : workers) {
                monthMinutes.put(worker, new long[months]);
                monthTargets.put(worker, new int[months]);
            }
            for (WorkerMonth wm : roster.getWorkerMonths()) {
                int[] targets = monthTargets.get(wm.worker());
                if (targets != null && wm.monthIndex() >= 0 && wm.monthIndex() < months) {
                    targets[wm.monthIndex()] = wm.targetMinutes();
                }
            }
            for (Slot slot : roster.getSlots()) {
                if (slot.getWorker() != null && monthMinutes.containsKey(slot.getWorker())) {
                    placed(slot, slot.getWorker());
                }
            }
        }

        void placed(Slot slot, Worker worker) {
            placedByDay.computeIfAbsent(worker, w -> new HashMap<>())
                    .computeIfAbsent(slot.getDayIndex(), d -> new ArrayList<>()).add(slot);
            int month = slot.getCover().getMonthIndex();
            if (month >= 0 && month < months) {
                monthMinutes.get(worker)[month] += slot.getNetMinutes();
            }
        }

        /**
         * The workers to try for the slot, best first; empty when nobody could take it. When the limit covers every
         * worker, every worker in roster order, unfiltered: exactly FIRST_FIT's comparison (and ties), so small
         * problems construct the same roster as before.
         */
        List<Worker> shortlist(Slot slot, int limit) {
            if (limit >= workers.size()) {
                return workers;
            }
            Cover cover = slot.getCover();
            if (cover.getJobType().isProhibited() || !cover.getSettings().isInsideArea(slot.getSite())) {
                return List.of();
            }
            List<Worker> able = new ArrayList<>();
            for (Worker worker : workers) {
                if (couldTake(worker, slot)) {
                    able.add(worker);
                }
            }
            if (able.size() <= limit) {
                return able;
            }
            int month = cover.getMonthIndex();
            int[] commutes = commutes(slot);
            List<Worker> chosen = new ArrayList<>(limit);
            // Three groups: who continues a run, the nearest (ties: the less loaded), then the least loaded.
            Comparator<Worker> nearFirst = Comparator.comparingInt((Worker worker) -> commutes[index.get(worker)])
                    .thenComparingDouble(worker -> load(worker, month));
            Comparator<Worker> leastLoaded = Comparator.comparingDouble(worker -> load(worker, month));
            // Whoever worked the day before, least loaded first: runs of working days (minimum-run contracts) grow.
            List<Worker> continuing = new ArrayList<>();
            for (Worker worker : able) {
                Map<Integer, List<Slot>> days = placedByDay.get(worker);
                if (days != null && days.containsKey(slot.getDayIndex() - 1)) {
                    continuing.add(worker);
                }
            }
            int share = Math.max(1, limit * 3 / 8);
            takeSmallest(continuing, leastLoaded, share, chosen);
            takeSmallest(able, nearFirst, chosen.size() + share, chosen);
            takeSmallest(able, leastLoaded, limit, chosen);
            return chosen;
        }

        /** Adds to {@code chosen} the smallest of {@code from} not yet in it, until it holds {@code upTo}. */
        private static void takeSmallest(List<Worker> from, Comparator<Worker> order, int upTo, List<Worker> chosen) {
            while (chosen.size() < upTo) {
                Worker smallest = null;
                for (Worker worker : from) {
                    if ((smallest == null || order.compare(worker, smallest) < 0) && !chosen.contains(worker)) {
                        smallest = worker;
                    }
                }
                if (smallest == null) {
                    return;
                }
                chosen.add(smallest);
            }
        }

        /** Minutes from each worker's home to the slot's site (by worker index), computed once per site. */
        private int[] commutes(Slot slot) {
            return commuteBySite.computeIfAbsent(slot.getSite(), site -> {
                int[] minutes = new int[workers.size()];
                for (int i = 0; i < minutes.length; i++) {
                    minutes[i] = slot.getCover().getSettings().getTravel()
                            .minutes(workers.get(i).getHome(), site.getLocation());
                }
                return minutes;
            });
        }

        private double load(Worker worker, int month) {
            if (month < 0 || month >= months) {
                return 0;
            }
            long placed = monthMinutes.get(worker)[month];
            int target = monthTargets.get(worker)[month];
            return target > 0 ? (double) placed / target : placed;
        }

        /** No hard rule about this slot alone rules the worker out, and no slot placed so far clashes with it. */
        boolean couldTake(Worker worker, Slot slot) {
            Cover cover = slot.getCover();
            if (!worker.isOpenEnded()) {
                return false;
            }
            if (EligibilityConstraints.residenceStatusForbids(worker, slot.getSite())) {
                return false;
            }
            if (worker.isNoNightWork() && cover.getNightMinutes() > 0) {
                return false;
            }
            if (worker.missingSkillCount(cover.getRequiredSkills(), cover.getDate()) > 0) {
                return false;
            }
            Map<LocalDate, List<Unavailability>> off = unavailable.get(worker);
            if (off != null && (overlapsAny(off.get(cover.getDate()), slot)
                    || (cover.isOvernight() && overlapsAny(off.get(cover.getDate().plusDays(1)), slot)))) {
                return false;
            }
            Map<Integer, List<Slot>> days = placedByDay.get(worker);
            if (days != null) {
                for (int day = slot.getDayIndex() - 1; day <= slot.getDayIndex() + 1; day++) {
                    List<Slot> placed = days.get(day);
                    if (placed != null) {
                        for (Slot other : placed) {
                            if (EligibilityConstraints.conflictMinutes(slot, other) > 0) {
                                return false;
                            }
                        }
                    }
                }
            }
            return true;
        }

        private static boolean overlapsAny(List<Unavailability> unavailabilities, Slot slot) {
            if (unavailabilities != null) {
                for (Unavailability u : unavailabilities) {
                    if (u.overlaps(slot)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
