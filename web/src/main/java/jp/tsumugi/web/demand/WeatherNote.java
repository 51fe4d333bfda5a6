package jp.tsumugi.web.demand;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * A pattern's weather fallback as people read it ("雨天時: …"), detached from the entity so that it can travel to the
 * worker's schedule, the iCalendar feed and the member's roster. Pages render it with {@link #messageKey()} and
 * {@link #arguments()}; the feed with {@link #text(MessageSource, Locale)}.
 *
 * @param siteName    the rain alternative's other site, or null
 * @param jobTypeName the rain alternative's other job type, or null
 */
public record WeatherNote(WeatherFallback kind, String task, String siteName, String jobTypeName,
        LocalTime halfDayEnd) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** The pattern's fallback, or null when it offers none. Reads the rain site and job type: call in a session. */
    public static WeatherNote of(DemandPattern pattern) {
        if (pattern == null || pattern.getWeatherFallback() == null
                || pattern.getWeatherFallback() == WeatherFallback.NONE) {
            return null;
        }
        return new WeatherNote(pattern.getWeatherFallback(), pattern.getRainTask(),
                pattern.getRainSite() == null ? null : pattern.getRainSite().getName(),
                pattern.getRainJobType() == null ? null : pattern.getRainJobType().getName(),
                pattern.getHalfDayEnd());
    }

    public String messageKey() {
        if (kind == WeatherFallback.HALF_DAY) {
            return "memberportal.weather.text.halfDay";
        }
        return where() == null ? "memberportal.weather.text.rainTask" : "memberportal.weather.text.rainTaskAt";
    }

    public Object[] arguments() {
        if (kind == WeatherFallback.HALF_DAY) {
            return new Object[] {halfDayEnd == null ? "" : halfDayEnd.format(HH_MM)};
        }
        return new Object[] {task == null ? "" : task, where() == null ? "" : where()};
    }

    /** The other site and job type of a rain alternative, joined; null when it names neither. */
    public String where() {
        String joined = Stream.of(siteName, jobTypeName).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" / "));
        return joined.isEmpty() ? null : joined;
    }

    public String text(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey(), arguments(), locale);
    }
}
