package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisEvaluator.Rule;

import java.util.List;

/**
 * Hand-made instances and grids, each breaking at most one Curtois hard rule once or costing a known objective. The
 * evaluator test checks the verdicts against the numbers worked out by hand here; the mapping test checks that the
 * Tsumugi solver, scoring the same grid, agrees.
 *
 * <p>Days 0–13; day 0 is a Monday, so the weekends are days 5–6 and 12–13.
 */
final class TinyCases {
    /**
     * @param rule      the one hard rule broken (once), or {@code null}
     * @param objective the Curtois objective, worked out by hand
     */
    record Case(String name, CurtoisInstance instance, CurtoisGrid grid, Rule rule, long objective) {
        @Override
        public String toString() { return name; }
    }

    private TinyCases() {
    }

    private static final String IDLE = "- - - - - - - - - - - - - -";

    static List<Case> all() {
        return List.of(
                new Case("nothing to do", new TinyInstance().employee("A").employee("B").build(),
                        TinyInstance.grid("A", IDLE, "B", IDLE), null, 0),
                // Day 0 E needs 2, gets 1: 100. Day 1 L needs 0, gets 2 at over weight 3: 6.
                new Case("under and over cover", new TinyInstance().employee("A").employee("B")
                        .cover(0, "E", 2, 100, 1).cover(1, "L", 0, 100, 3).build(),
                        TinyInstance.grid("A", "E L - - - - - - - - - - - -", "B", "- L - - - - - - - - - - - -"),
                        null, 106),
                // Day 0 E met; day 1 wants E, works L: 3; day 2 wants L, is off: 4.
                new Case("on-requests", new TinyInstance().employee("A").employee("B")
                        .onRequest("A", 0, "E", 2).onRequest("A", 1, "E", 3).onRequest("A", 2, "L", 4).build(),
                        TinyInstance.grid("A", "E L - - - - - - - - - - - -", "B", IDLE), null, 7),
                // Day 3 L worked: 5; day 4 not E but L: 0; day 5 off: 0.
                new Case("off-requests", new TinyInstance().employee("A").employee("B")
                        .offRequest("B", 3, "L", 5).offRequest("B", 4, "E", 1).offRequest("B", 5, "E", 2).build(),
                        TinyInstance.grid("A", IDLE, "B", "- - - L L - - - - - - - - -"), null, 5),
                new Case("works a day off", new TinyInstance().employee("A").employee("B").dayOff("A", 2, 5).build(),
                        TinyInstance.grid("A", "- - E - - - - - - - - - - -", "B", IDLE), Rule.DAY_OFF, 0),
                // E capped at 2, worked 3 times; L has no cap in the list.
                new Case("too many of a shift type", new TinyInstance().employee("A", "E=2", 99_999, 0, 99, 1, 1, 99)
                        .employee("B").build(),
                        TinyInstance.grid("A", "E E E - L L L L - - - - - -", "B", IDLE), Rule.MAX_SHIFTS_OF_TYPE, 0),
                new Case("too few minutes", new TinyInstance().employee("A", "E=99|L=99", 99_999, 960, 99, 1, 1, 99)
                        .employee("B").build(),
                        TinyInstance.grid("A", "- - - - - - - - - E - - - -", "B", IDLE), Rule.MIN_TOTAL_MINUTES, 0),
                new Case("too many minutes", new TinyInstance().employee("A", "E=99|L=99", 960, 0, 99, 1, 1, 99)
                        .employee("B").build(),
                        TinyInstance.grid("A", "E - E - E - - - - - - - - -", "B", IDLE), Rule.MAX_TOTAL_MINUTES, 0),
                // L then E breaks it; E then L does not; L on the last day does not wrap round to day 0.
                new Case("forbidden succession", new TinyInstance().employee("A").employee("B").build(),
                        TinyInstance.grid("A", "E L E - - E L - - - - - - L", "B", IDLE), Rule.FORBIDDEN_SUCCESSION, 0),
                // Days 0–3 is 4 in a row (max 3); days 6–8 is 3, allowed.
                new Case("too many days in a row", new TinyInstance().employee("A", "E=99|L=99", 99_999, 0, 3, 1, 1, 99)
                        .employee("B").build(),
                        TinyInstance.grid("A", "E E E E - - E E E - - - - -", "B", IDLE), Rule.MAX_CONSECUTIVE_SHIFTS, 0),
                // Min 3: day 0 alone touches the start, days 12–13 touch the end; only days 2–3 break the rule.
                new Case("too short a working run", new TinyInstance().employee("A", "E=99|L=99", 99_999, 0, 99, 3, 1, 99)
                        .employee("B").build(),
                        TinyInstance.grid("A", "E - E E - E E E - - - - E E", "B", IDLE), Rule.MIN_CONSECUTIVE_SHIFTS, 0),
                // Min 2 off: day 0 and day 13 touch the edges; day 3 alone breaks it; days 6–7 are enough. B never
                // works: one run of days off touching both edges.
                new Case("too short a run of days off", new TinyInstance()
                        .employee("A", "E=99|L=99", 99_999, 0, 99, 1, 2, 99)
                        .employee("B", "E=99|L=99", 99_999, 0, 99, 1, 2, 99).build(),
                        TinyInstance.grid("A", "- E E - E E - - E E E E E -", "B", IDLE), Rule.MIN_CONSECUTIVE_DAYS_OFF, 0),
                // Max 1: A works Saturday 5 and Sunday 13, two weekends. B works Saturday and Sunday of one weekend.
                new Case("too many weekends", new TinyInstance().employee("A", "E=99|L=99", 99_999, 0, 99, 1, 1, 1)
                        .employee("B", "E=99|L=99", 99_999, 0, 99, 1, 1, 1).build(),
                        TinyInstance.grid("A", "- - - - - E - - - - - - - E", "B", "- - - - - E E - - - - - - -"),
                        Rule.MAX_WEEKENDS, 0));
    }
}
