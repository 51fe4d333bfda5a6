package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.benchmarks.curtois.CurtoisGrid;
import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.solve.move.RowPricing;
import jp.tsumugi.solver.solve.move.RowPricing.Proposal;
import jp.tsumugi.solver.solve.move.RowRebuild;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How fast the row search prices rows, apart from the solver: on a Curtois roster read from a grid, {@code count}
 * proposals of {@link RowRebuild} for seeded random workers with contract rules over random windows of 7&ndash;28 days,
 * repeated for {@code rounds} rounds (the first ones warm the JIT). Prints per round the CPU milliseconds per proposal
 * and the sum of the proposals' costs: the same seed proposes the same rows, so a change that only speeds the search up
 * prints the same sum (and one that changes which rows win prints another).
 *
 * <pre>java -cp … jp.tsumugi.benchmarks.domain.RowSearchSpeed Instance24.txt Instance24.grid.txt 300 5 1</pre>
 */
public final class RowSearchSpeed {
    private RowSearchSpeed() {
    }

    /** One round: CPU nanoseconds spent, proposals made and the sum of their costs. */
    record Round(long cpuNanos, int proposals, long costSum) {
    }

    public static void main(String[] args) throws Exception {
        CurtoisMapping mapping = CurtoisMapping.of(CurtoisParser.parse(Path.of(args[0])));
        Roster roster = mapping.applyGrid(CurtoisGrid.read(Path.of(args[1])));
        int count = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        for (int r = 0; r < rounds; r++) {
            Round round = round(roster, count, seed);
            System.out.printf(Locale.ROOT, "round %d\t%.3f ms per proposal\t%d proposals\tcost sum %d%n", r + 1,
                    round.cpuNanos() / 1e6 / count, round.proposals(), round.costSum());
        }
    }

    /**
     * {@code count} proposals over random workers with contract rules and windows drawn from {@code seed}; the roster
     * is indexed before the clock starts, so the time is the proposals' alone.
     */
    static Round round(Roster roster, int count, long seed) {
        RowRebuild rows = RowRebuild.on(roster);
        List<Worker> workers = roster.getWorkers().stream().filter(RowPricing::hasRules).toList();
        int days = roster.getCalendar().getDayCount();
        Random random = new Random(seed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        int proposals = 0;
        long sum = 0;
        for (int i = 0; i < count; i++) {
            Worker worker = workers.get(random.nextInt(workers.size()));
            int length = Math.min(days, RowPricing.MIN_WINDOW_DAYS
                    + random.nextInt(RowPricing.MAX_WINDOW_DAYS - RowPricing.MIN_WINDOW_DAYS + 1));
            int first = random.nextInt(days - length + 1);
            Proposal proposal = rows.propose(worker, first, first + length - 1);
            if (proposal != null) {
                proposals++;
                sum += proposal.cost();
            }
        }
        return new Round(threads.getCurrentThreadCpuTime() - start, proposals, sum);
    }
}
