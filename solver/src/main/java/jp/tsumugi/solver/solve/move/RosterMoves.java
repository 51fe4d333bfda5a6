package jp.tsumugi.solver.solve.move;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Every move kind of the local search from one random iterator: change (a slot to another worker or left empty) and
 * swap (two slots trade workers) moves without a double booking, as Timefold's change and swap selectors with
 * {@link ClashFilter} make them, and the moves of other move iterator factories (the pattern moves of
 * {@link PatternMoveFactory}), the kind drawn by weight for each move.
 *
 * <p>The same moves as Timefold's union of those selectors, drawn differently (so not the same random path): Timefold's
 * union rebuilds a {@code TreeMap} of its children's weights for every step's iterator and asks every child for a move
 * when it does, its change and swap selectors read each drawn slot's {@code @PlanningPin} by reflection, and its
 * filters log (at a disabled trace level) every move the clash filter leaves out. Here the movable slots are an array
 * indexed once per phase, a change or swap draw that would double-book or change nothing is drawn again at once, and
 * the kind is one comparison per kind against cumulative weights.
 *
 * <p>{@link #setKinds} (a custom property of the move iterator factory config) names the kinds and their weights:
 * {@code change:4;swap:2;jp.tsumugi.solver.solve.move.PatternMoveFactory$BlockSwap:1;...}, any other kind by its
 * {@link MoveIteratorFactory} class (which gets the phase events and makes its own random iterator).
 */
public final class RosterMoves implements MoveIteratorFactory<Roster, Move<Roster>> {
    /** Draws of a change or swap move before giving up with a move that is not doable. */
    static final int ATTEMPTS = 1_000;

    private static final int CHANGE = -1;
    private static final int SWAP = -2;

    /** Per kind: {@link #CHANGE}, {@link #SWAP} or the index of the factory in {@link #factories}. */
    private int[] kinds = new int[0];
    /** Cumulative weights, one per kind. */
    private double[] cumulative = new double[0];
    private MoveIteratorFactory<Roster, ?>[] factories = new MoveIteratorFactory[0];

    private SlotsByDay days = SlotsByDay.EMPTY;
    private Slot[] movable = new Slot[0];
    private Worker[] workers = new Worker[0];

    /** The kinds and weights, {@code name:weight} separated by {@code ;} (see the class comment). */
    public void setKinds(String text) {
        List<Integer> kindList = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        List<MoveIteratorFactory<Roster, ?>> factoryList = new ArrayList<>();
        for (String part : text.split(";")) {
            String entry = part.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("kind without a weight: " + entry);
            }
            String name = entry.substring(0, colon);
            double weight = Double.parseDouble(entry.substring(colon + 1));
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("bad weight for " + name + ": " + weight);
            }
            if (weight == 0) {
                continue;
            }
            switch (name) {
                case "change" -> kindList.add(CHANGE);
                case "swap" -> kindList.add(SWAP);
                default -> {
                    kindList.add(factoryList.size());
                    factoryList.add(factory(name));
                }
            }
            weights.add(weight);
        }
        kinds = kindList.stream().mapToInt(Integer::intValue).toArray();
        cumulative = new double[weights.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        @SuppressWarnings("unchecked")
        MoveIteratorFactory<Roster, ?>[] array = factoryList.toArray(new MoveIteratorFactory[0]);
        factories = array;
    }

    @SuppressWarnings("unchecked")
    private static MoveIteratorFactory<Roster, ?> factory(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!MoveIteratorFactory.class.isAssignableFrom(type) || type == RosterMoves.class) {
                throw new IllegalArgumentException(className + " is not a move iterator factory of its own");
            }
            return (MoveIteratorFactory<Roster, ?>) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("unknown move kind " + className, e);
        }
    }

    @Override
    public void phaseStarted(ScoreDirector<Roster> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
        for (MoveIteratorFactory<Roster, ?> factory : factories) {
            if (!(factory instanceof PatternMoveFactory)) {
                // A pattern move factory's phaseStarted only indexes the roster, done by index() already.
                factory.phaseStarted(scoreDirector);
            }
        }
    }

    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        for (MoveIteratorFactory<Roster, ?> factory : factories) {
            factory.phaseEnded(scoreDirector);
        }
    }

    /** Indexes the slots and workers of {@code roster} (and the pattern move factories'), as at a phase start. */
    void index(Roster roster) {
        List<Slot> slots = roster.getSlots();
        days = SlotsByDay.of(slots);
        movable = slots.stream().filter(slot -> !slot.isPinned()).toArray(Slot[]::new);
        workers = roster.getWorkers().toArray(new Worker[0]);
        for (MoveIteratorFactory<Roster, ?> factory : factories) {
            if (factory instanceof PatternMoveFactory pattern) {
                pattern.index(roster);
            }
        }
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        return (long) movable.length * (workers.length + 1);
    }

    @Override
    public Iterator<Move<Roster>> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("RosterMoves only supports random selection");
    }

    @Override
    public Iterator<Move<Roster>> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        Iterator<?>[] children = new Iterator<?>[factories.length];
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return movable.length > 0 && kinds.length > 0;
            }

            @Override
            @SuppressWarnings("unchecked")
            public Move<Roster> next() {
                int kind = kinds[kindIndex(random.nextDouble() * cumulative[cumulative.length - 1])];
                return switch (kind) {
                    case CHANGE -> change(random);
                    case SWAP -> swap(random);
                    default -> {
                        if (children[kind] == null) {
                            children[kind] = factories[kind].createRandomMoveIterator(scoreDirector, random);
                        }
                        yield children[kind].hasNext() ? (Move<Roster>) children[kind].next() : ReassignMove.none("none");
                    }
                };
            }
        };
    }

    private int kindIndex(double r) {
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /**
     * A movable slot to another worker or to nobody (each of the workers and "nobody" equally likely, as Timefold's
     * random change move selector draws from a value range that allows unassigned), never to a worker with an
     * overlapping slot.
     */
    ReassignMove change(Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Slot slot = movable[random.nextInt(movable.length)];
            int value = random.nextInt(workers.length + 1);
            Worker to = value == workers.length ? null : workers[value];
            if (to == slot.getWorker() || (to != null && days.clashes(slot, to, null))) {
                continue;
            }
            return new ReassignMove("change", List.of(slot), Collections.singletonList(to));
        }
        return ReassignMove.none("change");
    }

    /** Two movable slots with different workers trade them, unless either worker would then be double-booked. */
    ReassignMove swap(Random random) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Slot left = movable[random.nextInt(movable.length)];
            Slot right = movable[random.nextInt(movable.length)];
            Worker leftWorker = left.getWorker();
            Worker rightWorker = right.getWorker();
            if (leftWorker == rightWorker
                    || (rightWorker != null && days.clashes(left, rightWorker, right))
                    || (leftWorker != null && days.clashes(right, leftWorker, left))) {
                continue;
            }
            return new ReassignMove("swap", List.of(left, right), Arrays.asList(rightWorker, leftWorker));
        }
        return ReassignMove.none("swap");
    }
}
