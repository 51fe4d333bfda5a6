package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisInstance.CoverRow;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Employee;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Request;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Shift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges a solution grid by the Curtois rules alone (README "Objective"), written from the benchmark's definition and
 * sharing nothing with the solver's model or score: it is the referee the solver is checked against.
 *
 * <p>Hard rules 2–8 are listed as violations. Rule 1 (one shift per employee per day) cannot be broken in a grid, which
 * has one token per employee and day; whoever turns a roster into a grid must report that rule.
 */
public final class CurtoisEvaluator {

    public enum Rule {
        DAY_OFF, MAX_SHIFTS_OF_TYPE, MIN_TOTAL_MINUTES, MAX_TOTAL_MINUTES, FORBIDDEN_SUCCESSION,
        MAX_CONSECUTIVE_SHIFTS, MIN_CONSECUTIVE_SHIFTS, MIN_CONSECUTIVE_DAYS_OFF, MAX_WEEKENDS
    }

    /** One broken hard rule: which, whose, and the numbers (first and last day of a run, count against limit...). */
    public record Violation(Rule rule, String employee, String detail) {
        @Override
        public String toString() { return rule + " " + employee + ": " + detail; }
    }

    /** The objective and its parts (under + over + on + off = objective), and every hard violation. */
    public record Evaluation(long objective, long underCover, long overCover, long onRequests, long offRequests,
            List<Violation> violations) {
        public Evaluation {
            violations = List.copyOf(violations);
        }

        public boolean feasible() { return violations.isEmpty(); }
    }

    private CurtoisEvaluator() {
    }

    public static Evaluation evaluate(CurtoisInstance instance, CurtoisGrid grid) {
        return evaluate(instance, grid.check(instance));
    }

    /** {@code assignment[employee][day]} is the shift index in the instance's order, {@code -1} for off. */
    public static Evaluation evaluate(CurtoisInstance instance, int[][] assignment) {
        int horizon = instance.horizon();
        List<Shift> shifts = instance.shifts();
        List<Employee> employees = instance.employees();
        List<String> shiftIds = shifts.stream().map(Shift::id).toList();
        List<String> employeeIds = employees.stream().map(Employee::id).toList();
        List<Violation> violations = new ArrayList<>();

        for (int e = 0; e < employees.size(); e++) {
            Employee employee = employees.get(e);
            int[] days = assignment[e];
            String id = employee.id();

            // 2. days off
            for (int day : instance.daysOffOf(id)) {
                if (days[day] >= 0) {
                    violations.add(new Violation(Rule.DAY_OFF, id, "works " + shiftIds.get(days[day]) + " on day off " + day));
                }
            }
            // 3. per shift type maximum
            int[] perType = new int[shifts.size()];
            long minutes = 0;
            for (int d = 0; d < horizon; d++) {
                if (days[d] >= 0) {
                    perType[days[d]]++;
                    minutes += shifts.get(days[d]).minutes();
                }
            }
            for (int s = 0; s < shifts.size(); s++) {
                Integer max = employee.maxShifts().get(shiftIds.get(s));
                if (max != null && perType[s] > max) {
                    violations.add(new Violation(Rule.MAX_SHIFTS_OF_TYPE, id,
                            perType[s] + " shifts of " + shiftIds.get(s) + ", at most " + max));
                }
            }
            // 4. total minutes
            if (minutes < employee.minTotalMinutes()) {
                violations.add(new Violation(Rule.MIN_TOTAL_MINUTES, id, minutes + " minutes, at least " + employee.minTotalMinutes()));
            }
            if (minutes > employee.maxTotalMinutes()) {
                violations.add(new Violation(Rule.MAX_TOTAL_MINUTES, id, minutes + " minutes, at most " + employee.maxTotalMinutes()));
            }
            // 5. forbidden successions, inside the horizon
            for (int d = 0; d + 1 < horizon; d++) {
                if (days[d] >= 0 && days[d + 1] >= 0) {
                    Shift first = shifts.get(days[d]);
                    String next = shiftIds.get(days[d + 1]);
                    if (first.cannotFollow().contains(next)) {
                        violations.add(new Violation(Rule.FORBIDDEN_SUCCESSION, id,
                                next + " on day " + (d + 1) + " after " + first.id() + " on day " + d));
                    }
                }
            }
            // 6, 7. runs of working days and of days off
            int start = 0;
            while (start < horizon) {
                boolean working = days[start] >= 0;
                int end = start;
                while (end + 1 < horizon && (days[end + 1] >= 0) == working) {
                    end++;
                }
                int length = end - start + 1;
                boolean touchesEdge = start == 0 || end == horizon - 1;
                if (working && length > employee.maxConsecutiveShifts()) {
                    violations.add(new Violation(Rule.MAX_CONSECUTIVE_SHIFTS, id,
                            "days " + start + ".." + end + ": " + length + " in a row, at most " + employee.maxConsecutiveShifts()));
                }
                if (working && !touchesEdge && length < employee.minConsecutiveShifts()) {
                    violations.add(new Violation(Rule.MIN_CONSECUTIVE_SHIFTS, id,
                            "days " + start + ".." + end + ": " + length + " in a row, at least " + employee.minConsecutiveShifts()));
                }
                if (!working && !touchesEdge && length < employee.minConsecutiveDaysOff()) {
                    violations.add(new Violation(Rule.MIN_CONSECUTIVE_DAYS_OFF, id,
                            "days " + start + ".." + end + ": " + length + " off in a row, at least " + employee.minConsecutiveDaysOff()));
                }
                start = end + 1;
            }
            // 8. weekends: days 7w+5 and 7w+6, worked if either is
            int weekends = 0;
            for (int saturday = 5; saturday < horizon; saturday += 7) {
                boolean sunday = saturday + 1 < horizon && days[saturday + 1] >= 0;
                if (days[saturday] >= 0 || sunday) {
                    weekends++;
                }
            }
            if (weekends > employee.maxWeekends()) {
                violations.add(new Violation(Rule.MAX_WEEKENDS, id, weekends + " weekends, at most " + employee.maxWeekends()));
            }
        }

        long onPenalty = 0;
        for (Request request : instance.onRequests()) {
            int[] days = assignment[employeeIds.indexOf(request.employee())];
            if (days[request.day()] != shiftIds.indexOf(request.shift())) {
                onPenalty += request.weight();
            }
        }
        long offPenalty = 0;
        for (Request request : instance.offRequests()) {
            int[] days = assignment[employeeIds.indexOf(request.employee())];
            if (days[request.day()] == shiftIds.indexOf(request.shift())) {
                offPenalty += request.weight();
            }
        }
        int[][] assigned = new int[horizon][shifts.size()];
        for (int[] days : assignment) {
            for (int d = 0; d < horizon; d++) {
                if (days[d] >= 0) {
                    assigned[d][days[d]]++;
                }
            }
        }
        long under = 0;
        long over = 0;
        for (CoverRow row : instance.cover()) {
            int count = assigned[row.day()][shiftIds.indexOf(row.shift())];
            if (count < row.requirement()) {
                under += (long) (row.requirement() - count) * row.underWeight();
            } else if (count > row.requirement()) {
                over += (long) (count - row.requirement()) * row.overWeight();
            }
        }
        return new Evaluation(under + over + onPenalty + offPenalty, under, over, onPenalty, offPenalty, violations);
    }

    /** The violations counted by rule, for a one-line summary. */
    public static Map<Rule, Long> countByRule(Evaluation evaluation) {
        Map<Rule, Long> counts = new java.util.EnumMap<>(Rule.class);
        for (Violation v : evaluation.violations()) {
            counts.merge(v.rule(), 1L, Long::sum);
        }
        return counts;
    }
}
