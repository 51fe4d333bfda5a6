package jp.tsumugi.benchmarks.curtois;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One Curtois–Qu instance exactly as the file states it (see README.md in the shared benchmarks/curtois folder beside the repo). Plain data,
 * deliberately independent of the Tsumugi model, so that the evaluator can judge a solution without the solver.
 * Days are 0-based; day 0 is a Monday.
 */
public record CurtoisInstance(String name, int horizon, List<Shift> shifts, List<Employee> employees,
        Map<String, Set<Integer>> daysOff, List<Request> onRequests, List<Request> offRequests, List<CoverRow> cover) {

    public CurtoisInstance {
        shifts = List.copyOf(shifts);
        employees = List.copyOf(employees);
        daysOff = Map.copyOf(daysOff);
        onRequests = List.copyOf(onRequests);
        offRequests = List.copyOf(offRequests);
        cover = List.copyOf(cover);
    }

    /** A shift type: its length, and the shift types that may not be worked on the day after it. */
    public record Shift(String id, int minutes, Set<String> cannotFollow) {
        public Shift {
            cannotFollow = Set.copyOf(cannotFollow);
        }
    }

    /** One employee's limits over the horizon; {@code maxShifts} holds the per-shift-type caps the file lists. */
    public record Employee(String id, Map<String, Integer> maxShifts, int maxTotalMinutes, int minTotalMinutes,
            int maxConsecutiveShifts, int minConsecutiveShifts, int minConsecutiveDaysOff, int maxWeekends) {
        public Employee {
            maxShifts = Map.copyOf(maxShifts);
        }
    }

    /** A shift on- or off-request: employee, day, shift type, weight. */
    public record Request(String employee, int day, String shift, int weight) {
    }

    /** The demand for one shift type on one day, with the weights of each head short and each head over. */
    public record CoverRow(int day, String shift, int requirement, int underWeight, int overWeight) {
    }

    public Map<String, Shift> shiftsById() {
        Map<String, Shift> byId = new LinkedHashMap<>();
        shifts.forEach(s -> byId.put(s.id(), s));
        return byId;
    }

    public Map<String, Employee> employeesById() {
        Map<String, Employee> byId = new LinkedHashMap<>();
        employees.forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    public Set<Integer> daysOffOf(String employee) {
        return daysOff.getOrDefault(employee, Set.of());
    }

    /** The instance number in a name like {@code Instance12}, or -1. */
    public int number() {
        String digits = name.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Integer.parseInt(digits);
    }
}
