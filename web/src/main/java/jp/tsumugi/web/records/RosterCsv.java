package jp.tsumugi.web.records;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.tsumugi.solver.domain.Slot;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roster as CSV for Excel: UTF-8 with a byte order mark (without it Japanese Excel reads Shift_JIS and garbles
 * the names), CRLF line ends, fields quoted only when they hold a comma, quote or line break. One row per worker-shift
 * with a worker, sorted by worker or by member.
 */
@Component
class RosterCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    enum By { WORKER, MEMBER }

    private static final List<String> COLUMNS = List.of("date", "start", "end", "break", "hours", "workerCode",
            "workerName", "memberCode", "memberName", "site", "jobType", "version");

    private final MessageSource messages;

    RosterCsv(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(RecordRoster source, By by, YearMonth month, Locale locale) {
        List<Slot> slots = (month == null ? source.assigned() : source.assignedIn(month)).stream()
                .sorted(order(by)).toList();
        String version = source.published()
                ? messages.getMessage("records.origin.publishedShort", new Object[] {source.publishedNumber()}, locale)
                : messages.getMessage("records.origin.workingShort", null, locale);
        StringBuilder csv = new StringBuilder();
        line(csv, COLUMNS.stream().map(c -> messages.getMessage("records.csv." + c, null, locale)).toList());
        for (Slot slot : slots) {
            line(csv, List.of(DATE.format(slot.getDate()), TIME.format(slot.getCover().getStartTime()),
                    TIME.format(slot.getCover().getEndTime()), String.valueOf(slot.getCover().getBreakMinutes()),
                    hours(slot.getNetMinutes()), slot.getWorker().getId(), slot.getWorker().getName(),
                    slot.getMember().getId(), slot.getMember().getName(), slot.getSite().getName(),
                    slot.getCover().getJobType().getName(), version));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Comparator<Slot> order(By by) {
        Comparator<Slot> first = by == By.MEMBER ? Comparator.comparing((Slot s) -> s.getMember().getId())
                : Comparator.comparing((Slot s) -> s.getWorker().getId());
        return first.thenComparing(RecordRoster.BY_START);
    }

    /** Hours with up to two decimals and no thousands separator, so Excel reads a number. */
    static String hours(int minutes) {
        return java.math.BigDecimal.valueOf(minutes).divide(java.math.BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(String value) {
        String text = value == null ? "" : value;
        // a cell Excel would take for a formula is shown as text instead
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[0-9.]+")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
