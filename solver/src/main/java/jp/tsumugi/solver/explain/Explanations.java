package jp.tsumugi.solver.explain;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a {@link RuleBreak} in words a secretariat understands, Japanese first ("山田さん: 7月5日〜7月11日の週
 * 52時間（上限 40時間）"). Templates live in {@code messages*.properties} beside this class, one per rule id; the
 * web layer may use its own MessageSource with the same keys.
 */
public final class Explanations {
    private static final String BUNDLE = "jp.tsumugi.solver.explain.messages";

    private Explanations() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static boolean japanese(Locale locale) {
        return "ja".equals(locale.getLanguage());
    }

    public static String title(String ruleId, Locale locale) {
        return text(bundle(locale), "rule." + ruleId + ".title", ruleId);
    }

    public static String render(RuleBreak reason, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String template = text(bundle, reason.messageKey(), null);
        Object[] args = {
                reason.worker() == null ? "" : reason.worker().getName(),
                reason.member() == null ? "" : reason.member().getName(),
                period(reason.from(), reason.to(), locale),
                amount(reason.actual(), reason.unit(), locale),
                amount(reason.limit(), reason.unit(), locale),
        };
        if (template == null) {
            return reason.ruleId() + " " + args[0] + " " + args[2] + " " + args[3] + " / " + args[4];
        }
        return new MessageFormat(template, locale).format(args);
    }

    private static String text(ResourceBundle bundle, String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    static String period(LocalDate from, LocalDate to, Locale locale) {
        if (from == null) {
            return "";
        }
        DateTimeFormatter format = japanese(locale)
                ? DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPANESE)
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        if (to == null || to.equals(from)) {
            return from.format(format);
        }
        return from.format(format) + (japanese(locale) ? "〜" : " – ") + to.format(format);
    }

    static String amount(long value, RuleBreak.Unit unit, Locale locale) {
        boolean ja = japanese(locale);
        return switch (unit) {
            case MINUTES -> minutes(value, ja);
            case DAYS -> ja ? value + "日" : value + (value == 1 ? " day" : " days");
            case WEEKS -> ja ? value + "週" : value + (value == 1 ? " week" : " weeks");
            case COUNT -> ja ? value + "回" : String.valueOf(value);
            case PERCENT -> value + "%";
            case KM -> value + " km";
            case WEIGHT -> ja ? value + "点" : value + " pt";
        };
    }

    static String minutes(long minutes, boolean ja) {
        long h = minutes / 60;
        long m = Math.abs(minutes % 60);
        if (ja) {
            return m == 0 ? h + "時間" : h + "時間" + m + "分";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
