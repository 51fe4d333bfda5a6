package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.memberportal.ActualWork;
import jp.tsumugi.web.members.Member;
import org.springframework.stereotype.Component;

/**
 * Builds a member's monthly invoice: every worker-shift at the member in the month from the roster, or, once the member
 * has submitted the month's actuals, every recorded day (actual start, end and break), at the fee per hour in force
 * (the settings' value, else the solver's default). The subtotal is taken on the month's minutes, so per-line rounding
 * never adds up to a different amount.
 */
@Component
class InvoiceBuilder {

    Invoice build(RecordRoster source, YearMonth month, Member member, Cooperative issuer, RecordSettings settings,
            LocalDate issuedOn, RecordActuals.MemberMonth actuals) {
        long fee = source.roster().getSettings().getFeePerHourYen();
        List<Slot> slots = source.assignedIn(month).stream()
                .filter(slot -> slot.getMember().getId().equals(member.getCode())).toList();
        long planned = slots.stream().mapToLong(Slot::getNetMinutes).sum();
        List<Invoice.Line> lines;
        if (actuals.submitted()) {
            // the sites of each worker's planned day at the member, to name where the recorded work was done
            Map<String, String> sitesByWorkerDay = new LinkedHashMap<>();
            slots.stream().collect(Collectors.groupingBy(slot -> slot.getWorker().getId() + "/" + slot.getDate(),
                            LinkedHashMap::new, Collectors.mapping(slot -> slot.getSite().getName(),
                                    Collectors.collectingAndThen(Collectors.toCollection(java.util.LinkedHashSet::new),
                                            names -> String.join("・", names)))))
                    .forEach(sitesByWorkerDay::put);
            lines = actuals.rows().stream()
                    .sorted(Comparator.comparing(ActualWork::getDate).thenComparing(ActualWork::getStart)
                            .thenComparing(ActualWork::getWorkerCode))
                    .map(row -> {
                        int minutes = RecordActuals.minutes(row);
                        return new Invoice.Line(row.getDate(), row.getWorkerName(),
                                sitesByWorkerDay.get(row.getWorkerCode() + "/" + row.getDate()), row.getStart(),
                                row.getEnd(), row.getBreakMinutes(), minutes, Invoice.fee(minutes, fee));
                    })
                    .toList();
        } else {
            lines = slots.stream()
                    .map(slot -> new Invoice.Line(slot.getDate(), slot.getWorker().getName(), slot.getSite().getName(),
                            slot.getCover().getStartTime(), slot.getCover().getEndTime(),
                            slot.getCover().getBreakMinutes(), slot.getNetMinutes(),
                            Invoice.fee(slot.getNetMinutes(), fee)))
                    .toList();
        }
        long minutes = lines.stream().mapToLong(Invoice.Line::minutes).sum();
        long subtotal = Invoice.fee(minutes, fee);
        int percent = settings.getConsumptionTaxPercent();
        long tax = Invoice.tax(subtotal, percent);
        return new Invoice(source.origin(), month, issuedOn, issuer.getName(), settings.getIssuerAddress(),
                settings.getIssuerPhone(), blankToNull(settings.getInvoiceRegistrationNumber()),
                settings.getPaymentNote(), member.getCode(), member.getName(), fee, lines, minutes, subtotal, percent,
                tax, subtotal + tax, actuals.submitted() ? Invoice.Basis.ACTUAL : Invoice.Basis.PLANNED, planned,
                actuals.submittedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
