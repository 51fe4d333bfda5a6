package jp.tsumugi.benchmarks.curtois;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made instances for the evaluator and mapping tests, written in the Curtois text format. Two shift types, E and
 * L (480 minutes each; E may not follow L), 14 days by default, every cover with requirement 0, under weight 100 and
 * over weight 0 unless set (so that work costs nothing unless a test says so). Each employee starts with limits no grid of the horizon can break, so a test tightens
 * exactly the rule it is about.
 */
final class TinyInstance {
    int horizon = 14;
    final Map<String, String> staff = new LinkedHashMap<>();
    final List<String> daysOff = new ArrayList<>();
    final List<String> on = new ArrayList<>();
    final List<String> off = new ArrayList<>();
    final Map<String, String> cover = new LinkedHashMap<>();

    TinyInstance employee(String id) {
        return employee(id, "E=99|L=99", 99_999, 0, 99, 1, 1, 99);
    }

    TinyInstance employee(String id, String maxShifts, int maxTotal, int minTotal, int maxConsecutive,
            int minConsecutive, int minDaysOff, int maxWeekends) {
        staff.put(id, String.join(",", id, maxShifts, "" + maxTotal, "" + minTotal, "" + maxConsecutive,
                "" + minConsecutive, "" + minDaysOff, "" + maxWeekends));
        return this;
    }

    TinyInstance dayOff(String employee, int... days) {
        StringBuilder row = new StringBuilder(employee);
        for (int d : days) {
            row.append(',').append(d);
        }
        daysOff.add(row.toString());
        return this;
    }

    TinyInstance onRequest(String employee, int day, String shift, int weight) {
        on.add(employee + "," + day + "," + shift + "," + weight);
        return this;
    }

    TinyInstance offRequest(String employee, int day, String shift, int weight) {
        off.add(employee + "," + day + "," + shift + "," + weight);
        return this;
    }

    TinyInstance cover(int day, String shift, int requirement, int under, int over) {
        cover.put(day + "," + shift, day + "," + shift + "," + requirement + "," + under + "," + over);
        return this;
    }

    String text() {
        StringBuilder t = new StringBuilder();
        t.append("# tiny test instance\nSECTION_HORIZON\n").append(horizon).append("\n\n");
        t.append("SECTION_SHIFTS\nE,480,\nL,480,E\n\n");
        t.append("SECTION_STAFF\n");
        staff.values().forEach(s -> t.append(s).append('\n'));
        t.append("\nSECTION_DAYS_OFF\n");
        daysOff.forEach(s -> t.append(s).append('\n'));
        t.append("\nSECTION_SHIFT_ON_REQUESTS\n");
        on.forEach(s -> t.append(s).append('\n'));
        t.append("\nSECTION_SHIFT_OFF_REQUESTS\n");
        off.forEach(s -> t.append(s).append('\n'));
        t.append("\nSECTION_COVER\n");
        for (int d = 0; d < horizon; d++) {
            for (String s : List.of("E", "L")) {
                t.append(cover.getOrDefault(d + "," + s, d + "," + s + ",0,100,0")).append('\n');
            }
        }
        return t.toString();
    }

    CurtoisInstance build() {
        return CurtoisParser.parse("Tiny.txt", text());
    }

    /** A grid from rows like {@code "A", "E E - L"}: the employee and its day tokens. */
    static CurtoisGrid grid(String... employeeAndDays) {
        StringBuilder t = new StringBuilder("# Tiny test\n");
        for (int i = 0; i < employeeAndDays.length; i += 2) {
            t.append(employeeAndDays[i]).append(' ').append(employeeAndDays[i + 1]).append('\n');
        }
        return CurtoisGrid.parse("Tiny.grid.txt", t.toString());
    }
}
