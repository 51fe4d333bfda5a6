package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.members.Member;
import org.springframework.stereotype.Component;

/**
 * Builds a member's monthly invoice from the roster: every worker-shift at the member in the month, at the fee per
 * hour in force (the settings' value, else the solver's default). The subtotal is taken on the month's minutes, so
 * per-line rounding never adds up to a different amount.
 */
@Component
class InvoiceBuilder {

    Invoice build(RecordRoster source, YearMonth month, Member member, Cooperative issuer, RecordSettings settings,
            LocalDate issuedOn) {
        long fee = source.roster().getSettings().getFeePerHourYen();
        List<Slot> slots = source.assignedIn(month).stream()
                .filter(slot -> slot.getMember().getId().equals(member.getCode())).toList();
        List<Invoice.Line> lines = slots.stream()
                .map(slot -> new Invoice.Line(slot.getDate(), slot.getWorker().getName(), slot.getSite().getName(),
                        slot.getCover().getStartTime(), slot.getCover().getEndTime(), slot.getCover().getBreakMinutes(),
                        slot.getNetMinutes(), Invoice.fee(slot.getNetMinutes(), fee)))
                .toList();
        long minutes = slots.stream().mapToLong(Slot::getNetMinutes).sum();
        long subtotal = Invoice.fee(minutes, fee);
        int percent = settings.getConsumptionTaxPercent();
        long tax = Invoice.tax(subtotal, percent);
        return new Invoice(source.origin(), month, issuedOn, issuer.getName(), settings.getIssuerAddress(),
                settings.getIssuerPhone(), blankToNull(settings.getInvoiceRegistrationNumber()),
                settings.getPaymentNote(), member.getCode(), member.getName(), fee, lines, minutes, subtotal, percent,
                tax, subtotal + tax);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
