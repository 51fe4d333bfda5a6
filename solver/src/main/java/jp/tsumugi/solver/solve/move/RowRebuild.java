package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rebuilds one worker's row over a window of days: the best schedule for that worker, everyone else as they are, found
 * by a beam search over the days (the pricing problem of column generation, used as a large move). On each day of the
 * window the worker is off, keeps its slot, or takes an empty head of another cover of that day; the search weighs what
 * each choice does to the covers (an empty required head filled: its unfilled weight gained; a head beyond the required
 * count: its over-weight paid; a slot left: the reverse) and to the worker's on/off requests, and keeps the worker's
 * {@link ContractRules} (runs of working days and days off, forbidden successions, shifts per type, total minutes,
 * weekends) across the window's edges and over the whole plan, each rule weighed as the score weighs it ({@link Prices}). The
 * row it proposes is the best one found that differs from the worker's current row; the score decides, like every move.
 *
 * <p>Only workers with contract rules are drawn (the rows the Curtois instances state); on a roster without them the
 * kind has nothing to draw ({@link #canDraw}) and the union's draws are as without it. A worker is assumed to work at
 * most one slot a day (all shifts of a Curtois day overlap); a second slot on a day stays as it is.
 */
public class RowRebuild extends RowPricing {
    @Override
    String kind() { return "row-rebuild"; }

    @Override
    ReassignMove draw(Random random) {
        Worker worker = candidates[random.nextInt(candidates.length)];
        int[] window = window(random);
        if (window == null) {
            return null;
        }
        Proposal proposal = propose(worker, window[0], window[1]);
        return proposal == null ? null : proposal.move();
    }

    /** A factory indexed on {@code roster}, for tests and probes ({@link #propose}). */
    public static RowRebuild on(Roster roster) {
        RowRebuild factory = new RowRebuild();
        factory.index(roster);
        return factory;
    }

    /**
     * The best row found for {@code worker} over days {@code first..last} that differs from its current row: the move,
     * the search's cost of that row and of the current row (each rule's weight as the score has it, priced by
     * {@link Prices}; {@code currentCost} is {@code null} when the current row is not one of the search's
     * choices, e.g. a slot on a day off). {@code null} when no other row is possible.
     */
    public Proposal propose(Worker worker, int first, int last) {
        return propose(worker, first, last, d -> true);
    }

    /**
     * As {@link #propose(Worker, int, int)}, but only the days {@code free} accepts change: on the others the worker
     * keeps its current choice (two windows far apart searched together as one, the days between them fixed).
     */
    public Proposal propose(Worker worker, int first, int last, java.util.function.IntPredicate free) {
        Row row = new Row(worker);
        Day[] options = new Day[last - first + 1];
        Option[] current = new Option[options.length];
        for (int d = first; d <= last; d++) {
            options[d - first] = options(worker, row, d, null);
            for (Option option : options[d - first].options()) {
                if (option.slot() == row.slot[d]) {
                    current[d - first] = option;
                }
            }
            if (!free.test(d) && current[d - first] != null) {
                options[d - first] = new Day(new Option[] {current[d - first]});
            }
        }
        Search search = new Search(worker, row, first, last, options);
        Long currentCost = search.follow(current);
        for (State end : search.run()) {
            List<Slot> slots = new ArrayList<>();
            List<Worker> workers = new ArrayList<>();
            for (State s = end; s.previous != null; s = s.previous) {
                Slot now = row.slot[s.day];
                if (s.option.slot() == now) {
                    continue;
                }
                if (now != null) {
                    slots.add(now);
                    workers.add(null);
                }
                if (s.option.slot() != null) {
                    slots.add(s.option.slot());
                    workers.add(worker);
                }
            }
            if (!slots.isEmpty()) {
                return new Proposal(new ReassignMove(kind(), slots, workers), end.cost, currentCost);
            }
        }
        return null;
    }

    /**
     * As {@link #propose(Worker, int, int, java.util.function.IntPredicate)} over two windows {@code one} and
     * {@code other} ({@code {first, last}} each) searched together, the days between them fixed.
     */
    Proposal propose(Worker worker, int[] one, int[] other) {
        return propose(worker, Math.min(one[0], other[0]), Math.max(one[1], other[1]),
                d -> (d >= one[0] && d <= one[1]) || (d >= other[0] && d <= other[1]));
    }

    /**
     * The rows the search ends with for {@code worker} over the whole plan, cheapest first (at most the beam, see
     * {@link #widenBeam}): each the slot of every day, {@code null} when off, the current slot on days it keeps it.
     * Working a cover on a day costs what the roster makes it cost ({@link #propose}), or with {@code coverPrice}
     * what that says instead (e.g. a master problem's duals; leaving the current slot then costs nothing). Rows that break a rule are among them at the rule's price; a slot of another cover is the cover's first empty
     * one, so two workers' rows may name the same slot. For whole-row searches ({@code ColumnGenerationPhase}), not a
     * move.
     */
    public List<Slot[]> endRows(Worker worker, java.util.function.ToLongBiFunction<Integer, Cover> coverPrice) {
        List<Slot[]> rows = new ArrayList<>();
        for (State end : search(worker, 0, dayCount - 1, coverPrice).run()) {
            Slot[] row = new Slot[dayCount];
            for (State s = end; s.previous != null; s = s.previous) {
                row[s.day] = s.option.slot();
            }
            rows.add(row);
        }
        return rows;
    }

    /** What one unfilled required head of {@code cover} costs, in the search's points ({@link Prices}). */
    public long unfilledPrice(Cover cover) {
        return prices().unfilled() * cover.getUnfilledWeightPerHead();
    }

    /** What one head of {@code cover} beyond its required count costs, in the search's points. */
    public long overPrice(Cover cover) {
        return prices().over() * cover.getOverWeightPerHead();
    }

    /**
     * A worker's own cost of a whole row: its contract rules ({@code rules}, 0 when the row keeps every one) and its
     * requests, in the search's points, without the covers'.
     */
    public record RowCost(long rules, long requests) {
    }

    /**
     * What working exactly {@code row} (the slot of each plan day, {@code null} off) costs {@code worker} on its own
     * rules and requests, priced as the search prices them (the worker's current slots are not looked at: on the
     * roster this factory indexed, the row is the whole plan).
     */
    public RowCost rowCost(Worker worker, Slot[] row) {
        Option[] chosen = new Option[dayCount];
        Day[] options = new Day[dayCount];
        long requests = 0;
        for (int d = 0; d < dayCount; d++) {
            ShiftRequest[] dayRequests = requestsOf(worker, d);
            long request = row[d] == null ? requestCost(dayRequests, false, null)
                    : requestCost(dayRequests, true, row[d].getCover().getShiftType());
            requests += request;
            chosen[d] = row[d] == null ? new Option(null, -1, 0, request) : work(row[d], request);
            options[d] = new Day(new Option[] {chosen[d]});
        }
        Long cost = new Search(worker, new Row(worker), 0, dayCount - 1, options).follow(chosen);
        return new RowCost(cost - requests, requests);
    }

    /** The search {@link #propose} runs for {@code worker} over days {@code first..last}, every day free (for tests). */
    Search search(Worker worker, int first, int last) {
        return search(worker, first, last, null);
    }

    /**
     * As {@link #search(Worker, int, int)}, each (day, cover) worked costing {@code coverPrice} of it in place of the
     * roster's marginal price ({@code null}: the roster's).
     */
    private Search search(Worker worker, int first, int last,
            java.util.function.ToLongBiFunction<Integer, Cover> coverPrice) {
        Row row = new Row(worker);
        Day[] options = new Day[last - first + 1];
        for (int d = first; d <= last; d++) {
            options[d - first] = options(worker, row, d, coverPrice);
        }
        return new Search(worker, row, first, last, options);
    }

    private Day options(Worker worker, Row row, int d,
            java.util.function.ToLongBiFunction<Integer, Cover> coverPrice) {
        Slot current = row.slot[d];
        List<Option> options = new ArrayList<>();
        if (current != null && current.isPinned()) {
            options.add(work(current, 0));
            return new Day(options.toArray(new Option[0]));
        }
        long leave = 0;
        if (current != null && coverPrice == null) {
            // Leaving makes a required head empty, or takes away a head beyond the required count.
            leave = assigned(current.getCover()) <= current.getCover().getRequiredHeadcount()
                    ? unfilledPrice(current.getCover()) : -overPrice(current.getCover());
        }
        ShiftRequest[] dayRequests = requestsOf(worker, d);
        options.add(new Option(null, -1, 0, leave + requestCost(dayRequests, false, null)));
        for (int c = 0; c < covers[d].length; c++) {
            Cover cover = covers[d][c];
            Long price = coverPrice == null ? null : coverPrice.applyAsLong(d, cover);
            if (current != null && cover == current.getCover()) {
                if (mayTake(worker, current)) {
                    options.add(work(current, (price == null ? 0 : price)
                            + requestCost(dayRequests, true, cover.getShiftType())));
                }
                continue;
            }
            Slot empty = null;
            int assigned = 0;
            for (Slot slot : coverSlots.get(cover)) {
                if (slot.getWorker() != null) {
                    assigned++;
                } else if (empty == null && !slot.isPinned()) {
                    empty = slot;
                }
            }
            if (empty == null || !mayTake(worker, empty)) {
                continue;
            }
            long take = price != null ? price
                    : assigned < cover.getRequiredHeadcount() ? -unfilledPrice(cover) : overPrice(cover);
            options.add(work(empty, leave + take + requestCost(dayRequests, true, cover.getShiftType())));
        }
        return new Day(options.toArray(new Option[0]));
    }

}
