package jp.tsumugi.web.imports;

import java.util.List;
import java.util.Map;

/**
 * What a file would do: the codes it adds and updates, or every problem (then it imports nothing). The fingerprint
 * (code to the version it was checked against, -1 for a new code) lets the confirmation refuse a database that
 * changed since. {@code sheetName} names the sheet read when a workbook has several.
 */
public record ImportPreview(ImportKind kind, String fileName, String sheetName, int dataRows, List<ImportProblem> problems,
        List<String> ignoredHeaders, List<String> created, List<String> updated, Map<String, Long> fingerprint) {

    public boolean isImportable() {
        return problems.isEmpty() && dataRows > 0;
    }

    public List<Integer> badRows() {
        return problems.stream().map(ImportProblem::row).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
