package jp.tsumugi.benchmarks.domain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The scaling rows as a markdown table (for people) and as CSV (for comparing runs). The CSV has one fixed column per
 * mark ({@code score_at_10s}, ...) and one for the unfilled required hours then ({@code unfilled_required_h_at_10s}, ...),
 * empty where the mark lies beyond the run's limit or construction had not finished; times in seconds, heap in MiB,
 * hours with one decimal. RFC 4180 quoting.
 */
final class ScalingReport {
    private ScalingReport() {
    }

    private record Column(String name, Function<ScalingResult, Object> value) {
    }

    private static List<Column> columns(List<Duration> marks) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column("problem", ScalingResult::problem),
                new Column("source", ScalingResult::source),
                new Column("variant", ScalingResult::variant),
                new Column("workers", ScalingResult::workers),
                new Column("slots", ScalingResult::slots),
                new Column("required_h", r -> hours(r.requiredMinutes())),
                new Column("limit_s", r -> seconds(r.limit().toMillis())),
                new Column("construction_s", r -> r.constructionMillis() < 0 ? "" : seconds(r.constructionMillis())),
                new Column("construction_cpu_s", r -> r.constructionCpuMillis() < 0 ? "" : seconds(r.constructionCpuMillis())),
                new Column("construction_complete", ScalingResult::constructionComplete),
                new Column("construction_score", r -> r.constructionScore() == null ? "" : r.constructionScore())));
        for (Duration mark : marks) {
            columns.add(new Column("score_at_" + Durations.label(mark), r -> {
                String score = r.scoreAt(mark);
                return score == null ? "" : score;
            }));
        }
        for (Duration mark : marks) {
            columns.add(new Column("unfilled_required_h_at_" + Durations.label(mark), r -> {
                Long minutes = r.unfilledRequiredMinutesAt(mark);
                return minutes == null ? "" : hours(minutes);
            }));
        }
        columns.addAll(List.of(
                new Column("final_score", ScalingResult::finalScore),
                new Column("final_score_at_s", r -> seconds(r.finalScoreMillis())),
                new Column("time_to_1pct_s", r -> r.timeToWithin1Percent() == null ? "" : seconds(r.timeToWithin1Percent())),
                new Column("solve_s", r -> seconds(r.solveMillis())),
                new Column("solve_cpu_s", r -> r.solveCpuMillis() < 0 ? "n/a" : seconds(r.solveCpuMillis())),
                new Column("score_calc_count", ScalingResult::scoreCalculationCount),
                new Column("move_eval_count", ScalingResult::moveEvaluationCount),
                new Column("score_calc_per_s", ScalingResult::scoreCalculationSpeed),
                new Column("move_eval_per_s", ScalingResult::moveEvaluationSpeed),
                new Column("score_calc_per_cpu_s", r -> r.solveCpuMillis() < 0 ? "n/a"
                        : String.valueOf(r.scoreCalculationSpeedPerCpuSecond())),
                new Column("peak_heap_mib", r -> mib(r.peakHeapBytes())),
                new Column("heap_pool_peaks_mib", r -> mib(r.heapPoolPeaksBytes())),
                new Column("heap_after_gc_mib", r -> mib(r.heapAfterGcBytes())),
                new Column("unfilled_required_h", r -> hours(r.unfilledRequiredMinutes())),
                new Column("load_start", r -> load(r.loadStart())),
                new Column("load_end", r -> load(r.loadEnd())),
                new Column("load_mean", r -> load(r.loadMean()))));
        return columns;
    }

    /** The marks of all rows, in order of first appearance. */
    private static List<Duration> marksOf(List<ScalingResult> results) {
        List<Duration> marks = new ArrayList<>();
        results.forEach(r -> r.marks().stream().filter(m -> !marks.contains(m)).forEach(marks::add));
        return marks;
    }

    static String csv(List<ScalingResult> results) {
        List<Column> columns = columns(marksOf(results));
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(c -> quote(c.name())).toList())).append('\n');
        for (ScalingResult r : results) {
            out.append(String.join(",", columns.stream().map(c -> quote(String.valueOf(c.value().apply(r)))).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    static void writeCsv(Path file, List<ScalingResult> results) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, csv(results), StandardCharsets.UTF_8);
    }

    /** Reads a CSV this class wrote: one map per row, column name to value, in column order. */
    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<List<String>> records = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) {
            throw new IllegalArgumentException("empty CSV " + file);
        }
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            if (record.size() != header.size()) {
                throw new IllegalArgumentException("row " + (rows.size() + 1) + " of " + file + " has " + record.size()
                        + " fields, the header " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The table for people: marks beyond every row's limit are left out; loads as start→end (mean). */
    static String markdown(List<ScalingResult> results) {
        Duration longest = results.stream().map(ScalingResult::limit).max(Duration::compareTo).orElse(Duration.ZERO);
        List<Duration> marks = marksOf(results).stream().filter(m -> m.compareTo(longest) <= 0).toList();
        boolean finalColumn = results.stream().anyMatch(r -> !r.marks().contains(r.limit()));
        List<String> head = new ArrayList<>(List.of("problem", "workers", "slots", "construction"));
        marks.forEach(m -> head.add("score at " + Durations.label(m)));
        if (finalColumn) {
            head.add("final score");
        }
        head.addAll(List.of("time to within 1 %", "score calc/s (per CPU s)", "moves/s", "peak heap (after GC)", "unfilled required h",
                "load 1 min (start→end, mean)"));
        StringBuilder out = new StringBuilder();
        row(out, head);
        row(out, head.stream().map(h -> "---").toList());
        for (ScalingResult r : results) {
            List<String> cells = new ArrayList<>(List.of(r.problem() + (r.variant().equals(jp.tsumugi.solver.solve.RosterSolverConfig.DEFAULT.name()) ? ""
                    : " (" + r.variant() + ")"), String.valueOf(r.workers()), String.valueOf(r.slots()),
                    r.constructionMillis() < 0 ? "–" : seconds(r.constructionMillis()) + " s"
                            + (r.constructionCpuMillis() < 0 ? "" : " (" + seconds(r.constructionCpuMillis()) + " CPU s)")
                            + (r.constructionComplete() ? "" : " (cut short by the limit)")));
            for (Duration mark : marks) {
                String score = r.scoreAt(mark);
                Long unfilled = r.unfilledRequiredMinutesAt(mark);
                cells.add((score == null ? "–" : score) + (unfilled == null ? "" : " (unfilled " + hours(unfilled) + " h)"));
            }
            if (finalColumn) {
                cells.add(r.finalScore());
            }
            cells.add(r.timeToWithin1Percent() == null ? "–" : seconds(r.timeToWithin1Percent()) + " s");
            cells.add(String.format(Locale.ROOT, "%,d", r.scoreCalculationSpeed()) + (r.solveCpuMillis() < 0 ? ""
                    : String.format(Locale.ROOT, " (%,d)", r.scoreCalculationSpeedPerCpuSecond())));
            cells.add(String.format(Locale.ROOT, "%,d", r.moveEvaluationSpeed()));
            cells.add(mib(r.peakHeapBytes()) + " MiB (" + mib(r.heapAfterGcBytes()) + ")");
            cells.add(hours(r.unfilledRequiredMinutes()) + " of " + hours(r.requiredMinutes()));
            cells.add(load(r.loadStart()) + "→" + load(r.loadEnd()) + " (" + load(r.loadMean()) + ")");
            row(out, cells);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()))
                .append(" |\n");
    }

    private static String seconds(long millis) {
        return Durations.seconds(millis);
    }

    private static String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static long mib(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static String load(double load) {
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || field.length() > 0) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
