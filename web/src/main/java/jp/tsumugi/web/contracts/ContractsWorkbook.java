package jp.tsumugi.web.contracts;

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
import jp.tsumugi.web.records.SheetWriter;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the contract documents as xlsx with Apache POI, in the records' layout: a label in column A, its value in
 * column {@link #VALUE_COLUMN}, the "not held" note in {@link #NOTE_COLUMN}; dates as dates and times as times.
 */
@Component
class ContractsWorkbook {



    static final int VALUE_COLUMN = SheetWriter.VALUE_COLUMN;

    static final int NOTE_COLUMN = SheetWriter.NOTE_COLUMN;

    static final String CONTENT_TYPE = SheetWriter.CONTENT_TYPE;

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
                w.integer(row, 6, day.breakMinutes());
                w.hours(row, 7, day.netMinutes());
            }
        }
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One sheet written top to bottom. */
    private final class Writer extends SheetWriter {

        Writer(Locale locale, String sheetName) {
            super(messages, locale, sheetName, false);
        }

        void title(String text, String who) {
            Row row = row();
            cell(row, 0, text, title);
            if (who != null) {
                cell(row, VALUE_COLUMN, who, label);
            }
        }

        void source(Source source) {
            cell(row(), 0, msg("contracts.doc.source", source.planName(), source.number(),
                    DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").format(source.publishedAtInJapan())), note);
        }

        void item(Item item) {
            Row row = row();
            cell(row, 0, msg(item.labelKey()), label);
            if (item.valueKey() != null) {
                cell(row, VALUE_COLUMN, msg(item.valueKey()), wrap);
            } else if (item.text() != null) {
                cell(row, VALUE_COLUMN, item.text(), wrap);
            }
            if (!item.held()) {
                cell(row, NOTE_COLUMN, msg("contracts.field.notHeld"), note);
            }
        }
    }
}
