package jp.tsumugi.web.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** One data row of a file: reads its cells by field and collects what is wrong with them. */
final class RowReader {

    @FunctionalInterface
    interface CellParser<T> {
        T parse(Object raw) throws CellValues.Unreadable;
    }

    /** Where a field's column is in the file, and how the page names a column that is not in it. */
    record Columns(Map<String, Integer> indexByField, Map<String, String> fileHeaderByField,
            Map<String, String> labelByField) {

        String header(String field) {
            return fileHeaderByField.getOrDefault(field, labelByField.getOrDefault(field, field));
        }
    }

    final int number;

    private final SheetTable.Row row;

    private final Columns columns;

    private final List<ImportProblem> problems;

    private final MessageSource messages;

    private final Locale locale;

    private final Set<String> failed = new HashSet<>();

    private int problemCount;

    RowReader(SheetTable.Row row, Columns columns, List<ImportProblem> problems, MessageSource messages,
            Locale locale) {
        this.number = row.number();
        this.row = row;
        this.columns = columns;
        this.problems = problems;
        this.messages = messages;
        this.locale = locale;
    }

    boolean has(String field) {
        return columns.indexByField().containsKey(field);
    }

    Object raw(String field) {
        Integer index = columns.indexByField().get(field);
        return index == null ? null : row.cell(index);
    }

    /** The cell's text as typed (names, addresses, notes), or null. */
    String text(String field) {
        return CellValues.text(raw(field));
    }

    /** Codes and other half-width values: full-width letters and digits made half-width. */
    String code(String field) {
        return CellValues.normalized(raw(field));
    }

    /** The parsed cell, or null (blank, or unreadable: then the problem is recorded). */
    <T> T read(String field, CellParser<T> parser) {
        try {
            return parser.parse(raw(field));
        } catch (CellValues.Unreadable e) {
            reject(field, e.key, e.arguments);
            return null;
        }
    }

    void reject(String field, String key, Object... arguments) {
        add(field, messages.getMessage(key, arguments, locale));
    }

    boolean failed(String field) {
        return failed.contains(field);
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    /**
     * Adds what a form's validation found, naming the column of each field ({@code fieldOf} maps form fields to
     * columns); a field whose cell could not even be read is not reported twice.
     */
    void addErrors(Errors errors, java.util.function.UnaryOperator<String> fieldOf) {
        for (ObjectError error : errors.getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldOf.apply(fieldError.getField()) : "code";
            if (!failed.contains(field) || error instanceof FieldError fe && fe.isBindingFailure()) {
                add(field, messages.getMessage((MessageSourceResolvable) error, locale));
            }
        }
    }

    private void add(String field, String message) {
        failed.add(field);
        problemCount++;
        Integer index = columns.indexByField().get(field);
        String value = index == null ? null : CellValues.text(row.cell(index));
        problems.add(new ImportProblem(number, index == null ? null : SheetTable.columnLetter(index),
                columns.header(field), value, message, index == null ? 10_000 : index));
    }
}
