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
 * The construction phase: fills the unassigned, unpinned slots in calendar order, each with the best of a few
 * promising workers, judged by the full score (every hard rule still decides).
 *
 * <p>Timefold's FIRST_FIT evaluates every worker (and leaving the slot empty) for every slot: slots × (workers + 1)
 * score calculations, 94 million on the {@code prefecture} preset (187,777 slots, 500 workers) and 7 million on Curtois
 * Instance24, hours and minutes. This phase evaluates at most {@link #DEFAULT_CANDIDATES} workers per slot, or more
 * when the open slots are few enough for {@link #DEFAULT_EVALUATION_BUDGET}. When that covers every worker (the small
 * presets, Curtois Instances 1–12) it tries every worker in roster order, which is FIRST_FIT exactly; otherwise a
 * shortlist:
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

    public RosterConstruction() {
        this(DEFAULT_CANDIDATES, DEFAULT_EVALUATION_BUDGET);
    }

    /**
     * @param candidates       the fewest workers tried per slot (when more could take it)
     * @param evaluationBudget when the open slots are few, each may try up to {@code evaluationBudget / open slots}
     *                         workers instead: the small problems keep FIRST_FIT's full comparison
     */
    public RosterConstruction(int candidates, long evaluationBudget) {
        if (candidates < 1) {
            throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
        }
        this.candidates = candidates;
        this.evaluationBudget = evaluationBudget;
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
        State state = new State(roster);
        HardMediumSoftLongScore current = inner.calculateScore().raw();
        int perSlot = candidatesPerSlot(roster.getSlots().stream().filter(s -> !s.isPinned() && s.getWorker() == null)
                .count());
        for (Slot slot : roster.getSlots()) {
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
