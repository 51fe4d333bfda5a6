package jp.tsumugi.solver.solve.move;

import java.util.Random;

/**
 * {@link RepairRowRebuild} with a second window: a window of at most {@value SplitRowRebuild#MAX_PART_DAYS} days
 * around a broken rule and one of {@value SplitRowRebuild#MIN_PART_DAYS}&ndash;{@value SplitRowRebuild#MAX_PART_DAYS}
 * days elsewhere in the same row, neither overlapping nor touching it, searched together with the days between them
 * fixed (the row phase draws it since session 13: Instance24 feasible within 300 s). A worker at a plan total
 * (its minimum or maximum of minutes, of shifts of a type) can mend a run or a stretch of days off only by working a
 * day more or less somewhere else, usually far from the break: on Instance24 (session 12's probe) each of a row's four
 * broken stretches of days off had a mend over two windows and none over one.
 */
public final class SplitRepairRowRebuild extends RepairRowRebuild {
    @Override
    String kind() { return "split-repair-row-rebuild"; }

    @Override
    boolean canDraw() {
        return SplitRowRebuild.roomForTwo(dayCount) && super.canDraw();
    }

    @Override
    ReassignMove draw(Random random) {
        Break broken = drawBreak(random);
        if (broken == null) {
            return null;
        }
        int[] window = windowAround(broken, random, SplitRowRebuild.MAX_PART_DAYS);
        int[] other = otherWindow(window[0], window[1], random);
        if (other == null) {
            return null;
        }
        Proposal proposal = propose(broken.worker(), window, other);
        return proposal == null ? null : proposal.move();
    }

    /**
     * A window of {@value SplitRowRebuild#MIN_PART_DAYS}&ndash;{@value SplitRowRebuild#MAX_PART_DAYS} days at a random
     * place that neither overlaps nor touches days {@code first..last}; {@code null} when the plan has no room for one.
     */
    int[] otherWindow(int first, int last, Random random) {
        int length = SplitRowRebuild.MIN_PART_DAYS
                + random.nextInt(SplitRowRebuild.MAX_PART_DAYS - SplitRowRebuild.MIN_PART_DAYS + 1);
        // Starts before the window: 0..first-length-1; after it: last+2..dayCount-length.
        int before = Math.max(0, first - length);
        int after = Math.max(0, dayCount - length - (last + 2) + 1);
        if (before + after == 0) {
            return null;
        }
        int pick = random.nextInt(before + after);
        int start = pick < before ? pick : last + 2 + (pick - before);
        return new int[] {start, start + length - 1};
    }
}
