package jp.tsumugi.benchmarks.curtois;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A solution in the Curtois grid format: one line per employee, the employee ID and then one token per day, a shift
 * ID or {@code -} for no shift, separated by single spaces; {@code #} lines are comments (the first names the instance,
 * the solver, the limit and the objective). Parsing is purely syntactic; {@link #check} matches a grid against an
 * instance. The format has room for one shift per employee per day, so a grid can never break Curtois hard rule 1.
 */
public record CurtoisGrid(String source, List<String> comments, List<Row> rows) {
    public static final String OFF = "-";

    public CurtoisGrid {
        comments = List.copyOf(comments);
        rows = List.copyOf(rows);
    }

    /**
     * One employee's line. {@code shifts} holds a shift ID per day, {@code null} for a day off. {@code line} is the
     * 1-based line in the source, 0 for a grid built in memory.
     */
    public record Row(String employee, List<String> shifts, int line) {
        public Row {
            shifts = Collections.unmodifiableList(new ArrayList<>(shifts));
        }
    }

    public static CurtoisGrid read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static CurtoisGrid parse(String source, String text) {
        List<String> comments = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.startsWith("#")) {
                comments.add(trimmed.substring(1).strip());
                continue;
            }
            String[] tokens = trimmed.split("\\s+");
            List<String> shifts = new ArrayList<>(tokens.length - 1);
            for (int t = 1; t < tokens.length; t++) {
                shifts.add(OFF.equals(tokens[t]) ? null : tokens[t]);
            }
            rows.add(new Row(tokens[0], shifts, i + 1));
        }
        return new CurtoisGrid(source, comments, rows);
    }

    /** Builds a grid in memory: {@code shifts} maps each employee to one entry per day, {@code null} for off. */
    public static CurtoisGrid of(CurtoisInstance instance, Map<String, String[]> shifts, List<String> comments) {
        List<Row> rows = new ArrayList<>();
        for (CurtoisInstance.Employee employee : instance.employees()) {
            String[] days = shifts.getOrDefault(employee.id(), new String[instance.horizon()]);
            rows.add(new Row(employee.id(), Arrays.asList(days), 0));
        }
        return new CurtoisGrid(instance.name(), comments, rows);
    }

    /** The grid of an assignment as {@link #check} returns it (shift indexes, {@code -1} = off): its inverse. */
    public static CurtoisGrid of(CurtoisInstance instance, int[][] assignment, List<String> comments) {
        Map<String, String[]> shifts = new java.util.LinkedHashMap<>();
        for (int e = 0; e < assignment.length; e++) {
            String[] days = new String[assignment[e].length];
            for (int d = 0; d < days.length; d++) {
                days[d] = assignment[e][d] < 0 ? null : instance.shifts().get(assignment[e][d]).id();
            }
            shifts.put(instance.employees().get(e).id(), days);
        }
        return of(instance, shifts, comments);
    }

    /**
     * Checks the grid against the instance: every employee exactly once, one token per day, only known shift IDs.
     * Returns the assignment as shift indexes ({@code -1} = off), employees and shifts in the instance's order.
     */
    public int[][] check(CurtoisInstance instance) {
        List<String> shiftIds = instance.shifts().stream().map(CurtoisInstance.Shift::id).toList();
        List<String> employeeIds = instance.employees().stream().map(CurtoisInstance.Employee::id).toList();
        int[][] assignment = new int[employeeIds.size()][];
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            int e = employeeIds.indexOf(row.employee());
            if (e < 0) {
                throw new CurtoisFormatException(source, row.line(), "unknown employee '" + row.employee() + "'");
            }
            if (!seen.add(row.employee())) {
                throw new CurtoisFormatException(source, row.line(), "employee " + row.employee() + " has a second line");
            }
            if (row.shifts().size() != instance.horizon()) {
                throw new CurtoisFormatException(source, row.line(), "employee " + row.employee() + " has "
                        + row.shifts().size() + " day tokens, the horizon is " + instance.horizon());
            }
            int[] days = new int[instance.horizon()];
            for (int d = 0; d < days.length; d++) {
                String shift = row.shifts().get(d);
                days[d] = shift == null ? -1 : shiftIds.indexOf(shift);
                if (shift != null && days[d] < 0) {
                    throw new CurtoisFormatException(source, row.line(),
                            "unknown shift '" + shift + "' on day " + d + " for employee " + row.employee());
                }
            }
            assignment[e] = days;
        }
        for (int e = 0; e < assignment.length; e++) {
            if (assignment[e] == null) {
                throw new CurtoisFormatException(source, 0, "no line for employee " + employeeIds.get(e));
            }
        }
        return assignment;
    }

    /** The grid as text: each comment as a {@code #} line, then one line per employee. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (String comment : comments) {
            text.append("# ").append(comment).append('\n');
        }
        for (Row row : rows) {
            text.append(row.employee());
            for (String shift : row.shifts()) {
                text.append(' ').append(shift == null ? OFF : shift);
            }
            text.append('\n');
        }
        return text.toString();
    }

    public CurtoisGrid withComments(List<String> newComments) {
        return new CurtoisGrid(source, newComments, rows);
    }

    public void write(Path file) {
        try {
            Files.writeString(file, toText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
