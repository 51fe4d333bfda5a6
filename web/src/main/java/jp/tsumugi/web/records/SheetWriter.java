package jp.tsumugi.web.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * One A4 sheet of a printed record written top to bottom, with the styles every record shares (title, bold labels,
 * grey header row, dates, times, hours, yen, the grey "not held" note). The record papers ({@link RecordsWorkbook})
 * and the contract papers extend it with their own rows. Labels go in column 0, values in {@link #VALUE_COLUMN},
 * notes in {@link #NOTE_COLUMN}.
 */
public class SheetWriter implements AutoCloseable {

    public static final int VALUE_COLUMN = 3;

    public static final int NOTE_COLUMN = 6;

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;
    protected final Locale locale;
    private final Workbook book = new XSSFWorkbook();
    private final Sheet sheet;
    protected final CellStyle title;
    protected final CellStyle label;
    protected final CellStyle header;
    protected final CellStyle note;
    protected final CellStyle wrap;
    private final CellStyle date;
    private final CellStyle time;
    private final CellStyle hours;
    private final CellStyle yen;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private int next;

    public SheetWriter(MessageSource messages, Locale locale, String sheetName, boolean landscape) {
        this.messages = messages;
        this.locale = locale;
        sheet = book.createSheet(sheetName);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(landscape);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        var format = book.createDataFormat();
        Font bold = book.createFont();
        bold.setBold(true);
        Font big = book.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font grey = book.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        title = book.createCellStyle();
        title.setFont(big);
        label = book.createCellStyle();
        label.setFont(bold);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        note = book.createCellStyle();
        note.setFont(grey);
        wrap = book.createCellStyle();
        wrap.setWrapText(true);
        date = style(format.getFormat("yyyy/mm/dd"));
        time = style(format.getFormat("h:mm"));
        hours = style(format.getFormat("0.00"));
        yen = style(format.getFormat("#,##0"));
        integer = style(format.getFormat("0"));
        decimal = style(format.getFormat("0.0"));
        percent = style(format.getFormat("0%"));
    }

    private CellStyle style(short dataFormat) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(dataFormat);
        return style;
    }

    protected String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    public Row row() {
        return sheet.createRow(next++);
    }

    public void blank() {
        next++;
    }

    public void titleCell(Row row, String text) {
        cell(row, 0, text, title);
    }

    public void headerText(Row row, int column, String text) {
        cell(row, column, text, header);
    }

    public void headerCell(Row row, int column, String key) {
        cell(row, column, msg(key), header);
    }

    /** A header row of message keys from column 0. */
    public void header(String... keys) {
        Row row = row();
        for (int i = 0; i < keys.length; i++) {
            cell(row, i, msg(keys[i]), header);
        }
    }

    public void section(String text) {
        cell(row(), 0, text, label);
    }

    public void pair(String labelText, String value) {
        Row row = row();
        label(row, 0, labelText);
        if (value != null) {
            cell(row, VALUE_COLUMN, value, null);
        }
    }

    public void note(String text) {
        cell(row(), 0, text, note);
    }

    public void label(Row row, int column, String text) {
        cell(row, column, text, label);
    }

    public void text(Row row, int column, String text) {
        if (text != null) {
            cell(row, column, text, null);
        }
    }

    public void date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(date);
    }

    public void time(Row row, int column, LocalTime value) {
        numeric(row, column, value.toSecondOfDay() / 86400.0, time);
    }

    public void hours(Row row, int column, long minutes) {
        numeric(row, column, minutes / 60.0, hours);
    }

    public void yen(Row row, int column, long amount) {
        numeric(row, column, amount, yen);
    }

    public void integer(Row row, int column, long value) {
        numeric(row, column, value, integer);
    }

    public void number(Row row, int column, double value) {
        numeric(row, column, value, decimal);
    }

    public void percent(Row row, int column, double share) {
        numeric(row, column, share, percent);
    }

    protected void numeric(Row row, int column, double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    protected void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Column widths in characters, from column 0. */
    public void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, (characters[i] + 2) * 256);
        }
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            book.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
