package jp.tsumugi.web.demand;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.tsumugi.web.skills.Skill;
import org.springframework.context.MessageSource;

/**
 * What a member's proposed change would change in a planned pattern, field by field, as the secretariat reads it side
 * by side before accepting. Values are rendered in the reader's language; only fields that differ are listed.
 */
public final class DemandChanges {

    /** One changed field: its label's message key and the value now and after the change. */
    public record Change(String labelKey, String before, String after) {
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private DemandChanges() {
    }

    /** The fields that differ between the planned pattern and the proposal, in the form's order. */
    public static List<Change> between(DemandPattern before, DemandPattern after, MessageSource messages,
            Locale locale) {
        List<Change> changes = new ArrayList<>();
        add(changes, "demand.field.site", before.getSite().getName(), after.getSite().getName());
        add(changes, "demand.field.jobType", before.getJobType().getName(), after.getJobType().getName());
        add(changes, "demand.field.priority", before.getPriority(), after.getPriority());
        add(changes, "demand.field.from", before.getFrom(), after.getFrom());
        add(changes, "demand.field.to", before.getTo(), after.getTo());
        add(changes, "demand.field.weekdays", weekdays(before.getWeekdayList(), messages, locale),
                weekdays(after.getWeekdayList(), messages, locale));
        add(changes, "demand.field.start", time(before.getStart()), time(after.getStart()));
        add(changes, "demand.field.end", time(before.getEnd()), time(after.getEnd()));
        add(changes, "demand.field.breakMinutes", before.getBreakMinutes(), after.getBreakMinutes());
        add(changes, "demand.field.required", before.getRequired(), after.getRequired());
        add(changes, "demand.field.optional", before.getOptional(), after.getOptional());
        add(changes, "demand.field.skipHolidays", yesNo(before.isSkipHolidays(), messages, locale),
                yesNo(after.isSkipHolidays(), messages, locale));
        add(changes, "demand.field.requiredSkills", skills(before), skills(after));
        add(changes, "demand.field.note", before.getNote(), after.getNote());
        add(changes, "memberportal.weather.legend", weather(before, messages, locale),
                weather(after, messages, locale));
        return changes;
    }

    private static void add(List<Change> changes, String labelKey, Object before, Object after) {
        String b = before == null ? "" : before.toString();
        String a = after == null ? "" : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(new Change(labelKey, b.isEmpty() ? "—" : b, a.isEmpty() ? "—" : a));
        }
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.format(HH_MM);
    }

    private static String weekdays(List<DayOfWeek> days, MessageSource messages, Locale locale) {
        if (days.isEmpty()) {
            return messages.getMessage("demand.weekdays.every", null, locale);
        }
        return days.stream().map(d -> messages.getMessage("workers.weekday.short." + d, null, locale))
                .collect(Collectors.joining(" "));
    }

    private static String yesNo(boolean value, MessageSource messages, Locale locale) {
        return messages.getMessage(value ? "memberportal.yes" : "memberportal.no", null, locale);
    }

    private static String skills(DemandPattern pattern) {
        return pattern.getRequiredSkills().stream().map(Skill::getName).sorted().collect(Collectors.joining(", "));
    }

    private static String weather(DemandPattern pattern, MessageSource messages, Locale locale) {
        WeatherNote note = WeatherNote.of(pattern);
        return note == null ? messages.getMessage("memberportal.weather.none", null, locale)
                : note.text(messages, locale);
    }
}
