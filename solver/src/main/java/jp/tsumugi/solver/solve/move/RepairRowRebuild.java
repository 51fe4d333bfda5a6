package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Roster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@link RowRebuild} where the rules are broken: the worker and the window are drawn around a contract rule some row
 * breaks now ({@link #breaks}; a random window for a plan total), instead of anywhere. While no row breaks a rule the
 * kind has nothing to draw ({@link #canDraw}), so on a roster that keeps every contract rule the union draws as
 * without it. The broken rules are read again every {@value #REFRESH} reads (one pass over the slots), so a draw may
 * aim at a rule a step has since mended; the proposal is then just another row.
 *
 * <p>Every {@value #WIDEN}th draw of the same broken rule searches the worker's whole row instead
 * ({@link #repairWindow}): a worker at its plan totals may mend a lone day off only by moving a weekend or a day of work
 * months away. On Instance22 (session 18), the last broken rule of a 300-s run (AA, one day off on day 32) had no
 * mend over any window of up to 112 days and one over 224 days or the whole plan (−478,472 / −477,357: the rule's
 * 480 hard points for a few soft ones), and the search had kept it for the last 70 s. A whole-plan row costs about as
 * much as six 28-day ones there (13 ms against 2.2 ms), so a rule that stays broken costs the kind about a quarter
 * more time, and one a step soon mends costs nothing.
 */
public class RepairRowRebuild extends RowRebuild {
    static final int REFRESH = 16;
    static final int WIDEN = 32;

    private List<Break> breaks = List.of();
    private int untilRefresh;
    /** How often each rule broken now has been drawn (rules mended since are dropped at each read). */
    private final Map<Break, Integer> draws = new HashMap<>();

    @Override
    String kind() { return "repair-row-rebuild"; }

    @Override
    void index(Roster roster) {
        super.index(roster);
        breaks = List.of();
        untilRefresh = 0;
        draws.clear();
    }

    /**
     * The broken rules, read again every {@link #REFRESH} calls. {@link #canDraw} counts as one: a kind that draws
     * nothing while no rule is broken must still see the rules a later step breaks (it is indexed once per phase).
     */
    private List<Break> currentBreaks() {
        if (untilRefresh-- <= 0) {
            breaks = candidates.length == 0 ? List.of() : breaks();
            untilRefresh = REFRESH - 1;
            if (!draws.isEmpty()) {
                draws.keySet().retainAll(new HashSet<>(breaks));
            }
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
        int[] window = repairWindow(broken, random);
        Proposal proposal = propose(broken.worker(), window[0], window[1]);
        return proposal == null ? null : proposal.move();
    }

    /**
     * The days to rebuild for {@code broken}: the whole plan on every {@value #WIDEN}th draw of that rule, else a
     * window around it ({@link #windowAround(Break, Random)}).
     */
    int[] repairWindow(Break broken, Random random) {
        if (draws.merge(broken, 1, Integer::sum) % WIDEN == 0) {
            return new int[] {0, dayCount - 1};
        }
        return windowAround(broken, random);
    }
}
