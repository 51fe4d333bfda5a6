package jp.tsumugi.web.imports;

import java.util.List;

/**
 * The cells of an uploaded sheet, before any meaning is given to them. A cell is null (empty), a {@link String}, a
 * {@link java.math.BigDecimal} (an Excel number), a {@link java.time.LocalDateTime} (an Excel date or time) or a
 * {@link Boolean}. Row numbers are the ones Excel shows (1-based, counting every line of the sheet). The sheet name
 * is null for a CSV file.
 */
record SheetTable(String sheetName, List<Row> rows) {

    record Row(int number, List<Object> cells) {

        Object cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean isBlank() {
            return cells.stream().allMatch(c -> c == null || (c instanceof String s && s.isBlank()));
        }
    }

    /** The spreadsheet's name of a column: A, B, ... Z, AA, AB ... */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
