package jp.tsumugi.web.imports;

/**
 * One reason why a file is not imported. {@code row} is the row number Excel shows (null: the file as a whole);
 * {@code column} the spreadsheet letter (null when the column is not in the file) and {@code header} its header.
 */
public record ImportProblem(Integer row, String column, String header, String value, String message, int order)
        implements java.io.Serializable {
}
