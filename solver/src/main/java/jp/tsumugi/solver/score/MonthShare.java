package jp.tsumugi.solver.score;

/** The overtime and statutory-holiday minutes of one week that fall in one month. */
public record MonthShare(MonthWork.Key key, int overtimeMinutes, int holidayMinutes) {
}
