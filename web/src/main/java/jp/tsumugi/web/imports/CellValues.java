package jp.tsumugi.web.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads cell values the way a Japanese office types them: full-width digits, 2026/4/1, 2026年4月1日, 令和8年4月1日,
 * Excel dates and times, 8:00 or 8時30分, ○/×, はい/いいえ. A value that cannot be read throws {@link Unreadable}
 * with the message key that says why.
 */
final class CellValues {

    static final class Unreadable extends Exception {

        final String key;

        final transient Object[] arguments;

        Unreadable(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }

    private static final Pattern WESTERN_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:\\s*\\(.\\))?(?:\\s+0{1,2}:00(?::00)?)?");

    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private static final Pattern JAPANESE_DATE = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHR])\\s*(\\d{1,2}|元)\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:時]\\s*(\\d{1,2})?\\s*分?(?::(\\d{2}))?");

    private static final Map<String, JapaneseEra> ERAS = Map.of("明治", JapaneseEra.MEIJI, "M", JapaneseEra.MEIJI,
            "大正", JapaneseEra.TAISHO, "T", JapaneseEra.TAISHO, "昭和", JapaneseEra.SHOWA, "S", JapaneseEra.SHOWA,
            "平成", JapaneseEra.HEISEI, "H", JapaneseEra.HEISEI, "令和", JapaneseEra.REIWA, "R", JapaneseEra.REIWA);

    private static final Set<String> YES = Set.of("○", "〇", "◯", "●", "✓", "✔", "レ", "はい", "有", "あり", "有り", "要",
            "する", "対象", "yes", "y", "true", "1");

    private static final Set<String> NO = Set.of("×", "✕", "-", "－", "ー", "いいえ", "無", "なし", "無し", "不要", "しない",
            "対象外", "no", "n", "false", "0");

    private static final String WEEKDAY_CHARS = "月火水木金土日";

    private CellValues() {
    }

    /** Full-width letters and digits made half-width, spaces (also 全角) trimmed; null for blank. */
    static String normalized(Object raw) {
        String text = text(raw);
        return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
    }

    /** The cell as text, as typed: numbers without a trailing .0, dates as 2026-04-01; null for blank. */
    static String text(Object raw) {
        if (raw == null) {
            return null;
        }
        String text;
        if (raw instanceof BigDecimal number) {
            text = number.scale() <= 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        } else if (raw instanceof LocalDateTime dateTime) {
            text = dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                    : dateTime.toString().replace('T', ' ');
        } else {
            text = raw.toString();
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    static BigDecimal number(Object raw, String unitSuffix) throws Unreadable {
        if (raw instanceof BigDecimal number) {
            return number;
        }
        String text = normalized(raw);
        if (text == null) {
            return null;
        }
        String digits = text.replace(",", "").replace(" ", "");
        if (unitSuffix != null) {
            for (String suffix : unitSuffix.split("\\|")) {
                if (digits.toLowerCase(Locale.ROOT).endsWith(suffix)) {
                    digits = digits.substring(0, digits.length() - suffix.length());
                    break;
                }
            }
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new Unreadable("imports.error.number", text);
        }
    }

    static Integer integer(Object raw, String unitSuffix) throws Unreadable {
        BigDecimal number = number(raw, unitSuffix);
        if (number == null) {
            return null;
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw new Unreadable("imports.error.integer", text(raw));
        }
    }

    static LocalDate date(Object raw) throws Unreadable {
        if (raw instanceof LocalDateTime dateTime) {
            return dateTime.toLocalDate();
        }
        if (raw instanceof BigDecimal serial) {
            // an Excel date in a cell without a date format: the day number Excel counts from 1900
            if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(2958465)) <= 0) {
                return DateUtil.getLocalDateTime(serial.doubleValue()).toLocalDate();
            }
            throw new Unreadable("imports.error.date", text(raw));
        }
        String text = normalized(raw);
        if (text == null) {
            return null;
        }
        try {
            Matcher m = WESTERN_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = COMPACT_DATE.matcher(text);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = JAPANESE_DATE.matcher(text);
            if (m.matches()) {
                JapaneseEra era = ERAS.get(m.group(1).toUpperCase(Locale.ROOT));
                int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                return LocalDate.from(JapaneseDate.of(era, year, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4))));
            }
        } catch (DateTimeException e) {
            throw new Unreadable("imports.error.date.invalid", text);
        }
        throw new Unreadable("imports.error.date", text);
    }

    static LocalTime time(Object raw) throws Unreadable {
        if (raw instanceof LocalDateTime dateTime) {
            return dateTime.toLocalTime();
        }
        if (raw instanceof BigDecimal fraction) {
            // a time typed into a cell Excel did not format as a time: a fraction of a day
            if (fraction.signum() >= 0 && fraction.compareTo(BigDecimal.ONE) < 0) {
                long seconds = Math.round(fraction.doubleValue() * 86_400);
                return LocalTime.ofSecondOfDay(seconds % 86_400);
            }
            throw new Unreadable("imports.error.time", text(raw));
        }
        String text = normalized(raw);
        if (text == null) {
            return null;
        }
        Matcher m = TIME.matcher(text);
        if (m.matches()) {
            try {
                return LocalTime.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new Unreadable("imports.error.time", text);
            }
        }
        throw new Unreadable("imports.error.time", text);
    }

    static Boolean yesNo(Object raw) throws Unreadable {
        if (raw instanceof Boolean flag) {
            return flag;
        }
        String text = normalized(raw);
        if (text == null) {
            return null;
        }
        String key = text.toLowerCase(Locale.ROOT);
        if (YES.contains(key)) {
            return true;
        }
        if (NO.contains(key)) {
            return false;
        }
        throw new Unreadable("imports.error.yesNo", text);
    }

    /** 月火水木金, 月・水・金, 月,水,金, 平日, 土日, 毎日 (or blank: every day), or English names. */
    static Set<DayOfWeek> weekdays(Object raw) throws Unreadable {
        String text = normalized(raw);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text == null || text.equals("毎日") || text.equalsIgnoreCase("daily")) {
            return days;
        }
        if (text.equals("平日") || text.equalsIgnoreCase("weekdays")) {
            return EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        }
        for (String part : text.split("[\\s,、・/;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            DayOfWeek english = englishDay(part);
            if (english != null) {
                days.add(english);
                continue;
            }
            String rest = part.replace("曜日", "").replace("曜", "");
            if (rest.isEmpty()) {
                throw new Unreadable("imports.error.weekdays", text);
            }
            for (char c : rest.toCharArray()) {
                int index = WEEKDAY_CHARS.indexOf(c);
                if (index < 0) {
                    throw new Unreadable("imports.error.weekdays", text);
                }
                days.add(DayOfWeek.of(index + 1));
            }
        }
        return days;
    }

    static DayOfWeek weekday(Object raw) throws Unreadable {
        if (normalized(raw) == null) {
            return null;
        }
        Set<DayOfWeek> days = weekdays(raw);
        if (days.size() != 1) {
            throw new Unreadable("imports.error.weekday", normalized(raw));
        }
        return days.iterator().next();
    }

    private static DayOfWeek englishDay(String part) {
        String p = part.toUpperCase(Locale.ROOT);
        if (p.length() < 3 || !p.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(p)) {
                return day;
            }
        }
        return null;
    }

    /** A key for matching labels and headers: NFKC, lower case, without spaces, asterisks and brackets' text. */
    static String matchKey(String label) {
        if (label == null) {
            return "";
        }
        String n = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replaceAll("\\(.*?\\)", "").replaceAll("[\\s*※_\\-]", "");
        return n;
    }
}
