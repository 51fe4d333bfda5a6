package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Worker;

import java.util.Random;

/**
 * {@link RowRebuild} over two windows of one row far apart, searched together: the days between them stay as they are,
 * so the row can drop a shift in one window and take one in the other. A worker at its minimum of minutes with a rule
 * broken in one place (one day off between two runs, a run one day too long) can only mend it by working a day
 * elsewhere, often outside any 7&ndash;28-day window around the break (Instance22, session 12: of 40 broken rules after
 * 90 s, 8 had a better row in one window around them, 14 in two windows). Each window is
 * {@value #MIN_PART_DAYS}&ndash;{@value #MAX_PART_DAYS} days at a random place; the two do not overlap or touch.
 */
public final class SplitRowRebuild extends RowRebuild {
    static final int MIN_PART_DAYS = 7;
    static final int MAX_PART_DAYS = 14;

    @Override
    String kind() { return "split-row-rebuild"; }

    @Override
    boolean canDraw() {
        return super.canDraw() && roomForTwo(dayCount);
    }

    /** Whether a plan of {@code dayCount} days has room for two windows of the shortest length with a day between. */
    static boolean roomForTwo(int dayCount) {
        return dayCount >= 2 * MIN_PART_DAYS + 1;
    }

    @Override
    ReassignMove draw(Random random) {
        Worker worker = candidates[random.nextInt(candidates.length)];
        int length = Math.min(MIN_PART_DAYS + random.nextInt(MAX_PART_DAYS - MIN_PART_DAYS + 1), (dayCount - 1) / 2);
        int a = random.nextInt(dayCount - length + 1);
        int b = random.nextInt(dayCount - length + 1);
        if (Math.abs(a - b) <= length) {
            return null;
        }
        Proposal proposal = propose(worker, new int[] {a, a + length - 1}, new int[] {b, b + length - 1});
        return proposal == null ? null : proposal.move();
    }
}
