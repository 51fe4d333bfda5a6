package jp.tsumugi.solver.solve.move;

import java.util.List;
import java.util.Random;

/**
 * {@link RowRebuild} where the rules are broken: the worker and the window are drawn around a contract rule some row
 * breaks now ({@link #breaks}; a random window for a plan total), instead of anywhere. Once no row breaks a rule it
 * draws as {@link RowRebuild}. The broken rules are read every {@value #REFRESH} draws (one pass over the slots), so a
 * draw may aim at a rule a step has since mended; the proposal is then just another row.
 */
public final class RepairRowRebuild extends RowRebuild {
    static final int REFRESH = 16;

    private List<Break> breaks = List.of();
    private int untilRefresh;

    @Override
    String kind() { return "repair-row-rebuild"; }

    @Override
    void index(jp.tsumugi.solver.domain.Roster roster) {
        super.index(roster);
        breaks = List.of();
        untilRefresh = 0;
    }

    @Override
    ReassignMove draw(Random random) {
        if (untilRefresh-- <= 0) {
            breaks = breaks();
            untilRefresh = REFRESH - 1;
        }
        if (breaks.isEmpty()) {
            return super.draw(random);
        }
        Break broken = breaks.get(random.nextInt(breaks.size()));
        int[] window = windowAround(broken, random);
        Proposal proposal = propose(broken.worker(), window[0], window[1]);
        return proposal == null ? null : proposal.move();
    }
}
