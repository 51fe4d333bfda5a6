package jp.tsumugi.web.contracts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import jp.tsumugi.web.contracts.ContractPapers.Day;
import jp.tsumugi.web.contracts.ContractPapers.Disclosure;
import jp.tsumugi.web.contracts.ContractPapers.Notice;
import jp.tsumugi.web.contracts.ContractPapers.Section;
import jp.tsumugi.web.contracts.ContractPapers.Source;
import jp.tsumugi.web.contracts.ContractPapers.Summary;
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
import org.springframework.stereotype.Component;

/**
 * Writes the contract documents as xlsx with Apache POI, in the records' layout: a label in column A, its value in
 * column {@link #VALUE_COLUMN}, the "not held" note in {@link #NOTE_COLUMN}; dates as dates and times as times.
 */
@Component
class ContractsWorkbook {

    static final int VALUE_COLUMN = 3;

    static final int NOTE_COLUMN = 6;

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MessageSource messages;

    ContractsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] summary(Summary summary, Locale locale) {
        try (Writer w = new Writer(locale, msg("contracts.summary.sheet", locale))) {
            w.title(msg("contracts.summary.title", locale), summary.memberName());
            w.pair(msg("contracts.doc.dispatcher", locale), summary.cooperativeName());
            w.blank();
            summary.items().forEach(w::item);
            w.widths(14, 6, 6, 60, 6, 6, 24);
            return w.bytes();
        }
    }

    byte[] notice(Notice notice, Locale locale) {
        try (Writer w = new Writer(locale, msg("contracts.notice.sheet", locale))) {
            w.title(msg("contracts.notice.title", locale), msg("contracts.doc.to", locale, notice.memberName()));
            w.pair(msg("contracts.doc.dispatcher", locale), notice.cooperativeName());
            w.pair(msg("contracts.doc.month", locale), msg("contracts.month", locale,
                    notice.month().getYear(), notice.month().getMonthValue()));
            w.source(notice.source());
            w.note(msg("contracts.notice.statement", locale));
            w.blank();
            w.section(msg("contracts.notice.workerSection", locale));
            notice.workerItems().forEach(w::item);
            sections(w, notice.sections(), locale);
            w.widths(12, 6, 18, 40, 8, 8, 24, 10);
            return w.bytes();
        }
    }

    byte[] disclosure(Disclosure disclosure, Locale locale) {
        try (Writer w = new Writer(locale, msg("contracts.disclosure.sheet", locale))) {
            w.title(msg("contracts.disclosure.title", locale), msg("contracts.doc.toWorker", locale,
                    disclosure.workerName()));
            w.pair(msg("contracts.doc.dispatcher", locale), disclosure.cooperativeName());
            w.pair(msg("contracts.item.member", locale), disclosure.memberName());
            Row first = w.row();
            w.label(first, 0, msg("contracts.disclosure.firstDay", locale));
            w.date(first, VALUE_COLUMN, disclosure.firstDay());
            w.source(disclosure.source());
            w.note(msg("contracts.disclosure.statement", locale));
            sections(w, disclosure.sections(), locale);
            w.widths(12, 6, 18, 40, 8, 8, 24, 10);
            return w.bytes();
        }
    }

    private void sections(Writer w, List<Section> sections, Locale locale) {
        for (Section section : sections) {
            w.blank();
            w.section(section.covered()
                    ? msg("contracts.section.contract", locale, ContractDocuments.format(section.contractDate()),
                            ContractDocuments.format(section.contractFrom()), ContractDocuments.format(section.contractTo()))
                    : msg("contracts.section.noContract", locale));
            section.items().forEach(w::item);
            w.header("contracts.col.date", "contracts.col.weekday", "contracts.col.site", "contracts.col.jobType",
                    "contracts.col.start", "contracts.col.end", "contracts.col.breakMinutes", "contracts.col.hours");
            for (Day day : section.days()) {
                Row row = w.row();
                w.date(row, 0, day.date());
                w.text(row, 1, day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale));
                w.text(row, 2, day.siteName());
                w.text(row, 3, day.jobTypeName());
                w.time(row, 4, day.start());
                w.time(row, 5, day.end());
                w.number(row, 6, day.breakMinutes(), w.integer);
                w.number(row, 7, day.netMinutes() / 60.0, w.hours);
            }
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One sheet written top to bottom. */
    private final class Writer implements AutoCloseable {

        private final Workbook book = new XSSFWorkbook();
        private final Sheet sheet;
        private final Locale locale;
        private final CellStyle title;
        private final CellStyle label;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle time;
        private final CellStyle hours;
        private final CellStyle integer;
        private final CellStyle note;
        private final CellStyle wrap;
        private int next;

        Writer(Locale locale, String sheetName) {
            this.locale = locale;
            sheet = book.createSheet(sheetName);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
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
            date = book.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy/mm/dd"));
            time = book.createCellStyle();
            time.setDataFormat(format.getFormat("h:mm"));
            hours = book.createCellStyle();
            hours.setDataFormat(format.getFormat("0.00"));
            integer = book.createCellStyle();
            integer.setDataFormat(format.getFormat("0"));
            note = book.createCellStyle();
            note.setFont(grey);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
        }

        Row row() {
            return sheet.createRow(next++);
        }

        void blank() {
            next++;
        }

        void title(String text, String who) {
            Row row = row();
            cell(row, 0, text, title);
            if (who != null) {
                cell(row, VALUE_COLUMN, who, label);
            }
        }

        void source(Source source) {
            cell(row(), 0, msg("contracts.doc.source", locale, source.planName(), source.number(),
                    DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").format(source.publishedAtInJapan())), note);
        }

        void section(String text) {
            cell(row(), 0, text, label);
        }

        void header(String... keys) {
            Row row = row();
            for (int i = 0; i < keys.length; i++) {
                cell(row, i, msg(keys[i], locale), header);
            }
        }

        void item(Item item) {
            Row row = row();
            cell(row, 0, msg(item.labelKey(), locale), label);
            if (item.valueKey() != null) {
                cell(row, VALUE_COLUMN, msg(item.valueKey(), locale), wrap);
            } else if (item.text() != null) {
                cell(row, VALUE_COLUMN, item.text(), wrap);
            }
            if (!item.held()) {
                cell(row, NOTE_COLUMN, msg("contracts.field.notHeld", locale), note);
            }
        }

        void pair(String labelText, String value) {
            Row row = row();
            label(row, 0, labelText);
            if (value != null) {
                cell(row, VALUE_COLUMN, value, null);
            }
        }

        void note(String text) {
            cell(row(), 0, text, note);
        }

        void label(Row row, int column, String text) {
            cell(row, column, text, label);
        }

        void text(Row row, int column, String text) {
            if (text != null) {
                cell(row, column, text, null);
            }
        }

        void date(Row row, int column, LocalDate value) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }

        void time(Row row, int column, LocalTime value) {
            number(row, column, value.toSecondOfDay() / 86400.0, time);
        }

        void number(Row row, int column, double value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        private void cell(Row row, int column, String text, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(text);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        void widths(int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, (characters[i] + 2) * 256);
            }
        }

        byte[] bytes() {
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
}
