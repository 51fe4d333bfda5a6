package jp.tsumugi.web.imports;

import static jp.tsumugi.web.imports.ImportColumn.optional;
import static jp.tsumugi.web.imports.ImportColumn.required;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a file imports, and its columns in template order. */
public enum ImportKind {

    WORKERS(List.of(required("code", ColumnType.CODE), required("name", ColumnType.TEXT),
            optional("sex", ColumnType.CHOICE), optional("birthDate", ColumnType.DATE),
            optional("hiredOn", ColumnType.DATE), optional("latitude", ColumnType.NUMBER),
            optional("longitude", ColumnType.NUMBER), optional("openEnded", ColumnType.YES_NO),
            optional("residenceStatus", ColumnType.CHOICE), required("monthlyTargetHours", ColumnType.HOURS),
            optional("dailyCapHours", ColumnType.HOURS), optional("noNightWork", ColumnType.YES_NO),
            optional("requiredBuddy", ColumnType.CODE), optional("legalRestDay", ColumnType.WEEKDAY),
            optional("minTotalHours", ColumnType.HOURS), optional("maxTotalHours", ColumnType.HOURS),
            optional("minConsecutiveWorkDays", ColumnType.INTEGER),
            optional("maxConsecutiveWorkDays", ColumnType.INTEGER),
            optional("minConsecutiveDaysOff", ColumnType.INTEGER), optional("maxWeekendsWorked", ColumnType.INTEGER),
            optional("healthInsurance", ColumnType.YES_NO), optional("pensionInsurance", ColumnType.YES_NO),
            optional("employmentInsurance", ColumnType.YES_NO), optional("agreementCovered", ColumnType.YES_NO),
            optional("paidLeaveDaysGranted", ColumnType.INTEGER), optional("skills", ColumnType.HELD_SKILLS))),

    MEMBERS(List.of(required("code", ColumnType.CODE), required("name", ColumnType.TEXT),
            optional("kind", ColumnType.CHOICE))),

    SITES(List.of(required("code", ColumnType.CODE), required("member", ColumnType.CODE),
            required("name", ColumnType.TEXT), optional("address", ColumnType.TEXT),
            optional("latitude", ColumnType.NUMBER), optional("longitude", ColumnType.NUMBER),
            optional("municipalityCode", ColumnType.CODE), required("industry", ColumnType.CHOICE),
            optional("agricultureExempt", ColumnType.YES_NO), optional("skills", ColumnType.SKILLS))),

    DEMAND(List.of(required("code", ColumnType.CODE), required("site", ColumnType.CODE),
            required("jobType", ColumnType.CODE), required("from", ColumnType.DATE), required("to", ColumnType.DATE),
            optional("weekdays", ColumnType.WEEKDAYS), required("start", ColumnType.TIME),
            required("end", ColumnType.TIME), optional("breakMinutes", ColumnType.INTEGER),
            optional("required", ColumnType.INTEGER), optional("optional", ColumnType.INTEGER),
            optional("priority", ColumnType.INTEGER), optional("skipHolidays", ColumnType.YES_NO),
            optional("skills", ColumnType.SKILLS), optional("note", ColumnType.TEXT)));

    private final List<ImportColumn> columns;

    ImportKind(List<ImportColumn> columns) {
        this.columns = columns;
    }

    List<ImportColumn> columns() {
        return columns;
    }

    /** As in addresses and message keys: workers, members, sites, demand. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ImportKind> of(String key) {
        for (ImportKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
