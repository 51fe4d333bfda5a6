package jp.tsumugi.web.imports;

/**
 * One column of an import: {@code field} names it in code and in the message keys
 * ({@code imports.column.<kind>.<field>}: the Japanese header in the _ja bundle, the English one in the other; either
 * is accepted in a file). A required column must be in the file; an optional one may be left out, and then the
 * field keeps its value (or its default on a new row).
 */
record ImportColumn(String field, ColumnType type, boolean required) {

    static ImportColumn required(String field, ColumnType type) {
        return new ImportColumn(field, type, true);
    }

    static ImportColumn optional(String field, ColumnType type) {
        return new ImportColumn(field, type, false);
    }

    String headerKey(ImportKind kind) {
        return "imports.column." + kind.key() + "." + field;
    }
}
