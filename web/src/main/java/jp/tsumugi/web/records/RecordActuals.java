package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.tsumugi.web.memberportal.ActualWork;
import jp.tsumugi.web.members.MemberRepository;
import org.springframework.stereotype.Component;

/**
 * The members' actual hours (派遣先管理台帳, entered in the member portal) as the documents use them: a member's month
 * counts as actual only once the member has submitted it; a worker's days use whatever was recorded. Every query is
 * scoped by cooperative.
 */
@Component
class RecordActuals {

    /**
     * A member's month as submitted; {@code submittedAt} null (and no rows) while the member has not submitted it.
     */
    record MemberMonth(OffsetDateTime submittedAt, List<ActualWork> rows) {

        boolean submitted() {
            return submittedAt != null;
        }
    }

    private final RecordActualRows rows;
    private final RecordActualMonths months;
    private final MemberRepository members;

    RecordActuals(RecordActualRows rows, RecordActualMonths months, MemberRepository members) {
        this.rows = rows;
        this.months = months;
        this.members = members;
    }

    MemberMonth memberMonth(long cooperativeId, long memberId, YearMonth month) {
        return months.findByCooperativeIdAndMemberIdAndMonthStart(cooperativeId, memberId, month.atDay(1))
                .map(submitted -> new MemberMonth(submitted.getSubmittedAt(),
                        rows.findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(cooperativeId,
                                memberId, month.atDay(1), month.atEndOfMonth())))
                .orElse(new MemberMonth(null, List.of()));
    }

    /** The worker's recorded days from–to at every member, keyed by member code and date. */
    Map<String, ActualWork> workerDays(long cooperativeId, String workerCode, LocalDate from, LocalDate to) {
        Map<Long, String> codeById = memberCodes(cooperativeId);
        Map<String, ActualWork> result = new HashMap<>();
        for (ActualWork row : rows.findByCooperativeIdAndWorkerCodeAndDateBetweenOrderByDateAsc(cooperativeId,
                workerCode, from, to)) {
            result.put(key(codeById.get(row.getMemberId()), row.getDate()), row);
        }
        return result;
    }

    /** Every recorded day from–to of the members' submitted months (what was invoiced from actuals). */
    List<ActualWork> submittedBetween(long cooperativeId, LocalDate from, LocalDate to) {
        java.util.Set<String> submitted = new java.util.HashSet<>();
        months.findByCooperativeIdAndMonthStartBetween(cooperativeId, from.withDayOfMonth(1), to)
                .forEach(m -> submitted.add(m.getMemberId() + "/" + YearMonth.from(m.getMonthStart())));
        return rows.findByCooperativeIdAndDateBetweenOrderByDateAsc(cooperativeId, from, to).stream()
                .filter(row -> submitted.contains(row.getMemberId() + "/" + YearMonth.from(row.getDate())))
                .toList();
    }

    /** Submitted member months from–to, as {@code memberCode/YYYY-MM}. */
    java.util.Set<String> submittedMonths(long cooperativeId, LocalDate from, LocalDate to) {
        Map<Long, String> codeById = memberCodes(cooperativeId);
        java.util.Set<String> result = new java.util.HashSet<>();
        months.findByCooperativeIdAndMonthStartBetween(cooperativeId, from.withDayOfMonth(1), to)
                .forEach(m -> result.add(codeById.get(m.getMemberId()) + "/" + YearMonth.from(m.getMonthStart())));
        return result;
    }

    Map<Long, String> memberCodes(long cooperativeId) {
        Map<Long, String> codeById = new HashMap<>();
        members.findByCooperativeIdOrderByCode(cooperativeId).forEach(m -> codeById.put(m.getId(), m.getCode()));
        return codeById;
    }

    static String key(String memberCode, LocalDate date) {
        return memberCode + "\u0000" + date;
    }

    static int minutes(ActualWork row) {
        return Ledger.netMinutes(row.getStart(), row.getEnd(), row.getBreakMinutes());
    }
}
