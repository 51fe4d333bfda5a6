package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.members.Member;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A member's invoice for a month of a roster, with the cooperative's settings and the member's submitted actuals. */
@Component
class Invoices {

    private final CooperativeRepository cooperatives;
    private final RecordSettingsRepository settings;
    private final InvoiceBuilder builder;
    private final RecordActuals actuals;

    Invoices(CooperativeRepository cooperatives, RecordSettingsRepository settings, InvoiceBuilder builder,
            RecordActuals actuals) {
        this.cooperatives = cooperatives;
        this.settings = settings;
        this.builder = builder;
        this.actuals = actuals;
    }

    /** The member must be of the cooperative (the callers find it scoped). */
    Invoice of(long cooperativeId, RecordRoster roster, YearMonth month, Member member) {
        Cooperative issuer = cooperatives.findById(cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordSettings values = settings.findFirstByCooperativeId(cooperativeId)
                .orElseGet(() -> new RecordSettings(cooperativeId));
        return builder.build(roster, month, member, issuer, values, LocalDate.now(RecordsController.JAPAN),
                actuals.memberMonth(cooperativeId, member.getId(), month));
    }
}
