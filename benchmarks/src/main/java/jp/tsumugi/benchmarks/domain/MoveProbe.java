package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import jp.tsumugi.benchmarks.curtois.CurtoisGrid;
import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.RosterSolverConfig;
import jp.tsumugi.solver.solve.move.ChainRowRebuild;
import jp.tsumugi.solver.solve.move.ReassignMove;
import jp.tsumugi.solver.solve.move.RowRebuild;
import jp.tsumugi.solver.solve.move.PairRowRebuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What one move kind finds on a Curtois roster read from a grid (say the best of a run, a local optimum for the default
 * moves): {@code count} draws of the kind from {@code seed}, each done, scored from scratch and undone, so every draw
 * starts from the same roster. Prints how many draws gain, cost nothing, cost, and the best gain, in the score's soft
 * units (the Curtois objective; a broken rule counts {@link RowRebuild#HARD}).
 *
 * <pre>java -cp … jp.tsumugi.benchmarks.domain.MoveProbe Instance12.txt Instance12.grid.txt chain 500 1 [descend]</pre>
 *
 * Kinds: {@code row} ({@link RowRebuild}), {@code pair} ({@link PairRowRebuild}), {@code chain}
 * ({@link ChainRowRebuild}, whatever the roster's size). With {@code descend}, a draw that gains is kept and the kind
 * re-indexed on the better roster: a descent by that kind alone (each kept draw printed). {@code -Dprobe.print=true}
 * prints every draw that gains, with its slots (to see whether the gains are one chain drawn again and again).
 */
public final class MoveProbe {
    private MoveProbe() {
    }

    private static MoveIteratorFactory<Roster, ReassignMove> reindexed(String kind, Roster roster) {
        return switch (kind) {
            case "row" -> RowRebuild.on(roster);
            case "chain" -> ChainRowRebuild.on(roster);
            case "pair" -> PairRowRebuild.on(roster);
            default -> throw new IllegalArgumentException("kind: row, pair or chain, not " + kind);
        };
    }

    public static void main(String[] args) throws Exception {
        CurtoisMapping mapping = CurtoisMapping.of(CurtoisParser.parse(Path.of(args[0])));
        Roster roster = mapping.applyGrid(CurtoisGrid.read(Path.of(args[1])));
        String kind = args[2];
        int count = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        boolean descend = args.length > 5 && args[5].equals("descend");
        MoveIteratorFactory<Roster, ReassignMove> factory = reindexed(kind, roster);
        SolutionManager<Roster, HardMediumSoftLongScore> scores =
                SolutionManager.create(SolverFactory.create(RosterSolverConfig.create(null)));
        HardMediumSoftLongScore start = scores.update(roster);
        HardMediumSoftLongScore first = start;
        Iterator<ReassignMove> moves = factory.createRandomMoveIterator(null, new Random(seed));
        int gains = 0;
        int neutral = 0;
        int costs = 0;
        int empty = 0;
        long best = Long.MAX_VALUE;
        long sumSlots = 0;
        long nanos = 0;
        for (int i = 0; i < count && moves.hasNext(); i++) {
            long t0 = System.nanoTime();
            ReassignMove move = moves.next();
            nanos += System.nanoTime() - t0;
            if (move.slots().isEmpty()) {
                empty++;
                continue;
            }
            sumSlots += move.slots().size();
            List<Worker> previous = new ArrayList<>();
            for (int k = 0; k < move.slots().size(); k++) {
                previous.add(move.slots().get(k).getWorker());
                move.slots().get(k).setWorker(move.workers().get(k));
            }
            HardMediumSoftLongScore after = scores.update(roster);
            long cost = (start.hardScore() - after.hardScore()) * RowRebuild.HARD
                    + (start.mediumScore() - after.mediumScore()) * RowRebuild.MEDIUM
                    + (start.softScore() - after.softScore());
            if (cost < 0 && Boolean.getBoolean("probe.print")) {
                System.out.println("gain " + cost + " " + move);
            }
            if (descend && cost < 0) {
                // Keep it: the next draws start from the better roster.
                start = after;
                factory = reindexed(kind, roster);
                moves = factory.createRandomMoveIterator(null, new Random(seed + i));
                System.out.printf(Locale.ROOT, "draw %d\t%s\t%.1f s%n", i, after, nanos / 1e9);
            } else {
                for (int k = move.slots().size() - 1; k >= 0; k--) {
                    move.slots().get(k).setWorker(previous.get(k));
                }
            }
            if (cost < 0) {
                gains++;
            } else if (cost == 0) {
                neutral++;
            } else {
                costs++;
            }
            best = Math.min(best, cost);
        }
        int drawn = gains + neutral + costs;
        System.out.printf(Locale.ROOT, "%s\t%s\tstart %s\t%d moves (%d empty)\tgain %d\tneutral %d\tcost %d\tbest %d"
                        + "\t%.1f slots/move\t%.2f ms/draw%n", args[1], kind, first + " → " + start, drawn, empty,
                gains, neutral, costs, best, drawn == 0 ? 0.0 : (double) sumSlots / drawn,
                nanos / 1e6 / Math.max(1, drawn + empty));
    }
}
