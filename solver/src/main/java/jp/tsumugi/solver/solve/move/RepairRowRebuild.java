package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;

import java.util.List;
import java.util.Random;

/**
 * {@link RowRebuild} where the rules are broken: the worker and the window are drawn around a contract rule some row
 * breaks now ({@link #breaks}; a random window for a plan total), instead of anywhere. While no row breaks a rule the
 * kind has nothing to draw ({@link #canDraw}), so on a roster that keeps every contract rule the union draws as
 * without it. The broken rules are read again every {@value #REFRESH} reads (one pass over the slots), so a draw may
 * aim at a rule a step has since mended; the proposal is then just another row.
 */
public class RepairRowRebuild extends RowRebuild {
    static final int REFRESH = 16;

    private List<Break> breaks = List.of();
    private int untilRefresh;

    @Override
    String kind() { return "repair-row-rebuild"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        breaks = List.of();
        untilRefresh = 0;
    }

    /**
     * The broken rules, read again every {@link #REFRESH} calls. {@link #canDraw} counts as one: a kind that draws
     * nothing while no rule is broken must still see the rules a later step breaks (it is indexed once per phase).
     */
    private List<Break> currentBreaks() {
        if (untilRefresh-- <= 0) {
            breaks = candidates.length == 0 ? List.of() : breaks();
            untilRefresh = REFRESH - 1;
        }
        return breaks;
    }

    @Override
    boolean canDraw() {
        return super.canDraw() && !currentBreaks().isEmpty();
    }

    /** A rule some row breaks now, at random; {@code null} when none does. */
    Break drawBreak(Random random) {
        List<Break> now = currentBreaks();
        return now.isEmpty() ? null : now.get(random.nextInt(now.size()));
    }

    @Override
    ReassignMove draw(Random random) {
        Break broken = drawBreak(random);
        if (broken == null) {
            return null;
        }
        int[] window = windowAround(broken, random);
        Proposal proposal = propose(broken.worker(), window[0], window[1]);
        return proposal == null ? null : proposal.move();
    }
}
