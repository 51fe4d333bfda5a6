package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisInstance.CoverRow;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Employee;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Request;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Shift;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the Curtois–Qu instance format: {@code #} starts a comment (whole line or the rest of one), blank lines are
 * ignored, LF, CRLF and CR line ends are all accepted, fields are comma-separated and trimmed. Sections come in the
 * documented order; every reference (shift, employee, day) is checked, and every day × shift needs exactly one cover
 * row. Any error names the file and the 1-based line.
 */
public final class CurtoisParser {

    enum Section {
        SECTION_HORIZON(true),
        SECTION_SHIFTS(true),
        SECTION_STAFF(true),
        SECTION_DAYS_OFF(false),
        SECTION_SHIFT_ON_REQUESTS(false),
        SECTION_SHIFT_OFF_REQUESTS(false),
        SECTION_COVER(true);

        final boolean required;

        Section(boolean required) { this.required = required; }
    }

    private final String source;
    private int lineNo;
    private Section section;
    private final Set<Section> seen = new LinkedHashSet<>();

    private Integer horizon;
    private final Map<String, Shift> shifts = new LinkedHashMap<>();
    /** Successor lists are checked when the shift section ends: a shift may name one defined below it. */
    private final Map<String, Integer> shiftLines = new HashMap<>();
    private final Map<String, Set<String>> pendingSuccessors = new LinkedHashMap<>();
    private final Map<String, Employee> employees = new LinkedHashMap<>();
    private final Map<String, Set<Integer>> daysOff = new LinkedHashMap<>();
    private final List<Request> onRequests = new ArrayList<>();
    private final List<Request> offRequests = new ArrayList<>();
    private final List<CoverRow> cover = new ArrayList<>();
    private final Set<String> coverKeys = new HashSet<>();

    private CurtoisParser(String source) {
        this.source = source;
    }

    public static CurtoisInstance parse(Path file) {
        String fileName = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(fileName, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static CurtoisInstance parse(String fileName, String text) {
        return parse(fileName, new StringReader(text));
    }

    /** {@code fileName} is used in error messages and, without its extension, as the instance name. */
    public static CurtoisInstance parse(String fileName, Reader reader) {
        return new CurtoisParser(fileName).read(reader);
    }

    private CurtoisInstance read(Reader reader) {
        try {
            BufferedReader lines = new BufferedReader(reader);
            String raw;
            while ((raw = lines.readLine()) != null) {
                lineNo++;
                String line = stripComment(lineNo == 1 ? stripBom(raw) : raw).trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("SECTION_")) {
                    startSection(line);
                } else if (section == null) {
                    throw error("data before the first SECTION_ line: '" + line + "'");
                } else {
                    readRow(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        endSection();
        lineNo = 0;
        for (Section s : Section.values()) {
            if (s.required && !seen.contains(s)) {
                throw error("missing " + s);
            }
        }
        for (int day = 0; day < horizon; day++) {
            for (String shift : shifts.keySet()) {
                if (!coverKeys.contains(day + "/" + shift)) {
                    throw error("no SECTION_COVER row for day " + day + " and shift " + shift);
                }
            }
        }
        String name = source.replaceFirst("\\.[^.]*$", "");
        return new CurtoisInstance(name, horizon, List.copyOf(shifts.values()), List.copyOf(employees.values()),
                daysOff, onRequests, offRequests, cover);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private void startSection(String line) {
        Section next;
        try {
            next = Section.valueOf(line);
        } catch (IllegalArgumentException e) {
            throw error("unknown section '" + line + "'");
        }
        if (seen.contains(next)) {
            throw error("section " + next + " appears twice");
        }
        if (section != null && next.ordinal() < section.ordinal()) {
            throw error("section " + next + " must come before " + section);
        }
        endSection();
        if (next.ordinal() > Section.SECTION_HORIZON.ordinal() && horizon == null) {
            throw error(next + " before the horizon is given");
        }
        if (next.ordinal() > Section.SECTION_SHIFTS.ordinal() && !seen.contains(Section.SECTION_SHIFTS)) {
            throw error(next + " before SECTION_SHIFTS");
        }
        if (next.ordinal() > Section.SECTION_STAFF.ordinal() && !seen.contains(Section.SECTION_STAFF)) {
            throw error(next + " before SECTION_STAFF");
        }
        section = next;
        seen.add(next);
    }

    private void endSection() {
        if (section == Section.SECTION_SHIFTS) {
            for (Map.Entry<String, Set<String>> entry : pendingSuccessors.entrySet()) {
                for (String next : entry.getValue()) {
                    if (!shifts.containsKey(next)) {
                        throw new CurtoisFormatException(source, shiftLines.get(entry.getKey()),
                                "shift " + entry.getKey() + " names unknown shift '" + next + "' as one that cannot follow it");
                    }
                }
            }
        }
        if (section == Section.SECTION_HORIZON && horizon == null) {
            throw error("SECTION_HORIZON has no value");
        }
    }

    private void readRow(String line) {
        String[] f = fields(line);
        switch (section) {
            case SECTION_HORIZON -> {
                if (horizon != null) {
                    throw error("SECTION_HORIZON holds more than one value");
                }
                expectFields(f, 1, 1, "a horizon length in days");
                horizon = positive(f[0], "horizon");
            }
            case SECTION_SHIFTS -> {
                expectFields(f, 2, 3, "ShiftID,LengthInMinutes,CannotFollow|...");
                String id = id(f[0], "shift id");
                if (shifts.containsKey(id)) {
                    throw error("shift " + id + " defined twice");
                }
                int minutes = positive(f[1], "shift length");
                if (minutes > 24 * 60) {
                    throw error("shift " + id + " is longer than a day: " + minutes + " minutes");
                }
                Set<String> cannotFollow = new LinkedHashSet<>();
                if (f.length == 3) {
                    for (String next : f[2].split("\\|", -1)) {
                        if (!next.trim().isEmpty()) {
                            cannotFollow.add(next.trim());
                        }
                    }
                }
                shifts.put(id, new Shift(id, minutes, cannotFollow));
                shiftLines.put(id, lineNo);
                pendingSuccessors.put(id, cannotFollow);
            }
            case SECTION_STAFF -> {
                expectFields(f, 8, 8, "ID,MaxShifts,MaxTotalMinutes,MinTotalMinutes,MaxConsecutiveShifts,"
                        + "MinConsecutiveShifts,MinConsecutiveDaysOff,MaxWeekends");
                String id = id(f[0], "employee id");
                if (employees.containsKey(id)) {
                    throw error("employee " + id + " defined twice");
                }
                Map<String, Integer> maxShifts = new LinkedHashMap<>();
                for (String pair : f[1].split("\\|")) {
                    if (pair.isBlank()) {
                        continue;
                    }
                    String[] kv = pair.split("=", -1);
                    if (kv.length != 2) {
                        throw error("MaxShifts entry '" + pair + "' is not ShiftID=max");
                    }
                    String shift = knownShift(kv[0].trim());
                    if (maxShifts.put(shift, nonNegative(kv[1], "MaxShifts of " + shift)) != null) {
                        throw error("MaxShifts names shift " + shift + " twice");
                    }
                }
                int maxTotal = nonNegative(f[2], "MaxTotalMinutes");
                int minTotal = nonNegative(f[3], "MinTotalMinutes");
                if (minTotal > maxTotal) {
                    throw error("MinTotalMinutes " + minTotal + " exceeds MaxTotalMinutes " + maxTotal);
                }
                employees.put(id, new Employee(id, maxShifts, maxTotal, minTotal, nonNegative(f[4], "MaxConsecutiveShifts"),
                        nonNegative(f[5], "MinConsecutiveShifts"), nonNegative(f[6], "MinConsecutiveDaysOff"),
                        nonNegative(f[7], "MaxWeekends")));
            }
            case SECTION_DAYS_OFF -> {
                String employee = knownEmployee(f[0]);
                Set<Integer> days = daysOff.computeIfAbsent(employee, e -> new java.util.TreeSet<>());
                for (int i = 1; i < f.length; i++) {
                    if (!f[i].isEmpty()) {
                        days.add(day(f[i]));
                    }
                }
            }
            case SECTION_SHIFT_ON_REQUESTS, SECTION_SHIFT_OFF_REQUESTS -> {
                expectFields(f, 4, 4, "EmployeeID,Day,ShiftID,Weight");
                Request request = new Request(knownEmployee(f[0]), day(f[1]), knownShift(f[2]), nonNegative(f[3], "weight"));
                (section == Section.SECTION_SHIFT_ON_REQUESTS ? onRequests : offRequests).add(request);
            }
            case SECTION_COVER -> {
                expectFields(f, 5, 5, "Day,ShiftID,Requirement,UnderWeight,OverWeight");
                int day = day(f[0]);
                String shift = knownShift(f[1]);
                if (!coverKeys.add(day + "/" + shift)) {
                    throw error("second cover row for day " + day + " and shift " + shift);
                }
                cover.add(new CoverRow(day, shift, nonNegative(f[2], "requirement"), nonNegative(f[3], "under weight"),
                        nonNegative(f[4], "over weight")));
            }
        }
    }

    private static String[] fields(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private void expectFields(String[] f, int min, int max, String expected) {
        if (f.length < min || f.length > max) {
            throw error("expected " + expected + " but found " + f.length + " field" + (f.length == 1 ? "" : "s")
                    + " in '" + String.join(",", f) + "'");
        }
    }

    private String id(String value, String what) {
        if (value.isEmpty() || value.contains(" ") || value.contains("|") || value.contains("=")) {
            throw error("bad " + what + " '" + value + "'");
        }
        return value;
    }

    private String knownShift(String id) {
        if (!shifts.containsKey(id)) {
            throw error("unknown shift '" + id + "'");
        }
        return id;
    }

    private String knownEmployee(String id) {
        if (!employees.containsKey(id)) {
            throw error("unknown employee '" + id + "'");
        }
        return id;
    }

    private int day(String value) {
        int day = nonNegative(value, "day");
        if (day >= horizon) {
            throw error("day " + day + " is outside the horizon 0.." + (horizon - 1));
        }
        return day;
    }

    private int positive(String value, String what) {
        int n = integer(value, what);
        if (n <= 0) {
            throw error(what + " must be positive: " + value);
        }
        return n;
    }

    private int nonNegative(String value, String what) {
        int n = integer(value, what);
        if (n < 0) {
            throw error(what + " must not be negative: " + value);
        }
        return n;
    }

    private int integer(String value, String what) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw error(what + " is not a whole number: '" + value + "'");
        }
    }

    private CurtoisFormatException error(String message) {
        return new CurtoisFormatException(source, lineNo, message);
    }
}
