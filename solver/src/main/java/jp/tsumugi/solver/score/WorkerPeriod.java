package jp.tsumugi.solver.score;

import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Worker;

/** Grouping key for a worker's period (a year, a 4-week block, the whole plan) that keeps the calendar at hand. */
public record WorkerPeriod(Worker worker, int index, PlanCalendar calendar) {
}
