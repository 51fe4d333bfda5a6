package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.score.ContractConstraints;
import jp.tsumugi.solver.score.DemandConstraints;
import jp.tsumugi.solver.score.PreferenceConstraints;
import jp.tsumugi.solver.score.RosterConstraintProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
/**
 * What {@link RowRebuild} and {@link PairRowRebuild} share: the roster indexed for pricing rows (each day's covers,
 * weekends, shift types and forbidden successions, requests), a worker's current row, and the {@link Search} that
 * prices a row over a window of days exactly as the score prices the worker's {@link ContractRules} and requests
 * (across the window's edges and over the whole plan, each rule at the weight the score gives it: {@link Prices}), with
 * the beam that keeps
 * the cheapest partial rows. The kinds differ in the choices they offer each day.
 *
 * <p>Only workers with contract rules are drawn (the rows the Curtois instances state); on a roster without them the
 * kind has nothing to draw ({@link #canDraw}) and the union's draws are as without it. A worker is assumed to work at
 * most one slot a day (all shifts of a Curtois day overlap); a second slot on a day stays as it is.
 */
public abstract class RowPricing extends PatternMoveFactory {
    /** The shortest and longest window, in days (a whole plan when shorter). */
    public static final int MIN_WINDOW_DAYS = 7;
    public static final int MAX_WINDOW_DAYS = 28;
    /**
     * States kept per key (last day's shift, run length, whether the days off follow work, a weekend in progress), with
     * different totals (minutes, weekends, shifts per type, each as far as the worker's rules tell them apart:
     * {@code Search}'s caps). Two partial rows alike in all of these are one state: a row that only trades the current
     * slot for an equal one (same type, length and cover weight) is not proposed.
     */
    static final int STATES_PER_KEY = 2;
    /** States kept per day in all (the best ranked). */
    static final int MAX_STATES = 200;
    /**
     * This factory's beam: {@link #STATES_PER_KEY} and {@link #MAX_STATES}, or on a small roster (drawn workers × plan
     * days at most {@link #SMALL_ROSTER_WORKER_DAYS}) {@link #SMALL_ROSTER_STATES_PER_KEY} and
     * {@link #SMALL_ROSTER_MAX_STATES}, set at {@link #index}; {@link #widenBeam} sets it for a whole-row search.
     */
    int statesPerKey = STATES_PER_KEY;
    int maxStates = MAX_STATES;
    /**
     * Rosters of at most this many drawn workers × plan days search with the wider beam, also in
     * {@link PairRowRebuild}'s pairs (session 16, {@code SearchTuning 30 <seed> default} with 8:800 against 2:200, CPU
     * seconds): Curtois Instance2 (196) 831, 832, 831, 835 (seeds 1–4)
     * where 2:200 reached 836 and 936 (seeds 3, 4; 838 and 840 after 60 s), Instance3 (280) 1,009 and 1,007 against
     * 1,020 and 1,015, Instances 1 (112) and 4 (280) alike; above it the wider beam's fewer steps cost (Instance5, 448:
     * 1,261 and 1,289 against 1,255 and 1,265; Instance9 668 and 587 against 464 and 467; Instance12 worse on three of
     * four seeds).
     */
    public static final int SMALL_ROSTER_WORKER_DAYS = 300;
    static final int SMALL_ROSTER_STATES_PER_KEY = 8;
    static final int SMALL_ROSTER_MAX_STATES = 800;

    /** Whether {@code workers} drawn workers over {@code days} days search with the small roster's beam. */
    static boolean smallRoster(int workers, int days) {
        return (long) workers * days <= SMALL_ROSTER_WORKER_DAYS;
    }
    /**
     * The search's price of one point of each score level, in soft points: a weight of {@code h} hard, {@code m} medium
     * and {@code s} soft costs {@code h × HARD + m × MEDIUM + s} ({@link Prices}).
     */
    public static final long HARD = 1_000L;
    public static final long MEDIUM = 1L;

    Worker[] candidates = new Worker[0];
    int dayCount;
    /** Per day: its covers (those with slots), their slots in {@link #coverSlots}. */
    Cover[][] covers = new Cover[0][];
    /** Per day: the weekend (Saturday's day index) it belongs to, or {@link PlanCalendar#NOT_A_WEEKEND}. */
    int[] weekendOf = new int[0];
    final Map<ShiftType, Integer> typeIndex = new IdentityHashMap<>();
    /**
     * Per day and position in that day's slots: the slot's index in {@link #types}, -1 without a type; built on the
     * first {@link #breaks} after {@link #index} (rosters without contract rules never need it).
     */
    private int[][] slotTypes;
    /** Each drawn worker's position in {@link #candidates}. */
    final Map<Worker, Integer> candidateIndex = new IdentityHashMap<>();
    ShiftType[] types = new ShiftType[0];
    /** {@code forbidden[t][u]}: type {@code u} may not follow type {@code t} the next day. */
    boolean[][] forbidden = new boolean[0][];
    /** Per worker, per day: its on/off requests (null when none). */
    final Map<Worker, ShiftRequest[][]> requests = new IdentityHashMap<>();
    private ConstraintWeightOverrides<HardMediumSoftLongScore> overrides = ConstraintWeightOverrides.none();
    private Prices prices;
    /** No limit, in {@link Search}'s numbers. */
    static final int NONE = -1;

    /**
     * A window of {@link #MIN_WINDOW_DAYS}&ndash;{@link #MAX_WINDOW_DAYS} days (the whole plan when shorter) at a random
     * place: its first and last day, or {@code null} on a plan without days.
     */
    int[] window(Random random) {
        int length = Math.min(dayCount, MIN_WINDOW_DAYS + random.nextInt(MAX_WINDOW_DAYS - MIN_WINDOW_DAYS + 1));
        if (length <= 0) {
            return null;
        }
        int first = random.nextInt(dayCount - length + 1);
        return new int[] {first, first + length - 1};
    }

    /**
     * A wider beam for this factory's searches until the next {@link #index}: {@code statesPerKey} states per key
     * and {@code maxStates} per day. The moves of the solver keep the beam {@link #index} sets; a whole-row search
     * that must not miss rows ({@code ColumnGenerationPhase}, where a row's price is far from the roster's
     * marginal one) widens it.
     *
     * @throws IllegalArgumentException unless {@code 1 <= statesPerKey <= maxStates}
     */
    public void widenBeam(int statesPerKey, int maxStates) {
        if (statesPerKey < 1 || maxStates < statesPerKey) {
            throw new IllegalArgumentException("beam: 1 <= states per key <= states per day, not " + statesPerKey
                    + " and " + maxStates);
        }
        this.statesPerKey = statesPerKey;
        this.maxStates = maxStates;
    }

    /** Two distinct drawn workers at random (the kind draws only with two of them at least). */
    Worker[] twoCandidates(Random random) {
        int i = random.nextInt(candidates.length);
        int j = random.nextInt(candidates.length - 1);
        if (j >= i) {
            j++;
        }
        return new Worker[] {candidates[i], candidates[j]};
    }

    /** A contract rule a worker's row breaks now, and the days it spans ({@code 0..dayCount - 1} for a plan total). */
    record Break(Worker worker, int from, int to) {
    }

    /**
     * The contract rules the drawn workers' rows break now: runs of working days or days off too long or too short
     * (runs that touch the plan's first or last day exempt, as the score has it), forbidden successions, each worked
     * weekend of a row with more weekends than allowed, and the plan's totals (minutes, shifts of a type). One pass
     * over the slots and one over each row.
     */
    List<Break> breaks() {
        if (slotTypes == null) {
            slotTypes = new int[days.slots.length][];
            for (int d = 0; d < days.slots.length; d++) {
                slotTypes[d] = new int[days.slots[d].length];
                for (int k = 0; k < days.slots[d].length; k++) {
                    Integer type = typeIndexOf(days.slots[d][k]);
                    slotTypes[d][k] = type == null ? -1 : type;
                }
            }
        }
        // Per drawn worker and day: 1 + the position of its slot in that day's slots, 0 for a day off.
        int[][] rows = new int[candidates.length][dayCount];
        for (int d = 0; d < days.slots.length; d++) {
            Slot[] daySlots = days.slots[d];
            for (int k = 0; k < daySlots.length; k++) {
                Worker worker = daySlots[k].getWorker();
                Integer c = worker == null ? null : candidateIndex.get(worker);
                if (c != null && rows[c][d] == 0) {
                    rows[c][d] = k + 1;
                }
            }
        }
        List<Break> breaks = new ArrayList<>();
        for (int c = 0; c < candidates.length; c++) {
            addBreaks(candidates[c], rows[c], breaks);
        }
        return breaks;
    }

    private void addBreaks(Worker worker, int[] row, List<Break> breaks) {
        ContractRules rules = worker.getContract();
        int last = dayCount - 1;
        for (int d = 0; d < dayCount; ) {
            boolean working = row[d] != 0;
            int end = d;
            while (end < last && (row[end + 1] != 0) == working) {
                end++;
            }
            int length = end - d + 1;
            boolean edge = d == 0 || end == last;
            if (working && rules.maxConsecutiveWorkDays() != null && length > rules.maxConsecutiveWorkDays()
                    || working && rules.minConsecutiveWorkDays() != null && length < rules.minConsecutiveWorkDays() && !edge
                    || !working && rules.minConsecutiveDaysOff() != null && length < rules.minConsecutiveDaysOff()
                            && !edge) {
                breaks.add(new Break(worker, d, end));
            }
            d = end + 1;
        }
        long minutes = 0;
        int[] ofType = new int[types.length];
        // The worked weekends (their Saturdays' day indexes), in order: a row meets each weekend's days together.
        List<Integer> weekends = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            if (row[d] == 0) {
                continue;
            }
            minutes += days.slots[d][row[d] - 1].getNetMinutes();
            int type = slotTypes[d][row[d] - 1];
            if (type >= 0) {
                ofType[type]++;
                int nextType = d < last && row[d + 1] != 0 ? slotTypes[d + 1][row[d + 1] - 1] : -1;
                if (nextType >= 0 && forbidden[type][nextType]) {
                    breaks.add(new Break(worker, d, d + 1));
                }
            }
            if (weekendOf[d] != PlanCalendar.NOT_A_WEEKEND
                    && (weekends.isEmpty() || weekends.get(weekends.size() - 1) != weekendOf[d])) {
                weekends.add(weekendOf[d]);
            }
        }
        if (rules.maxWeekendsWorked() != null && weekends.size() > rules.maxWeekendsWorked()) {
            // Each worked weekend, so that a window lands on one (a whole-plan break draws a random window).
            for (int saturday : weekends) {
                breaks.add(new Break(worker, Math.max(0, saturday), Math.min(last, saturday + 1)));
            }
        }
        boolean total = rules.minTotalMinutes() != null && minutes < rules.minTotalMinutes()
                || rules.maxTotalMinutes() != null && minutes > rules.maxTotalMinutes();
        for (int t = 0; t < types.length && !total; t++) {
            Integer max = rules.maxShiftsOf(types[t]);
            total = max != null && ofType[t] > max;
        }
        if (total) {
            breaks.add(new Break(worker, 0, last));
        }
    }

    /**
     * A window of {@link #MIN_WINDOW_DAYS}&ndash;{@link #MAX_WINDOW_DAYS} days (the whole plan when shorter) over the
     * days of {@code broken} (as many as it holds, from the first), at a random place around them; a random window
     * for a plan total.
     */
    int[] windowAround(Break broken, Random random) {
        return windowAround(broken, random, MAX_WINDOW_DAYS);
    }

    /** As {@link #windowAround(Break, Random)}, at most {@code maxDays} days long (around a rule, not a plan total). */
    int[] windowAround(Break broken, Random random, int maxDays) {
        if (broken.from() == 0 && broken.to() == dayCount - 1) {
            return window(random);
        }
        int length = Math.min(dayCount, MIN_WINDOW_DAYS + random.nextInt(maxDays - MIN_WINDOW_DAYS + 1));
        int span = broken.to() - broken.from() + 1;
        int first = broken.from() - (span >= length ? 0 : random.nextInt(length - span + 1));
        first = Math.max(0, Math.min(first, dayCount - length));
        return new int[] {first, first + length - 1};
    }

    /** The index of the slot's shift type in {@link #types}, or {@code null} for no slot or a slot without a type. */
    Integer typeIndexOf(Slot slot) {
        return slot == null || slot.getShiftType() == null ? null : typeIndex.get(slot.getShiftType());
    }

    /** A worker whose row the kinds price and draw: one with contract rules. */
    public static boolean hasRules(Worker worker) {
        return !worker.getContract().equals(ContractRules.NONE);
    }

    /** Whether {@code roster} has a worker with contract rules: a row these kinds can rebuild. */
    public static boolean rebuilds(Roster roster) {
        return roster.getWorkers().stream().anyMatch(RowPricing::hasRules);
    }

    @Override
    void index(Roster roster) {
        super.index(roster);
        candidates = roster.getWorkers().stream().filter(RowPricing::hasRules)
                .toArray(Worker[]::new);
        candidateIndex.clear();
        for (int c = 0; c < candidates.length; c++) {
            candidateIndex.put(candidates[c], c);
        }
        PlanCalendar calendar = roster.getCalendar();
        dayCount = Math.max(days.slots.length, calendar == null ? 0 : calendar.getDayCount());
        boolean small = smallRoster(candidates.length, dayCount);
        statesPerKey = small ? SMALL_ROSTER_STATES_PER_KEY : STATES_PER_KEY;
        maxStates = small ? SMALL_ROSTER_MAX_STATES : MAX_STATES;
        indexCovers(roster.getSlots());
        covers = new Cover[dayCount][];
        weekendOf = new int[dayCount];
        typeIndex.clear();
        List<ShiftType> typeList = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            java.util.Set<Cover> dayCovers = new java.util.LinkedHashSet<>();
            Slot[] daySlots = d < days.slots.length ? days.slots[d] : new Slot[0];
            for (Slot slot : daySlots) {
                dayCovers.add(slot.getCover());
                ShiftType type = slot.getShiftType();
                if (type != null && !typeIndex.containsKey(type)) {
                    typeIndex.put(type, typeList.size());
                    typeList.add(type);
                }
            }
            covers[d] = dayCovers.toArray(new Cover[0]);
            if (calendar != null) {
                weekendOf[d] = calendar.weekendIndex(calendar.dateOf(d));
            } else {
                weekendOf[d] = PlanCalendar.NOT_A_WEEKEND;
            }
        }
        types = typeList.toArray(new ShiftType[0]);
        slotTypes = null;
        forbidden = new boolean[types.length][types.length];
        for (int t = 0; t < types.length; t++) {
            for (int u = 0; u < types.length; u++) {
                forbidden[t][u] = types[t].forbids(types[u]);
            }
        }
        // Priced on the first proposal: the solver's default weights are read (once per JVM, through a score analysis)
        // only when a row is rebuilt, never on a roster without contract rules.
        overrides = roster.getConstraintWeightOverrides();
        prices = null;
        requests.clear();
        if (calendar != null) {
            for (ShiftRequest request : roster.getShiftRequests()) {
                int d = calendar.dayIndex(request.date());
                if (d < 0 || d >= dayCount) {
                    continue;
                }
                ShiftRequest[][] byDay = requests.computeIfAbsent(request.worker(), w -> new ShiftRequest[dayCount][]);
                ShiftRequest[] old = byDay[d] == null ? new ShiftRequest[0] : byDay[d];
                ShiftRequest[] grown = Arrays.copyOf(old, old.length + 1);
                grown[old.length] = request;
                byDay[d] = grown;
            }
        }
    }

    @Override
    boolean canDraw() {
        return movable.length > 0 && candidates.length > 0;
    }


    /**
     * What a kind's {@code propose} found: the move, the search's cost of the proposed rows and of the current ones
     * ({@code null} when the current row is not one of the search's choices).
     */
    public record Proposal(ReassignMove move, long cost, Long currentCost) {
    }

    /** The worker's current row over the whole plan: its slot of each day (the first, if it has several). */
    final class Row {
        final Slot[] slot = new Slot[dayCount];

        Row(Worker worker) {
            for (int d = 0; d < days.slots.length; d++) {
                for (Slot s : days.slots[d]) {
                    if (s.getWorker() == worker) {
                        slot[d] = s;
                        break;
                    }
                }
            }
        }

        boolean works(int d) {
            return d >= 0 && d < dayCount && slot[d] != null;
        }
    }

    /** One choice for a day: the slot the worker works ({@code null}: off), its type index and what it costs. */
    record Option(Slot slot, int type, int minutes, long cost) {
    }

    record Day(Option[] options) {
    }


    Option work(Slot slot, long cost) {
        Integer type = typeIndexOf(slot);
        return new Option(slot, type == null ? 0 : type, slot.getNetMinutes(), cost);
    }

    ShiftRequest[] requestsOf(Worker worker, int d) {
        ShiftRequest[][] byDay = requests.get(worker);
        return byDay == null || byDay[d] == null ? new ShiftRequest[0] : byDay[d];
    }

    /** Each rule's price per unit, read from the roster's weights on the first proposal after {@link #index}. */
    Prices prices() {
        if (prices == null) {
            prices = Prices.of(overrides);
        }
        return prices;
    }

    /**
     * The weights of the requests a day's choice leaves unmet: off that day, or working a slot of type {@code worked}
     * (null for a slot without a shift type, which breaks a whole-day off-request and meets no on-request).
     */
    long requestCost(ShiftRequest[] requests, boolean working, ShiftType worked) {
        long cost = 0;
        for (ShiftRequest request : requests) {
            boolean matches = working && (request.shiftType() == null || request.shiftType() == worked);
            if (request.on() != matches) {
                cost += (request.on() ? prices().onRequest() : prices().offRequest()) * request.weight();
            }
        }
        return cost;
    }

    /** A partial row: the choices up to {@link #day}, with what the rules need to go on. */
    static final class State {
        final State previous;
        final Option option;
        final int day;
        /** The last day's type index, or -1 when off. */
        final int last;
        /** Length of the run (working days, or days off) that ends on this day. */
        final int run;
        /** Working run: its first day; days off: whether a working day precedes them. */
        final int runStart;
        final boolean offAfterWork;
        /** A weekend in progress is already worked. */
        final boolean weekendPending;
        final int weekends;
        final int minutes;
        final int[] typeCounts;
        final long cost;
        /** The cost with a bound on what the minimum of minutes will still cost; set when the state is kept. */
        long rank;

        State(State previous, Option option, int day, int last, int run, int runStart, boolean offAfterWork,
                boolean weekendPending, int weekends, int minutes, int[] typeCounts, long cost) {
            this.previous = previous;
            this.option = option;
            this.day = day;
            this.last = last;
            this.run = run;
            this.runStart = runStart;
            this.offAfterWork = offAfterWork;
            this.weekendPending = weekendPending;
            this.weekends = weekends;
            this.minutes = minutes;
            this.typeCounts = typeCounts;
            this.cost = cost;
        }

        boolean sameResources(State other) {
            return weekends == other.weekends && minutes == other.minutes && Arrays.equals(typeCounts, other.typeCounts);
        }
    }

    /** A successor state's numbers before it is made ({@code countedType}: the type whose count grows, or -1). */
    private static final class Next {
        int last;
        int run;
        int runStart;
        boolean offAfterWork;
        boolean pending;
        int weekends;
        int minutes;
        int countedType;
        long cost;
    }

    /** The beam search over one window. */
    final class Search {
        final ContractRules rules;
        /** The rules as numbers ({@link #NONE}: no limit), and the maximum of each shift type. */
        final int maxRun;
        final int minRun;
        final int minOff;
        final int maxWeekends;
        final int minTotal;
        final int maxTotal;
        final int[] maxOfType;
        final Row row;
        final int first;
        final int last;
        final Day[] options;
        final int cap;
        /** Outside the window: minutes, shifts per type and worked weekends wholly outside it. */
        int minutesOutside;
        final int[] typesOutside = new int[types.length];
        int weekendsOutside;
        /**
         * The resources a state keeps only as far as the rules can still tell them apart (session 17): two partial rows
         * whose minutes, weekends or shifts of a type differ only beyond these caps continue alike (every further unit
         * costs the same, or no rule counts it), so they are one state and the beam's room goes to rows that differ.
         * Minutes up to the larger of the minimum and maximum (0 without either), weekends up to the maximum (none
         * counted without one; {@link #advance}), shifts of a type up to its maximum; a type whose maximum the window
         * cannot reach is not counted ({@link #typeCap} -1). Minutes and weekends are the window's; the counts of types
         * include the days outside.
         */
        private final int minutesCap;
        private final int[] typeCap;
        /**
         * {@link #workableAfter(Day[])}, made on the first {@link #rank} ({@link #follow} alone never needs it); stays
         * {@code null} without a minimum of minutes.
         */
        private int[][][] workableAfter;
        /** The successor {@link #advance} works out. */
        private final Next next = new Next();

        /** The rules' prices (the roster's weights). */
        final Prices prices = prices();

        Search(Worker worker, Row row, int first, int last, Day[] options) {
            this.rules = worker.getContract();
            this.maxRun = limit(rules.maxConsecutiveWorkDays());
            this.minRun = limit(rules.minConsecutiveWorkDays());
            this.minOff = limit(rules.minConsecutiveDaysOff());
            this.maxWeekends = limit(rules.maxWeekendsWorked());
            this.minTotal = limit(rules.minTotalMinutes());
            this.maxTotal = limit(rules.maxTotalMinutes());
            this.maxOfType = new int[types.length];
            for (int t = 0; t < types.length; t++) {
                maxOfType[t] = limit(rules.maxShiftsOf(types[t]));
            }
            this.row = row;
            this.first = first;
            this.last = last;
            this.options = options;
            int longest = 1;
            for (Integer limit : new Integer[] {rules.maxConsecutiveWorkDays(), rules.minConsecutiveWorkDays(),
                    rules.minConsecutiveDaysOff()}) {
                if (limit != null) {
                    longest = Math.max(longest, limit + 1);
                }
            }
            this.cap = longest;
            java.util.Set<Integer> worked = new java.util.HashSet<>();
            for (int d = 0; d < dayCount; d++) {
                if (d >= first && d <= last) {
                    continue;
                }
                Slot slot = row.slot[d];
                if (slot == null) {
                    continue;
                }
                minutesOutside += slot.getNetMinutes();
                Integer t = typeIndexOf(slot);
                if (t != null) {
                    typesOutside[t]++;
                }
                if (weekendOf[d] != PlanCalendar.NOT_A_WEEKEND && !weekendTouchesWindow(weekendOf[d])) {
                    worked.add(weekendOf[d]);
                }
            }
            weekendsOutside = worked.size();
            int minutesRule = Math.max(minTotal, maxTotal);
            this.minutesCap = minutesRule == NONE ? 0 : Math.max(0, minutesRule - minutesOutside);
            this.typeCap = new int[types.length];
            for (int t = 0; t < types.length; t++) {
                boolean reachable = maxOfType[t] != NONE && maxOfType[t] < typesOutside[t] + (last - first + 1);
                typeCap[t] = reachable ? maxOfType[t] : -1;
            }
        }

        /**
         * Per window day {@code i} (and one past the end), per number of weekends the worker may still work (up to the
         * window's weekends) and whether a weekend in progress is already worked: the most minutes it can work from day
         * {@code i} to the window's end when it starts rested, on the days it has a slot to take (of a type it may work
         * at all, the longest), without a run longer than the maximum, days off shorter than the minimum between runs
         * or more weekends than it may still work. A bound for {@link #rank}: what the rest of the window can still add
         * to the minutes.
         */
        private int[][][] workableAfter(Day[] options) {
            int n = options.length;
            int runs = maxRun == NONE ? 1 : Math.max(1, maxRun);
            int offs = minOff == NONE ? 1 : Math.max(1, minOff);
            int budgets = 1;
            if (maxWeekends != NONE) {
                for (int i = 0; i < n; i++) {
                    if (weekendOf[first + i] != PlanCalendar.NOT_A_WEEKEND && endsWeekend(first + i)) {
                        budgets++;
                    }
                }
            }
            // best[w][o][k][p]: the most minutes from the day on, after a run of w working days (0: a day off) or
            // o days off (capped at offs; 0: a working day), k weekends still allowed, p: the weekend in progress worked.
            int[][][][] best = new int[runs + 1][offs + 1][budgets][2];
            int[][][][] next = new int[runs + 1][offs + 1][budgets][2];
            int[][][] after = new int[n + 1][budgets][2];
            for (int i = n - 1; i >= 0; i--) {
                int d = first + i;
                int most = 0;
                for (Option option : options[i].options) {
                    if (option.slot != null && (types.length == 0 || maxOfType[option.type] != 0)) {
                        most = Math.max(most, option.minutes);
                    }
                }
                boolean workable = most > 0;
                boolean weekend = maxWeekends != NONE && weekendOf[d] != PlanCalendar.NOT_A_WEEKEND;
                boolean ends = weekend && endsWeekend(d);
                for (int w = 0; w <= runs; w++) {
                    for (int o = 0; o <= offs; o++) {
                        for (int k = 0; k < budgets; k++) {
                            for (int p = 0; p < 2; p++) {
                                int pending = weekend ? p : 0;
                                int value = after(best, 0, w > 0 ? 1 : Math.min(offs, o + 1), k, pending, ends);
                                boolean rested = w > 0 || minOff == NONE || o >= minOff;
                                if (workable && rested && (maxRun == NONE || w < maxRun)) {
                                    int worked = after(best, maxRun == NONE ? 1 : w + 1, 0, k, weekend ? 1 : 0, ends);
                                    if (worked >= 0) {
                                        value = Math.max(value, most + worked);
                                    }
                                }
                                next[w][o][k][p] = value;
                            }
                        }
                    }
                }
                int[][][][] swap = best;
                best = next;
                next = swap;
                for (int k = 0; k < budgets; k++) {
                    after[i][k][0] = Math.max(0, best[0][offs][k][0]);
                    after[i][k][1] = Math.max(0, best[0][offs][k][1]);
                }
            }
            return after;
        }

        /**
         * The most minutes the worker can still work from window day {@code d} to the window's end, rested, with
         * {@code weekendsLeft} weekends it may still work and the weekend in progress worked or not ({@link #rank}'s
         * bound; only with a minimum of minutes).
         */
        int mostMinutesFrom(int d, int weekendsLeft, boolean weekendWorked) {
            if (workableAfter == null) {
                workableAfter = workableAfter(options);
            }
            int[][] byBudget = workableAfter[d - first];
            return byBudget[Math.max(0, Math.min(byBudget.length - 1, weekendsLeft))][weekendWorked ? 1 : 0];
        }

        /** The next day's value in {@link #workableAfter}, the weekend counted when it ends ({@code -1}: none left). */
        private static int after(int[][][][] best, int w, int o, int k, int pending, boolean ends) {
            if (ends) {
                if (pending == 1) {
                    return k == 0 ? -1 : best[w][o][k - 1][0];
                }
                return best[w][o][k][0];
            }
            return best[w][o][k][pending];
        }

        /** Whether day {@code d} is the last of its weekend in the window. */
        private boolean endsWeekend(int d) {
            return d == last || d + 1 >= dayCount || weekendOf[d + 1] != weekendOf[d];
        }

        /** The cost of the row that takes {@code chosen} on each day of the window, or {@code null} if one is missing. */
        Long follow(Option[] chosen) {
            State state = start();
            for (int d = first; d <= last; d++) {
                if (chosen[d - first] == null) {
                    return null;
                }
                state = step(state, chosen[d - first], d);
            }
            return finish(state).cost;
        }

        static int limit(Integer value) {
            return value == null ? NONE : value;
        }

        boolean weekendTouchesWindow(int weekend) {
            return (weekend >= first && weekend <= last) || (weekend + 1 >= first && weekend + 1 <= last);
        }

        List<State> run() {
            int keys = keyCount();
            State[] beam = new State[keys * statesPerKey];
            int[] sizes = new int[keys];
            State[] nextBeam = new State[beam.length];
            int[] nextSizes = new int[keys];
            // The keys that hold states, so that a day costs what its states cost, not what all keys do (a plan with
            // 32 shift types has over a thousand keys, most of them empty).
            Keys used = new Keys(keys);
            Keys nextUsed = new Keys(keys);
            State start = start();
            start.rank = rank(start, first - 1);
            beam[0] = start;
            sizes[0] = 1;
            used.add(0);
            for (int d = first; d <= last; d++) {
                Option[] dayOptions = options[d - first].options;
                for (int u = 0; u < used.count; u++) {
                    int k = used.keys[u];
                    for (int i = 0; i < sizes[k]; i++) {
                        State state = beam[k * statesPerKey + i];
                        for (Option option : dayOptions) {
                            advance(state, option, d);
                            Next n = next;
                            int key = key(n.last, n.run, n.offAfterWork, n.pending);
                            long rank = rank(n.cost, n.minutes, n.weekends, n.pending, d);
                            // A full key whose worst state ranks no worse keeps none of its states for this one: the
                            // successor is not made (most are not).
                            if (nextSizes[key] == statesPerKey
                                    && nextBeam[key * statesPerKey + statesPerKey - 1].rank <= rank) {
                                continue;
                            }
                            if (nextSizes[key] == 0) {
                                nextUsed.add(key);
                            }
                            keep(nextBeam, nextSizes, successor(state, option, d), key, rank);
                        }
                    }
                    sizes[k] = 0;
                }
                used.count = 0;
                prune(nextBeam, nextSizes, nextUsed);
                State[] swap = beam;
                beam = nextBeam;
                nextBeam = swap;
                int[] swapSizes = sizes;
                sizes = nextSizes;
                nextSizes = swapSizes;
                Keys swapKeys = used;
                used = nextUsed;
                nextUsed = swapKeys;
            }
            List<State> ends = new ArrayList<>();
            for (int u = 0; u < used.count; u++) {
                int k = used.keys[u];
                for (int i = 0; i < sizes[k]; i++) {
                    ends.add(finish(beam[k * statesPerKey + i]));
                }
            }
            ends.sort((x, y) -> Long.compare(x.cost, y.cost));
            return ends;
        }

        /** The state before the window's first day, from the fixed row. */
        State start() {
            int before = first - 1;
            int[] counts = typesOutside.clone();
            boolean pending = false;
            if (first > 0 && weekendOf[first] != PlanCalendar.NOT_A_WEEKEND && weekendOf[before] == weekendOf[first]) {
                pending = row.works(before);
            }
            if (before < 0) {
                return new State(null, null, before, -1, 0, 0, false, pending, 0, 0, counts, 0);
            }
            if (row.works(before)) {
                int run = 0;
                while (before - run >= 0 && row.works(before - run)) {
                    run++;
                }
                return new State(null, null, before, typeOf(row.slot[before]), run, before - run + 1, false, pending, 0,
                        0, counts, 0);
            }
            int off = 0;
            while (before - off >= 0 && !row.works(before - off)) {
                off++;
            }
            return new State(null, null, before, -1, off, 0, before - off >= 0, pending, 0, 0, counts, 0);
        }

        int typeOf(Slot slot) {
            Integer t = typeIndexOf(slot);
            return t == null ? 0 : t;
        }


        /** The state after {@code s} that takes {@code option} on day {@code d}. */
        State step(State s, Option option, int d) {
            advance(s, option, d);
            return successor(s, option, d);
        }

        /**
         * Works out in {@link #next} what taking {@code option} on day {@code d} after {@code s} costs and leaves, without
         * making the state: most successors rank behind a full key's states and are not kept, and only the kept ones
         * need their own copy of the per-type counts.
         */
        private void advance(State s, Option option, int d) {
            long cost = s.cost + option.cost;
            boolean working = option.slot != null;
            int lastType;
            int run;
            int runStart = s.runStart;
            boolean offAfterWork = s.offAfterWork;
            int countedType = -1;
            int minutes = s.minutes;
            if (working) {
                lastType = option.type;
                if (s.last >= 0) {
                    if (types.length > 0 && forbidden[s.last][option.type]) {
                        cost += prices.succession();
                    }
                    run = s.run + 1;
                } else {
                    if (s.offAfterWork && minOff != NONE && s.run < minOff) {
                        cost += prices.minOff() * (minOff - s.run);
                    }
                    run = 1;
                    runStart = d;
                }
                if (maxRun != NONE && run > maxRun) {
                    cost += prices.maxRun();
                }
                if (maxTotal != NONE) {
                    // Charged as the minutes pass the maximum, so that the beam ranks (and prunes) by it: charged only
                    // at the end, a part-timer's beam kept the rows that cover most and ended far beyond its maximum.
                    cost += (excess(minutes + option.minutes) - excess(minutes)) * prices.maxMinutes();
                }
                minutes = Math.min(minutesCap, minutes + option.minutes);
                if (types.length > 0 && typeCap[option.type] >= 0) {
                    if (s.typeCounts[option.type] + 1 > maxOfType[option.type]) {
                        cost += prices.perType();
                    } else {
                        countedType = option.type;
                    }
                }
            } else {
                lastType = -1;
                if (s.last >= 0) {
                    if (minRun != NONE && s.run < minRun && s.runStart > 0) {
                        cost += prices.minRun() * (minRun - s.run);
                    }
                    run = 1;
                    offAfterWork = true;
                } else {
                    run = s.run + 1;
                }
            }
            boolean pending = s.weekendPending;
            int weekends = s.weekends;
            if (weekendOf[d] != PlanCalendar.NOT_A_WEEKEND) {
                pending |= working;
                boolean weekendEnds = d + 1 >= dayCount || weekendOf[d + 1] != weekendOf[d];
                if (weekendEnds || d == last) {
                    boolean worked = pending || (!weekendEnds && row.works(d + 1));
                    if (worked && maxWeekends != NONE) {
                        if (weekendsOutside + weekends + 1 > maxWeekends) {
                            cost += prices.weekends();
                        } else {
                            weekends++;
                        }
                    }
                    pending = false;
                }
            } else {
                pending = false;
            }
            Next n = next;
            n.last = lastType;
            n.run = run;
            n.runStart = runStart;
            n.offAfterWork = offAfterWork;
            n.pending = pending;
            n.weekends = weekends;
            n.minutes = minutes;
            n.countedType = countedType;
            n.cost = cost;
        }

        /** The state {@link #advance} worked out into {@link #next}. */
        private State successor(State s, Option option, int d) {
            Next n = next;
            int[] counts = s.typeCounts;
            if (n.countedType >= 0) {
                counts = counts.clone();
                counts[n.countedType]++;
            }
            return new State(s, option, d, n.last, n.run, n.runStart, n.offAfterWork, n.pending, n.weekends, n.minutes,
                    counts, n.cost);
        }

        /** The costs that depend on how the window meets the fixed days after it and on the plan's totals. */
        State finish(State s) {
            long cost = s.cost;
            int after = last + 1;
            if (after < dayCount) {
                boolean afterWorks = row.works(after);
                int length = 0;
                while (after + length < dayCount && row.works(after + length) == afterWorks) {
                    length++;
                }
                boolean reachesEnd = after + length >= dayCount;
                Integer maxWork = rules.maxConsecutiveWorkDays();
                Integer minWork = rules.minConsecutiveWorkDays();
                Integer minOff = rules.minConsecutiveDaysOff();
                if (s.last >= 0 && afterWorks) {
                    ShiftType previous = types.length == 0 ? null : types[s.last];
                    Slot next = row.slot[after];
                    if (previous != null && next.getShiftType() != null && previous.forbids(next.getShiftType())) {
                        cost += prices.succession();
                    }
                    int merged = s.run + length;
                    if (maxWork != null) {
                        cost += prices.maxRun() * (Math.max(0, merged - maxWork) - Math.max(0, s.run - maxWork));
                    }
                    if (minWork != null && merged < minWork && s.runStart > 0 && !reachesEnd) {
                        cost += prices.minRun() * (minWork - merged);
                    }
                } else if (s.last >= 0) {
                    // The window's run ends on its last day; days off follow.
                    if (minWork != null && s.run < minWork && s.runStart > 0) {
                        cost += prices.minRun() * (minWork - s.run);
                    }
                    if (minOff != null && length < minOff && !reachesEnd) {
                        cost += prices.minOff() * (minOff - length);
                    }
                } else if (afterWorks) {
                    if (minOff != null && s.offAfterWork && s.run < minOff) {
                        cost += prices.minOff() * (minOff - s.run);
                    }
                    cost += runAfter(length, reachesEnd, maxWork, minWork);
                } else {
                    int merged = s.run + length;
                    if (minOff != null && s.offAfterWork && !reachesEnd && merged < minOff) {
                        cost += prices.minOff() * (minOff - merged);
                    }
                }
            }
            int total = minutesOutside + s.minutes;
            if (rules.minTotalMinutes() != null && total < rules.minTotalMinutes()) {
                cost += (rules.minTotalMinutes() - total) * prices.minMinutes();
            }
            // The window's own minutes beyond the maximum are charged day by day (advance); those outside it here.
            cost += excess(0) * prices.maxMinutes();
            return new State(s.previous, s.option, s.day, s.last, s.run, s.runStart, s.offAfterWork, s.weekendPending,
                    s.weekends, s.minutes, s.typeCounts, cost);
        }

        /** A fixed working run right after the window, on its own: its length rules. */
        long runAfter(int length, boolean reachesEnd, Integer maxWork, Integer minWork) {
            long cost = 0;
            if (maxWork != null && length > maxWork) {
                cost += prices.maxRun() * (length - maxWork);
            }
            if (minWork != null && length < minWork && !reachesEnd) {
                cost += prices.minRun() * (minWork - length);
            }
            return cost;
        }

        /**
         * Keeps the {@link #maxStates} best-ranked states of a day (ties kept): many shift types make many keys. Leaves
         * {@code used} with the keys that still hold states, in ascending order.
         */
        void prune(State[] beam, int[] sizes, Keys used) {
            int total = 0;
            for (int u = 0; u < used.count; u++) {
                total += sizes[used.keys[u]];
            }
            if (total <= maxStates) {
                // In key order, as a scan over all keys meets them (ties between equal rows break the same way).
                Arrays.sort(used.keys, 0, used.count);
                return;
            }
            long[] ranks = new long[total];
            int i = 0;
            for (int u = 0; u < used.count; u++) {
                int k = used.keys[u];
                for (int j = 0; j < sizes[k]; j++) {
                    ranks[i++] = beam[k * statesPerKey + j].rank;
                }
            }
            Arrays.sort(ranks);
            long worstKept = ranks[maxStates - 1];
            int kept = 0;
            for (int u = 0; u < used.count; u++) {
                int k = used.keys[u];
                while (sizes[k] > 0 && beam[k * statesPerKey + sizes[k] - 1].rank > worstKept) {
                    sizes[k]--;
                }
                if (sizes[k] > 0) {
                    used.keys[kept++] = k;
                }
            }
            used.count = kept;
            Arrays.sort(used.keys, 0, used.count);
        }

        /** Keeps the {@link #statesPerKey} best states of each key, ranked with a bound on the minutes still missing. */
        void keep(State[] beam, int[] sizes, State state, int key, long rank) {
            state.rank = rank;
            int base = key * statesPerKey;
            int size = sizes[key];
            for (int i = 0; i < size; i++) {
                State other = beam[base + i];
                if (other.sameResources(state)) {
                    if (other.rank > state.rank) {
                        beam[base + i] = state;
                        sortDown(beam, base, i);
                    }
                    return;
                }
            }
            if (size < statesPerKey) {
                beam[base + size] = state;
                sizes[key] = size + 1;
                sortDown(beam, base, size);
            } else if (beam[base + size - 1].rank > state.rank) {
                beam[base + size - 1] = state;
                sortDown(beam, base, size - 1);
            }
        }

        /** The keys of a beam that hold states: in the order they were first filled, ascending once pruned. */
        static final class Keys {
            final int[] keys;
            int count;

            Keys(int capacity) {
                keys = new int[capacity];
            }

            void add(int key) {
                keys[count++] = key;
            }
        }

        /** How many keys {@link #key} has. */
        int keyCount() {
            return (types.length + 2) * (cap + 1) * 4;
        }

        /**
         * A state's key: last day's shift, run length (up to {@link #cap}), whether the days off follow work, a weekend
         * in progress. Two states with one key and the same totals continue alike ({@link State#sameResources}).
         */
        int key(State state) {
            return key(state.last, state.run, state.offAfterWork, state.weekendPending);
        }

        private int key(int last, int run, boolean offAfterWork, boolean pending) {
            return ((last + 1) * (cap + 1) + Math.min(run, cap)) * 4 + (offAfterWork ? 2 : 0) + (pending ? 1 : 0);
        }

        /** Moves the state at {@code base + i} towards the front while it ranks before its neighbour. */
        private static void sortDown(State[] beam, int base, int i) {
            while (i > 0 && beam[base + i - 1].rank > beam[base + i].rank) {
                State swap = beam[base + i - 1];
                beam[base + i - 1] = beam[base + i];
                beam[base + i] = swap;
                i--;
            }
        }

        long rank(State state, int d) {
            return rank(state.cost, state.minutes, state.weekends, state.weekendPending, d);
        }

        /** Minutes beyond the maximum with {@code windowMinutes} worked in the window (0 without a maximum). */
        private long excess(int windowMinutes) {
            return maxTotal == NONE ? 0 : Math.max(0, (long) minutesOutside + windowMinutes - maxTotal);
        }

        /** A state's cost with a bound on what the minimum of minutes will still cost. */
        private long rank(long cost, int minutes, int weekends, boolean pending, int d) {
            long rank = cost;
            if (minTotal != NONE) {
                int budget = maxWeekends == NONE ? 0 : maxWeekends - weekendsOutside - weekends;
                boolean inProgress = pending && d + 1 <= last && d >= first && weekendOf[d + 1] == weekendOf[d]
                        && weekendOf[d] != PlanCalendar.NOT_A_WEEKEND;
                long reachable = minutesOutside + minutes + mostMinutesFrom(d + 1, budget, inProgress);
                rank += Math.max(0, minTotal - reachable) * prices.minMinutes();
            }
            return rank;
        }
    }

    /**
     * What one unit of each rule the search prices costs: the rule's weight as the score has it (the roster's
     * {@link ConstraintWeightOverrides}, else the solver's default), one level's point priced at {@link #HARD},
     * {@link #MEDIUM} or 1. Per unit the rule penalises: minutes for the totals, days or shifts for the rest, a head's
     * weight for the covers, a request's weight for the requests.
     */
    record Prices(long unfilled, long over, long onRequest, long offRequest, long perType, long minMinutes,
            long maxMinutes, long maxRun, long minRun, long minOff, long weekends, long succession) {

        static Prices of(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
            java.util.function.ToLongFunction<String> price = id -> {
                HardMediumSoftLongScore weight = overrides.getConstraintWeight(id);
                if (weight == null) {
                    weight = RosterConstraintProvider.defaultWeights().get(id);
                }
                return weight.hardScore() * HARD + weight.mediumScore() * MEDIUM + weight.softScore();
            };
            return new Prices(price.applyAsLong(DemandConstraints.UNFILLED_REQUIRED),
                    price.applyAsLong(DemandConstraints.OPTIONAL_FILLED),
                    price.applyAsLong(PreferenceConstraints.SHIFT_ON_REQUEST),
                    price.applyAsLong(PreferenceConstraints.SHIFT_OFF_REQUEST),
                    price.applyAsLong(ContractConstraints.MAX_SHIFTS_PER_TYPE),
                    price.applyAsLong(ContractConstraints.MIN_TOTAL_MINUTES),
                    price.applyAsLong(ContractConstraints.MAX_TOTAL_MINUTES),
                    price.applyAsLong(ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS),
                    price.applyAsLong(ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS),
                    price.applyAsLong(ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF),
                    price.applyAsLong(ContractConstraints.MAX_WEEKENDS),
                    price.applyAsLong(ContractConstraints.FORBIDDEN_SUCCESSION));
        }
    }
}
