package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the documents as xlsx with Apache POI: numbers as numbers, dates as dates, times as times (fractions of a
 * day), so that a secretariat can add them up in Excel. Labels come from the message bundles in the given locale.
 */
@Component
class RecordsWorkbook {

    /** Labels of label–value rows start in column A and may run over B and C: the value stands in D. */
    static final int VALUE_COLUMN = SheetWriter.VALUE_COLUMN;

    static final int NOTE_COLUMN = SheetWriter.NOTE_COLUMN;

    static final String CONTENT_TYPE = SheetWriter.CONTENT_TYPE;

    private final MessageSource messages;

    RecordsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    byte[] ledger(Ledger ledger, Locale locale) {
        try (Writer w = new Writer(locale, msg("records.ledger.title", locale))) {
            w.title(msg("records.ledger.title", locale), ledger.month(), ledger.workerName());
            w.origin(ledger.origin());
            w.blank();
            w.section(msg("records.ledger.workerSection", locale));
            ledger.workerFields().forEach(w::field);
            for (Ledger.Dispatch dispatch : ledger.dispatches()) {
                w.blank();
                w.section(msg("records.ledger.dispatchSection", locale, dispatch.memberName(), dispatch.siteName()));
                dispatch.fields().forEach(w::field);
            }
            w.blank();
            w.section(msg("records.ledger.daysSection", locale));
            w.header("records.col.date", "records.col.weekday", "records.col.member", "records.col.site",
                    "records.col.jobType", "records.col.start", "records.col.end", "records.col.breakMinutes",
                    "records.col.plannedHours", "records.col.actualStart", "records.col.actualEnd",
                    "records.col.actualBreakMinutes", "records.col.actualHours");
            for (Ledger.Day day : ledger.days()) {
                Row row = w.row();
                w.date(row, 0, day.date());
                w.text(row, 1, weekday(day.date(), locale));
                w.text(row, 2, day.memberName());
                w.text(row, 3, day.siteName());
                w.text(row, 4, day.jobTypeName());
                if (day.planned()) {
                    w.time(row, 5, day.start());
                    w.time(row, 6, day.end());
                    w.integer(row, 7, day.breakMinutes());
                    w.hours(row, 8, day.plannedMinutes());
                }
                if (day.hasActual()) {
                    w.time(row, 9, day.actualStart());
                    w.time(row, 10, day.actualEnd());
                    w.integer(row, 11, day.actualBreakMinutes());
                    w.hours(row, 12, day.actualMinutes());
                }
            }
            Row total = w.row();
            w.label(total, 0, msg("records.col.total", locale));
            w.hours(total, 8, ledger.plannedMinutes());
            if (ledger.anyActual()) {
                w.hours(total, 12, ledger.actualMinutes());
            }
            w.blank();
            w.note(msg("records.actual.fromMembers", locale));
            w.widths(12, 6, 22, 22, 16, 8, 8, 9, 10, 10, 10, 9, 10);
            return w.bytes();
        }
    }

    byte[] invoice(Invoice invoice, Locale locale) {
        try (Writer w = new Writer(locale, msg("records.invoice.sheet", locale))) {
            w.title(msg(invoice.registrationNumber() == null ? "records.invoice.title" : "records.invoice.titleQualified",
                    locale), invoice.month(), null);
            Row to = w.row();
            w.text(to, 0, msg("records.invoice.to", locale, invoice.memberName()));
            w.blank();
            w.pair(msg("records.invoice.issuer", locale), invoice.issuerName());
            w.pair(msg("records.invoice.issuerAddress", locale), invoice.issuerAddress());
            w.pair(msg("records.invoice.issuerPhone", locale), invoice.issuerPhone());
            w.pair(msg("records.invoice.registrationNumber", locale), invoice.registrationNumber());
            Row issued = w.row();
            w.label(issued, 0, msg("records.invoice.issuedOn", locale));
            w.date(issued, VALUE_COLUMN, invoice.issuedOn());
            w.pair(msg("records.invoice.period", locale), msg("records.month", locale, invoice.month().getYear(),
                    invoice.month().getMonthValue()));
            Row fee = w.row();
            w.label(fee, 0, msg("records.invoice.feePerHour", locale));
            w.yen(fee, VALUE_COLUMN, invoice.feePerHourYen());
            w.pair(msg("records.invoice.basis", locale), basis(invoice, locale));
            if (invoice.actual()) {
                Row planned = w.row();
                w.label(planned, 0, msg("records.invoice.plannedHours", locale));
                w.hours(planned, VALUE_COLUMN, invoice.plannedMinutes());
            }
            w.origin(invoice.origin());
            w.blank();
            w.header("records.col.date", "records.col.weekday", "records.col.worker", "records.col.site",
                    "records.col.start", "records.col.end", "records.col.breakMinutes", "records.col.hours",
                    "records.col.amount");
            for (Invoice.Line line : invoice.lines()) {
                Row row = w.row();
                w.date(row, 0, line.date());
                w.text(row, 1, weekday(line.date(), locale));
                w.text(row, 2, line.workerName());
                w.text(row, 3, line.siteName());
                w.time(row, 4, line.start());
                w.time(row, 5, line.end());
                w.integer(row, 6, line.breakMinutes());
                w.hours(row, 7, line.minutes());
                w.yen(row, 8, line.amountYen());
            }
            w.blank();
            Row hours = w.row();
            w.label(hours, 6, msg("records.invoice.totalHours", locale));
            w.hours(hours, 7, invoice.totalMinutes());
            Row subtotal = w.row();
            w.label(subtotal, 6, msg("records.invoice.subtotal", locale, invoice.taxPercent()));
            w.yen(subtotal, 8, invoice.subtotalYen());
            Row tax = w.row();
            w.label(tax, 6, msg("records.invoice.tax", locale, invoice.taxPercent()));
            w.yen(tax, 8, invoice.taxYen());
            Row total = w.row();
            w.label(total, 6, msg("records.invoice.total", locale));
            w.yen(total, 8, invoice.totalYen());
            w.blank();
            w.note(msg("records.invoice.rounding", locale));
            if (invoice.paymentNote() != null && !invoice.paymentNote().isBlank()) {
                w.pair(msg("records.invoice.paymentNote", locale), invoice.paymentNote());
            }
            w.widths(12, 6, 18, 22, 8, 8, 14, 10, 12);
            return w.bytes();
        }
    }

    byte[] hours(HoursReport report, Locale locale) {
        try (Writer w = new Writer(locale, msg("records.hours.sheet", locale))) {
            w.title(msg("records.hours.title", locale), report.month(), report.workerName());
            w.origin(report.origin());
            w.blank();
            w.header("records.col.date", "records.col.weekday", "records.col.site", "records.col.start",
                    "records.col.end", "records.col.breakMinutes", "records.col.plannedHours",
                    "records.col.overtimeHours", "records.col.nightHours", "records.col.holidayHours",
                    "records.col.paidLeave", "records.col.actualHours", "records.col.countedOn");
            for (HoursReport.Day day : report.days()) {
                Row row = w.row();
                w.date(row, 0, day.date());
                w.text(row, 1, weekday(day.date(), locale));
                if (day.worked()) {
                    w.text(row, 2, day.places());
                    if (day.scheduled()) {
                        w.time(row, 3, day.start());
                        w.time(row, 4, day.end());
                        w.integer(row, 5, day.breakMinutes());
                    }
                    w.hours(row, 6, day.workMinutes());
                    w.hours(row, 7, day.overtimeMinutes());
                    w.hours(row, 8, day.nightMinutes());
                    w.hours(row, 9, day.holidayMinutes());
                    if (day.actualMinutes() != null) {
                        w.hours(row, 11, day.actualMinutes());
                    }
                    w.text(row, 12, msg(day.fromActual() ? "records.hours.counted.actual"
                            : "records.hours.counted.planned", locale));
                }
                if (day.paidLeave()) {
                    w.text(row, 10, msg("records.hours.paidLeaveMark", locale));
                }
            }
            Row total = w.row();
            w.label(total, 0, msg("records.col.total", locale));
            w.hours(total, 6, report.workMinutes());
            w.hours(total, 7, report.overtimeMinutes());
            w.hours(total, 8, report.nightMinutes());
            w.hours(total, 9, report.holidayMinutes());
            if (report.anyActual()) {
                w.hours(total, 11, report.actualMinutes());
            }
            w.blank();
            w.note(msg(report.anyActual() ? "records.hours.actualNote" : "records.actual.notYet", locale));
            w.blank();
            w.section(msg("records.hours.limitsSection", locale));
            Row limitsHeader = w.row();
            w.headerCell(limitsHeader, 0, "records.col.item");
            w.headerCell(limitsHeader, VALUE_COLUMN, "records.col.hours");
            w.headerCell(limitsHeader, VALUE_COLUMN + 1, "records.col.limitHours");
            w.headerCell(limitsHeader, VALUE_COLUMN + 2, "records.col.share");
            w.headerCell(limitsHeader, VALUE_COLUMN + 3, "records.col.status");
            for (HoursReport.Limit limit : report.limits()) {
                Row row = w.row();
                w.text(row, 0, msg(limit.labelKey(), locale));
                w.hours(row, VALUE_COLUMN, limit.minutes());
                w.hours(row, VALUE_COLUMN + 1, limit.limitMinutes());
                w.percent(row, VALUE_COLUMN + 2,
                        limit.limitMinutes() == 0 ? 0 : (double) limit.minutes() / limit.limitMinutes());
                w.text(row, VALUE_COLUMN + 3, msg("records.level." + limit.level().name(), locale));
            }
            w.blank();
            w.section(msg("records.hours.leaveSection", locale));
            HoursReport.PaidLeave leave = report.paidLeave();
            if (leave.yearFrom() == null) {
                w.note(msg("records.hours.leave.noYear", locale));
            } else {
                Row year = w.row();
                w.label(year, 0, msg("records.hours.leave.year", locale));
                w.date(year, VALUE_COLUMN, leave.yearFrom());
                w.date(year, VALUE_COLUMN + 1, leave.yearTo());
                Row granted = w.row();
                w.label(granted, 0, msg("records.hours.leave.granted", locale));
                if (leave.grantedDays() != null) {
                    w.number(granted, VALUE_COLUMN, leave.grantedDays());
                }
                Row taken = w.row();
                w.label(taken, 0, msg("records.hours.leave.taken", locale));
                w.number(taken, VALUE_COLUMN, leave.takenDays());
                w.pair(msg("records.hours.leave.duty", locale), !leave.dutyApplies()
                        ? msg("records.hours.leave.dutyNone", locale)
                        : leave.dutyMet() ? msg("records.hours.leave.dutyMet", locale)
                        : msg("records.hours.leave.dutyMissing", locale, leave.missingDays()));
            }
            w.widths(12, 6, 26, 8, 8, 9, 10, 10, 10, 12, 8, 10, 8);
            return w.bytes();
        }
    }

    byte[] annual(AnnualReport report, Locale locale) {
        try (Writer w = new Writer(locale, msg("records.annual.sheet", locale))) {
            Row head = w.row();
            w.titleCell(head, msg("records.annual.title", locale));
            w.label(head, 3, msg("records.annual.fiscalYear", locale, report.fiscalYear()));
            w.label(head, 5, report.cooperativeName());
            Row period = w.row();
            w.label(period, 0, msg("records.annual.period", locale));
            w.date(period, VALUE_COLUMN, report.from());
            w.date(period, VALUE_COLUMN + 1, report.to());
            report.sources().forEach(w::origin);
            if (report.sources().isEmpty()) {
                w.note(msg("records.annual.noPlans", locale));
            }
            w.note(msg("records.annual.basisNote", locale));

            w.blank();
            w.section(msg("records.annual.workersSection", locale));
            Row workersHeader = w.row();
            w.headerCell(workersHeader, 0, "records.col.worker");
            w.headerCell(workersHeader, 1, "records.annual.col.hours");
            w.headerCell(workersHeader, 2, "records.annual.col.targetHours");
            w.headerCell(workersHeader, 3, "records.annual.col.utilisation");
            w.headerCell(workersHeader, 4, "records.annual.col.membersServed");
            for (AnnualReport.WorkerColumn worker : report.workers()) {
                Row row = w.row();
                w.text(row, 0, worker.name());
                w.hours(row, 1, worker.minutes());
                w.hours(row, 2, worker.targetMinutes());
                if (worker.targetMinutes() > 0) {
                    w.percent(row, 3, (double) worker.minutes() / worker.targetMinutes());
                }
                w.integer(row, 4, worker.membersServed());
            }

            w.blank();
            w.section(msg("records.annual.membersSection", locale));
            Row membersHeader = w.row();
            w.headerCell(membersHeader, 0, "records.col.member");
            w.headerCell(membersHeader, 1, "records.annual.col.kind");
            int column = 2;
            for (AnnualReport.WorkerColumn worker : report.workers()) {
                w.headerText(membersHeader, column++, worker.name());
            }
            int totalColumn = column;
            w.headerCell(membersHeader, totalColumn, "records.annual.col.hours");
            w.headerCell(membersHeader, totalColumn + 1, "records.annual.col.subtotal");
            w.headerCell(membersHeader, totalColumn + 2, "records.annual.col.tax");
            w.headerCell(membersHeader, totalColumn + 3, "records.annual.col.total");
            w.headerCell(membersHeader, totalColumn + 4, "records.annual.col.actualMonths");
            for (AnnualReport.MemberRow member : report.members()) {
                Row row = w.row();
                w.text(row, 0, member.name());
                w.text(row, 1, msg("records.annual.kind." + member.kind().name(), locale));
                int c = 2;
                for (AnnualReport.WorkerColumn worker : report.workers()) {
                    w.hours(row, c++, member.minutesOf(worker.code()));
                }
                w.hours(row, totalColumn, member.minutes());
                w.yen(row, totalColumn + 1, member.subtotalYen());
                w.yen(row, totalColumn + 2, member.taxYen());
                w.yen(row, totalColumn + 3, member.totalYen());
                w.integer(row, totalColumn + 4, member.actualMonths());
            }
            Row membersTotal = w.row();
            w.label(membersTotal, 0, msg("records.annual.yearTotal", locale));
            int c = 2;
            for (AnnualReport.WorkerColumn worker : report.workers()) {
                w.hours(membersTotal, c++, worker.minutes());
            }
            w.hours(membersTotal, totalColumn, report.totalMinutes());
            w.yen(membersTotal, totalColumn + 1, report.subtotalYen());
            w.yen(membersTotal, totalColumn + 2, report.taxYen());
            w.yen(membersTotal, totalColumn + 3, report.totalYen());
            Row fee = w.row();
            w.label(fee, 0, msg("records.invoice.feePerHour", locale));
            w.yen(fee, VALUE_COLUMN, report.feePerHourYen());

            w.blank();
            w.section(msg("records.annual.nonMemberSection", locale));
            AnnualReport.NonMemberUse use = report.nonMemberUse();
            Row members = w.row();
            w.label(members, 0, msg("records.annual.use.members", locale));
            w.hours(members, VALUE_COLUMN, use.memberMinutes());
            Row nonMembers = w.row();
            w.label(nonMembers, 0, msg("records.annual.use.nonMembers", locale));
            w.hours(nonMembers, VALUE_COLUMN, use.nonMemberMinutes());
            Row municipalities = w.row();
            w.label(municipalities, 0, msg("records.annual.use.municipalities", locale));
            w.hours(municipalities, VALUE_COLUMN, use.municipalityMinutes());
            Row share = w.row();
            w.label(share, 0, msg("records.annual.use.share", locale));
            if (use.share() != null) {
                w.percent(share, VALUE_COLUMN, use.share());
            }
            w.percent(share, VALUE_COLUMN + 1, use.allCapPercent() / 100.0);
            if (use.allowance()) {
                Row others = w.row();
                w.label(others, 0, msg("records.annual.use.othersShare", locale));
                if (use.othersShare() != null) {
                    w.percent(others, VALUE_COLUMN, use.othersShare());
                }
                w.percent(others, VALUE_COLUMN + 1, use.capPercent() / 100.0);
            }
            w.pair(msg("records.annual.use.verdict", locale), msg(use.withinCaps() ? "records.annual.use.within"
                    : "records.annual.use.over", locale));
            w.note(msg(use.allowance() ? "records.annual.use.noteAllowance" : "records.annual.use.note", locale,
                    use.capPercent(), use.withMunicipalitiesCapPercent()));

            w.blank();
            w.section(msg("records.annual.monthsSection", locale));
            Row monthsHeader = w.row();
            w.headerCell(monthsHeader, 0, "records.choose.month");
            w.headerCell(monthsHeader, 1, "records.annual.col.hours");
            w.headerCell(monthsHeader, 2, "records.annual.col.targetHours");
            w.headerCell(monthsHeader, 3, "records.annual.col.utilisation");
            w.headerCell(monthsHeader, 4, "records.annual.col.subtotal");
            for (AnnualReport.MonthRow month : report.months()) {
                Row row = w.row();
                w.text(row, 0, msg("records.month", locale, month.month().getYear(), month.month().getMonthValue()));
                w.hours(row, 1, month.minutes());
                w.hours(row, 2, month.targetMinutes());
                if (month.utilisation() != null) {
                    w.percent(row, 3, month.utilisation());
                }
                w.yen(row, 4, month.subtotalYen());
            }
            Row monthsTotal = w.row();
            w.label(monthsTotal, 0, msg("records.annual.yearTotal", locale));
            w.hours(monthsTotal, 1, report.totalMinutes());
            w.hours(monthsTotal, 2, report.months().stream().mapToLong(AnnualReport.MonthRow::targetMinutes).sum());
            if (report.utilisation() != null) {
                w.percent(monthsTotal, 3, report.utilisation());
            }
            w.yen(monthsTotal, 4, report.subtotalYen());
            int[] widths = new int[totalColumn + 5];
            java.util.Arrays.fill(widths, 10);
            widths[0] = 24;
            widths[1] = 12;
            w.widths(widths);
            return w.bytes();
        }
    }

    /** Which hours the invoice charges, in words. */
    String basis(Invoice invoice, Locale locale) {
        return invoice.actual()
                ? msg("records.invoice.basis.actual", locale,
                        DateTimeFormatter.ofPattern("uuuu/MM/dd").format(invoice.actualSubmittedAtInJapan()))
                : msg("records.invoice.basis.planned", locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static String weekday(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    }

    /** One sheet being written top to bottom. */
    private final class Writer extends SheetWriter {

        Writer(Locale locale, String sheetName) {
            super(messages, locale, sheetName, true);
        }

        void title(String text, YearMonth month, String who) {
            Row row = row();
            cell(row, 0, text, title);
            cell(row, 3, msg("records.month", month.getYear(), month.getMonthValue()), label);
            if (who != null) {
                cell(row, 5, who, label);
            }
        }

        void origin(RecordRoster.Origin origin) {
            Row row = row();
            cell(row, 0, origin.isPublished()
                    ? msg("records.origin.published", origin.planName(), origin.publishedNumber(),
                            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm").format(origin.publishedAtInJapan()))
                    : msg("records.origin.working", origin.planName()), note);
        }

        void field(Field field) {
            Row row = row();
            cell(row, 0, msg(field.labelKey()), label);
            if (field.valueKey() != null) {
                cell(row, VALUE_COLUMN, msg(field.valueKey()), null);
            } else if (field.text() != null) {
                cell(row, VALUE_COLUMN, field.text(), null);
            }
            if (!field.held()) {
                cell(row, NOTE_COLUMN, msg("records.field.notHeld"), note);
            }
        }
    }
}
