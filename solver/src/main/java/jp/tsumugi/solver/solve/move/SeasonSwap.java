package jp.tsumugi.solver.solve.move;

import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A slot of a demand pattern (a member's season) goes to a worker who already works that pattern nearby, so that fewer
 * workers share the season (each distinct worker on a pattern costs 120 soft, {@code preference.same-worker-in-season}):
 * a random assigned slot {@code s} of pattern P (worker A), and the first worker B other than A found on a slot of P
 * within {@value PatternMoveFactory#MAX_BLOCK_DAYS} days of it (scanning those days from a random one). If B works
 * on {@code s}'s day, A and B trade: B takes {@code s} and A takes B's (first) slot of that day, so both keep their
 * working day; otherwise B takes {@code s} and A has the day off. Once A's last slot of P is gone, P has one worker
 * fewer; a single change or swap move does that only when it happens to draw that worker and that slot.
 *
 * <p>Neither worker may get a slot overlapping one it keeps ({@link SlotsByDay#clashes}), have an unavailability that
 * day or lack the slot's skills then ({@link #mayTake}). Pinned slots are never part of a move.
 *
 * <p>In the default local search since session 9 at weight 0.5 ({@code SearchTuning season=W} sets it, 0 leaves it
 * out), last in the union: where no movable slot belongs to a pattern (Curtois rosters) it has nothing to draw and the
 * union draws as without it. At 1.9 million score calculations (about 60 s of {@code medium}), seeds 1&ndash;5, it took
 * 5&ndash;7 % off medium's soft penalty on every seed with the medium level (the unfilled required work, which decides)
 * within the seeds' spread; on {@code hagi} (500,000 calculations, about 10 s) the soft level 0.4&ndash;0.6 % better
 * and the medium level the same on the mean (benchmarks/PERFORMANCE.md, "Session 9").
 */
public final class SeasonSwap extends PatternMoveFactory {
    /** Whether some movable slot belongs to a demand pattern (Curtois rosters have none). */
    private boolean anyPattern;

    @Override
    String kind() { return "season-swap"; }

    @Override
    void index(jp.tsumugi.solver.domain.Roster roster) {
        super.index(roster);
        anyPattern = false;
        for (Slot slot : movable) {
            if (slot.getCover().getPatternId() != null) {
                anyPattern = true;
                break;
            }
        }
    }

    /** Nothing to draw on a roster without demand patterns: Timefold's union then draws as if the kind were absent. */
    @Override
    boolean canDraw() {
        return anyPattern;
    }

    @Override
    ReassignMove draw(Random random) {
        Slot s = randomAssignedSlot(random);
        if (s == null || s.getCover().getPatternId() == null) {
            return null;
        }
        Worker a = s.getWorker();
        Worker b = patternWorkerNear(random, s, a);
        if (b == null || !mayTake(b, s)) {
            return null;
        }
        Slot t = days.slotOf(s.getDayIndex(), b);
        if (t == null) {
            return days.clashes(s, b, null) ? null : new ReassignMove(kind(), List.of(s), java.util.Collections.singletonList(b));
        }
        if (t.isPinned() || !mayTake(a, t) || days.clashes(t, a, s) || days.clashes(s, b, t)) {
            return null;
        }
        return new ReassignMove(kind(), List.of(s, t), List.of(b, a));
    }

    /**
     * The worker (not {@code not}) of the first slot of {@code s}'s pattern found within {@value #MAX_BLOCK_DAYS} days
     * of {@code s}, the days scanned from a random one and each day's slots from a random position; {@code null} if none.
     */
    Worker patternWorkerNear(Random random, Slot s, Worker not) {
        String pattern = s.getCover().getPatternId();
        int from = Math.max(0, s.getDayIndex() - MAX_BLOCK_DAYS);
        int to = Math.min(days.days() - 1, s.getDayIndex() + MAX_BLOCK_DAYS);
        int span = to - from + 1;
        int firstDay = random.nextInt(span);
        for (int i = 0; i < span; i++) {
            Slot[] day = days.slots[from + (firstDay + i) % span];
            if (day.length == 0) {
                continue;
            }
            int start = random.nextInt(day.length);
            for (int j = 0; j < day.length; j++) {
                Slot slot = day[(start + j) % day.length];
                Worker worker = slot.getWorker();
                if (worker != null && worker != not && Objects.equals(slot.getCover().getPatternId(), pattern)) {
                    return worker;
                }
            }
        }
        return null;
    }
}
