package jp.tsumugi.web.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The empty files a secretariat fills in: Japanese headers in template order; the xlsx has a second sheet that
 * explains every column (required or not, how to write it, the accepted values).
 */
@Component
class ImportTemplates {

    private final MessageSource messages;

    private final ImportLabels labels;

    ImportTemplates(MessageSource messages, ImportLabels labels) {
        this.messages = messages;
        this.labels = labels;
    }

    List<String> headers(ImportKind kind) {
        return kind.columns().stream().map(c -> labels.header(kind, c, ImportLabels.JAPANESE)).toList();
    }

    /** CSV in UTF-8 with a BOM, so that Japanese Excel opens it with the right characters. */
    byte[] csv(ImportKind kind) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(headers(kind));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(ImportKind kind, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = workbook.createSheet(messages.getMessage("imports.kind." + kind.key(), null,
                    ImportLabels.JAPANESE));
            Row header = data.createRow(0);
            List<String> headers = headers(kind);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(messages.getMessage("imports.template.helpSheet", null, locale));
            Row top = help.createRow(0);
            String[] titles = {"imports.template.column", "imports.template.required", "imports.template.how"};
            for (int i = 0; i < titles.length; i++) {
                top.createCell(i).setCellValue(messages.getMessage(titles[i], null, locale));
                top.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (ImportColumn column : kind.columns()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(labels.header(kind, column, ImportLabels.JAPANESE));
                row.createCell(1).setCellValue(messages.getMessage(
                        column.required() ? "imports.template.yes" : "imports.template.no", null, locale));
                row.createCell(2).setCellValue(how(kind, column, locale));
            }
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(1, 8 * 256);
            help.setColumnWidth(2, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How to fill a column in: its type's hint, and for a choice the accepted values. */
    String how(ImportKind kind, ImportColumn column, Locale locale) {
        String hint = messages.getMessage(column.type().hintKey(), null, locale);
        String specific = messages.getMessage("imports.column." + kind.key() + "." + column.field() + ".hint", null,
                "", locale);
        if (labels.isChoice(column.field())) {
            hint = hint + " " + String.join("、", labels.choiceLabels(column.field(), locale));
        }
        return specific.isEmpty() ? hint : hint + " " + specific;
    }
}
