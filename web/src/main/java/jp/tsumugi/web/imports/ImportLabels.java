package jp.tsumugi.web.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.ResidenceStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a file may use: column headers and the values of choice columns, in Japanese and in English (the same
 * labels the pages show), plus the enum names.
 */
@Component
class ImportLabels {

    static final Locale JAPANESE = Locale.JAPANESE;

    static final Locale ENGLISH = Locale.ENGLISH;

    /** The choice columns: field to the enum and the message-key prefix of its labels. */
    private record Choice(Class<? extends Enum<?>> type, String prefix, List<String> extraAliases) {
    }

    private static final Map<String, Choice> CHOICES = Map.of(
            "sex", new Choice(Sex.class, "imports.sex.", List.of("MALE=男", "MALE=m", "FEMALE=女", "FEMALE=f")),
            "residenceStatus", new Choice(ResidenceStatus.class, "workers.residence.", List.of()),
            "kind", new Choice(MemberKind.class, "members.kind.", List.of()),
            "industry", new Choice(Industry.class, "sites.industry.", List.of()));

    /** How the §35 notice records sex; stored as the name. */
    enum Sex { MALE, FEMALE }

    private final MessageSource messages;

    ImportLabels(MessageSource messages) {
        this.messages = messages;
    }

    String header(ImportKind kind, ImportColumn column, Locale locale) {
        return messages.getMessage(column.headerKey(kind), null, locale);
    }

    /** Header match keys (both languages) to fields. */
    Map<String, String> headerKeys(ImportKind kind) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (ImportColumn column : kind.columns()) {
            keys.put(CellValues.matchKey(header(kind, column, JAPANESE)), column.field());
            keys.putIfAbsent(CellValues.matchKey(header(kind, column, ENGLISH)), column.field());
            keys.putIfAbsent(CellValues.matchKey(column.field()), column.field());
        }
        return keys;
    }

    /** The enum constant a choice cell names, or null if the text names none. */
    Enum<?> choice(String field, String text) {
        Choice choice = CHOICES.get(field);
        String key = CellValues.matchKey(text);
        for (Enum<?> constant : choice.type().getEnumConstants()) {
            if (key.equals(CellValues.matchKey(constant.name()))
                    || key.equals(CellValues.matchKey(label(choice, constant, JAPANESE)))
                    || key.equals(CellValues.matchKey(label(choice, constant, ENGLISH)))) {
                return constant;
            }
        }
        for (String alias : choice.extraAliases()) {
            String[] parts = alias.split("=");
            if (key.equals(CellValues.matchKey(parts[1]))) {
                return constantNamed(choice, parts[0]);
            }
        }
        return null;
    }

    /** The labels a choice column accepts, as the page lists them. */
    List<String> choiceLabels(String field, Locale locale) {
        Choice choice = CHOICES.get(field);
        List<String> labels = new ArrayList<>();
        for (Enum<?> constant : choice.type().getEnumConstants()) {
            labels.add(label(choice, constant, locale).replaceAll("[（(].*[)）]", "").strip());
        }
        return labels;
    }

    boolean isChoice(String field) {
        return CHOICES.containsKey(field);
    }

    private String label(Choice choice, Enum<?> constant, Locale locale) {
        return messages.getMessage(choice.prefix() + constant.name(), null, constant.name(), locale);
    }

    private static Enum<?> constantNamed(Choice choice, String name) {
        for (Enum<?> constant : choice.type().getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalStateException(name);
    }
}
