package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.domain.Roster;

/** The best roster a solve found and what it amounts to. */
public record SolveResult(Roster roster, RosterSummary summary) {
}
