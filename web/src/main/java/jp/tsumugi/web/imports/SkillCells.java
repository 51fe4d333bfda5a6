package jp.tsumugi.web.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell that lists skills: codes or names separated by 、 , ; or line breaks, each optionally with its validity in
 * brackets: {@code フォークリフト(2024/4/1〜2027/3/31)}, {@code 大型特殊(〜2027/3/31)}, {@code 運転(2027/3/31まで)}.
 */
final class SkillCells {

    record Entry(String label, LocalDate from, LocalDate until) {
    }

    private static final Pattern ENTRY = Pattern.compile("(.+?)\\s*(?:\\((.*)\\))?");

    private SkillCells() {
    }

    static List<Entry> parse(Object raw, boolean withDates) throws CellValues.Unreadable {
        String text = CellValues.normalized(raw);
        List<Entry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String part : split(text)) {
            Matcher m = ENTRY.matcher(part);
            if (!m.matches()) {
                throw new CellValues.Unreadable("imports.error.skills.format", part);
            }
            String label = m.group(1).strip();
            String validity = m.group(2);
            if (validity == null || validity.isBlank()) {
                entries.add(new Entry(label, null, null));
                continue;
            }
            if (!withDates) {
                throw new CellValues.Unreadable("imports.error.skills.noDates", part);
            }
            entries.add(validity(label, validity.strip(), part));
        }
        return entries;
    }

    private static Entry validity(String label, String validity, String part) throws CellValues.Unreadable {
        String v = validity.replace('～', '~').replace('〜', '~').replace("から", "~");
        if (v.endsWith("まで")) {
            v = "~" + v.substring(0, v.length() - 2);
        }
        int tilde = v.indexOf('~');
        try {
            if (tilde < 0) {
                throw new CellValues.Unreadable("imports.error.skills.format", part);
            }
            String from = v.substring(0, tilde).strip();
            String until = v.substring(tilde + 1).strip();
            return new Entry(label, from.isEmpty() ? null : CellValues.date(from),
                    until.isEmpty() ? null : CellValues.date(until));
        } catch (CellValues.Unreadable e) {
            throw new CellValues.Unreadable("imports.error.skills.format", part);
        }
    }

    /** Splits on separators outside brackets. */
    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if (depth == 0 && (c == ',' || c == '、' || c == ';' || c == '\n' || c == '\r')) {
                if (!current.toString().isBlank()) {
                    parts.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString().strip());
        }
        return parts;
    }
}
