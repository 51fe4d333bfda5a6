package jp.tsumugi.web.records;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own invoices, as the member portal offers them: only the member the account acts for, only months a
 * published roster covers (what the member was told), each made from the roster published last for that month.
 */
@Service
class MemberInvoices {

    private final RecordSource source;
    private final PublishedVersionRepository versions;
    private final MemberRepository members;
    private final Invoices invoices;

    MemberInvoices(RecordSource source, PublishedVersionRepository versions, MemberRepository members,
            Invoices invoices) {
        this.source = source;
        this.versions = versions;
        this.members = members;
        this.invoices = invoices;
    }

    /** The member the account acts for; 403 for anyone else. */
    @Transactional(readOnly = true)
    Member member(TsumugiUser user) {
        if (user == null || user.getRole() != Role.MEMBER || user.getMemberId() == null
                || user.getCooperativeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return members.findByIdAndCooperativeId(user.getMemberId(), user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** A plan with its latest published version. */
    private record Published(Plan plan, PublishedVersion version) {
    }

    private List<Published> published(long cooperativeId) {
        List<Published> result = new ArrayList<>();
        for (Plan plan : source.plans(cooperativeId)) {
            versions.findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(cooperativeId, plan.getId())
                    .ifPresent(version -> result.add(new Published(plan, version)));
        }
        return result;
    }

    /** The months a published roster covers, newest first. */
    @Transactional(readOnly = true)
    List<YearMonth> months(Member member) {
        TreeSet<YearMonth> months = new TreeSet<>(Comparator.reverseOrder());
        for (Published p : published(member.getCooperativeId())) {
            for (YearMonth m = YearMonth.from(p.plan().getFrom()); !m.isAfter(YearMonth.from(p.plan().getTo()));
                    m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        return List.copyOf(months);
    }

    /** The member's invoice for the month; 404 when no published roster covers the month. */
    @Transactional(readOnly = true)
    Invoice invoice(Member member, String monthText) {
        YearMonth month;
        try {
            month = YearMonth.parse(monthText);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        long c = member.getCooperativeId();
        Optional<Published> last = published(c).stream()
                .filter(p -> !YearMonth.from(p.plan().getFrom()).isAfter(month)
                        && !YearMonth.from(p.plan().getTo()).isBefore(month))
                .max(Comparator.comparing((Published p) -> p.version().getPublishedAt(),
                        Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder())));
        Published chosen = last.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RecordRoster roster = source.load(c, chosen.plan());
        if (!roster.published()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return invoices.of(c, roster, month, member);
    }
}
