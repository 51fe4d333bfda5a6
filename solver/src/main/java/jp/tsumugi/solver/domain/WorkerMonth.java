package jp.tsumugi.solver.domain;

import java.time.YearMonth;

/**
 * A worker's hour target for one month of the plan: the monthly target pro-rated to the window's days in that month and
 * to the days the worker is available (approved leave and days off lower it). A problem fact, computed by the roster,
 * so that a month with no work still shows its shortfall.
 */
public record WorkerMonth(Worker worker, int monthIndex, YearMonth month, int targetMinutes) {
}
