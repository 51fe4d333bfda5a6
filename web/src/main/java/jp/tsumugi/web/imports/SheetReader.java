package jp.tsumugi.web.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads an uploaded spreadsheet: Excel (xlsx, and the older xls) from the first sheet, or CSV in UTF-8 (with or
 * without BOM) or in Shift_JIS as Japanese Excel saves it (read as windows-31j, which Excel really writes). Anything
 * else is refused with a reason, never guessed.
 */
final class SheetReader {

    /** Larger files are refused before they are parsed (an xlsx expands in memory many times over). */
    static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

    static final int MAX_XLSX_BYTES = 2 * 1024 * 1024;

    /** More data rows than any cooperative's master data; a file beyond it is refused as a whole. */
    static final int MAX_ROWS = 20_000;

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private SheetReader() {
    }

    /** The sheets of the file in order (one for CSV). */
    static List<SheetTable> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportRefusedException("imports.refused.empty");
        }
        if (isZip(bytes) || isOle2(bytes)) {
            if (bytes.length > MAX_XLSX_BYTES) {
                throw new ImportRefusedException("imports.refused.tooLarge", MAX_XLSX_BYTES / (1024 * 1024),
                        MAX_CSV_BYTES / (1024 * 1024));
            }
            return readWorkbook(bytes);
        }
        if (bytes.length > MAX_CSV_BYTES) {
            throw new ImportRefusedException("imports.refused.tooLarge", MAX_XLSX_BYTES / (1024 * 1024),
                    MAX_CSV_BYTES / (1024 * 1024));
        }
        return List.of(readCsv(decode(bytes)));
    }

    /** BOM: UTF-8; valid strict UTF-8: UTF-8; else windows-31j if it decodes cleanly; else refused. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ImportRefusedException("imports.refused.utf16");
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            String text = strictDecode(bytes, 3, StandardCharsets.UTF_8);
            if (text == null) {
                throw new ImportRefusedException("imports.refused.encoding");
            }
            return text;
        }
        String utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String sjis = strictDecode(bytes, 0, WINDOWS_31J);
        // Java maps bytes that Shift_JIS leaves undefined to control and private-use characters: not a clean decode
        if (sjis != null && sjis.chars().noneMatch(c -> (c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF))) {
            return sjis;
        }
        throw new ImportRefusedException("imports.refused.encoding");
    }

    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            String text = chars.toString();
            // a NUL is never in a text file: a binary file that happens to decode
            return text.indexOf('\0') >= 0 ? null : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static SheetTable readCsv(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() > MAX_ROWS) {
                    throw new ImportRefusedException("imports.refused.tooManyRows", MAX_ROWS);
                }
                List<Object> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(value == null || value.isEmpty() ? null : value));
                rows.add(new SheetTable.Row((int) record.getRecordNumber(), cells));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRefusedException("imports.refused.csv", e.getMessage());
        }
        return new SheetTable(null, rows);
    }

    private static List<SheetTable> readWorkbook(byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportRefusedException("imports.refused.empty");
            }
            List<SheetTable> tables = new ArrayList<>();
            int total = 0;
            for (Sheet sheet : workbook) {
                total += sheet.getLastRowNum();
                if (total > MAX_ROWS + 10) {
                    throw new ImportRefusedException("imports.refused.tooManyRows", MAX_ROWS);
                }
                List<SheetTable.Row> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(value(row.getCell(c)));
                    }
                    rows.add(new SheetTable.Row(row.getRowNum() + 1, cells));
                }
                tables.add(new SheetTable(sheet.getSheetName(), rows));
            }
            return tables;
        } catch (EncryptedDocumentException e) {
            throw new ImportRefusedException("imports.refused.encrypted");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRefusedException refused) {
                throw refused;
            }
            throw new ImportRefusedException("imports.refused.workbook");
        }
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s == null || s.isEmpty() ? null : s;
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue()
                    : new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> "#ERROR";
            default -> null;
        };
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11
                && (b[3] & 0xFF) == 0xE0;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
