package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.memberportal.ActualWork;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.stereotype.Component;

/**
 * Builds the fiscal year's report. Hours and fees are the invoices' (actual where the member submitted the month, else
 * planned), and the non-member share is measured on the same hours as the solver's {@code dispatch.non-member-cap}
 * rule measures it (minutes of use by kind of client in the year).
 */
@Component
class AnnualReportBuilder {

    /** The fiscal year runs April to March, as the reports to municipalities and prefectures are made. */
    static final int FIRST_MONTH = 4;

    private final RecordSource source;
    private final RecordActuals actuals;
    private final WorkerRepository workers;
    private final MemberRepository members;

    AnnualReportBuilder(RecordSource source, RecordActuals actuals, WorkerRepository workers,
            MemberRepository members) {
        this.source = source;
        this.actuals = actuals;
        this.workers = workers;
        this.members = members;
    }

    static LocalDate firstDay(int fiscalYear) {
        return LocalDate.of(fiscalYear, FIRST_MONTH, 1);
    }

    static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= FIRST_MONTH ? date.getYear() : date.getYear() - 1;
    }

    /** Minutes by member code, worker code and month. */
    private static final class Use {
        final Map<String, Map<String, Map<YearMonth, Long>>> minutes = new TreeMap<>();

        void add(String member, String worker, YearMonth month, long value) {
            minutes.computeIfAbsent(member, m -> new TreeMap<>()).computeIfAbsent(worker, w -> new TreeMap<>())
                    .merge(month, value, Long::sum);
        }
    }

    AnnualReport build(Cooperative cooperative, int fiscalYear, RecordSettings recordSettings) {
        long c = cooperative.getId();
        LocalDate from = firstDay(fiscalYear);
        LocalDate to = from.plusYears(1).minusDays(1);
        RecordSource.RangeRoster roster = source.range(c, from, to);
        CooperativeSettings settings = roster.sources().isEmpty() ? new CooperativeSettings()
                : roster.sources().get(roster.sources().size() - 1).roster().getSettings();
        long fee = settings.getFeePerHourYen();
        int taxPercent = recordSettings.getConsumptionTaxPercent();

        Map<String, String> workerNames = new LinkedHashMap<>();
        List<Worker> current = workers.findByCooperativeIdOrderByCode(c);
        current.forEach(w -> workerNames.put(w.getCode(), w.getName()));
        Map<String, String> memberNames = new LinkedHashMap<>();
        Map<String, MemberKind> memberKinds = new HashMap<>();
        for (Member m : members.findByCooperativeIdOrderByCode(c)) {
            memberNames.put(m.getCode(), m.getName());
            memberKinds.put(m.getCode(), m.getKind());
        }

        Set<String> submitted = actuals.submittedMonths(c, from, to);
        Use use = new Use();
        for (Slot slot : roster.assigned()) {
            String member = slot.getMember().getId();
            YearMonth month = YearMonth.from(slot.getDate());
            if (submitted.contains(member + "/" + month)) {
                continue; // invoiced on the member's actual hours
            }
            memberNames.putIfAbsent(member, slot.getMember().getName());
            memberKinds.putIfAbsent(member, slot.getMember().getKind());
            workerNames.putIfAbsent(slot.getWorker().getId(), slot.getWorker().getName());
            use.add(member, slot.getWorker().getId(), month, slot.getNetMinutes());
        }
        Map<Long, String> memberCodes = actuals.memberCodes(c);
        long actualMinutes = 0;
        Map<String, Set<YearMonth>> actualMonths = new HashMap<>();
        for (ActualWork row : actuals.submittedBetween(c, from, to)) {
            String member = memberCodes.get(row.getMemberId());
            if (member == null) {
                continue;
            }
            int minutes = RecordActuals.minutes(row);
            workerNames.putIfAbsent(row.getWorkerCode(), row.getWorkerName());
            use.add(member, row.getWorkerCode(), YearMonth.from(row.getDate()), minutes);
            actualMinutes += minutes;
        }
        submitted.forEach(key -> actualMonths.computeIfAbsent(key.substring(0, key.lastIndexOf('/')),
                k -> new java.util.HashSet<>()).add(YearMonth.parse(key.substring(key.lastIndexOf('/') + 1))));

        // members: invoices per month (fee and tax rounded per invoice, as on the invoices)
        List<AnnualReport.MemberRow> memberRows = new ArrayList<>();
        Map<YearMonth, Long> minutesByMonth = new TreeMap<>();
        Map<YearMonth, Long> feesByMonth = new TreeMap<>();
        Map<String, Long> minutesByWorker = new HashMap<>();
        Map<String, Set<String>> membersByWorker = new HashMap<>();
        long[] byKind = new long[MemberKind.values().length];
        long subtotal = 0;
        long tax = 0;
        long total = 0;
        for (Map.Entry<String, Map<String, Map<YearMonth, Long>>> member : use.minutes.entrySet()) {
            Map<String, Long> perWorker = new TreeMap<>();
            Map<YearMonth, Long> perMonth = new TreeMap<>();
            member.getValue().forEach((worker, months) -> months.forEach((month, minutes) -> {
                perWorker.merge(worker, minutes, Long::sum);
                perMonth.merge(month, minutes, Long::sum);
                minutesByWorker.merge(worker, minutes, Long::sum);
                if (minutes > 0) {
                    membersByWorker.computeIfAbsent(worker, w -> new java.util.HashSet<>()).add(member.getKey());
                }
            }));
            long memberSubtotal = 0;
            long memberTax = 0;
            long memberMinutes = 0;
            for (Map.Entry<YearMonth, Long> month : perMonth.entrySet()) {
                long monthSubtotal = Invoice.fee(month.getValue(), fee);
                memberSubtotal += monthSubtotal;
                memberTax += Invoice.tax(monthSubtotal, taxPercent);
                memberMinutes += month.getValue();
                minutesByMonth.merge(month.getKey(), month.getValue(), Long::sum);
                feesByMonth.merge(month.getKey(), monthSubtotal, Long::sum);
            }
            MemberKind kind = memberKinds.getOrDefault(member.getKey(), MemberKind.MEMBER);
            byKind[kind.ordinal()] += memberMinutes;
            memberRows.add(new AnnualReport.MemberRow(member.getKey(), memberNames.get(member.getKey()), kind,
                    perWorker, memberMinutes, memberSubtotal, memberTax,
                    actualMonths.getOrDefault(member.getKey(), Set.of()).size()));
            subtotal += memberSubtotal;
            tax += memberTax;
            total += memberMinutes;
        }

        // workers: every current worker, and anyone else who worked in the year
        List<AnnualReport.WorkerColumn> workerColumns = new ArrayList<>();
        Map<String, Worker> currentByCode = new HashMap<>();
        current.forEach(w -> currentByCode.put(w.getCode(), w));
        workerNames.forEach((code, name) -> {
            Worker worker = currentByCode.get(code);
            long target = 0;
            if (worker != null) {
                for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
                    target += targetOf(worker, m);
                }
            }
            workerColumns.add(new AnnualReport.WorkerColumn(code, name, minutesByWorker.getOrDefault(code, 0L),
                    membersByWorker.getOrDefault(code, Set.of()).size(), target));
        });
        workerColumns.removeIf(w -> w.minutes() == 0 && w.targetMinutes() == 0);

        List<AnnualReport.MonthRow> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            YearMonth month = m;
            long target = current.stream().mapToLong(w -> targetOf(w, month)).sum();
            months.add(new AnnualReport.MonthRow(m, minutesByMonth.getOrDefault(m, 0L), target,
                    feesByMonth.getOrDefault(m, 0L)));
        }

        AnnualReport.NonMemberUse nonMemberUse = new AnnualReport.NonMemberUse(byKind[MemberKind.MEMBER.ordinal()],
                byKind[MemberKind.NON_MEMBER.ordinal()], byKind[MemberKind.RELATED_MUNICIPALITY.ordinal()],
                settings.isRelatedMunicipalityAllowance(), settings.getNonMemberCapPercent(),
                settings.getNonMemberWithMunicipalitiesCapPercent());
        List<RecordRoster.Origin> sources = roster.sources().stream().map(RecordRoster::origin).toList();
        return new AnnualReport(fiscalYear, from, to, cooperative.getName(), sources, workerColumns, memberRows,
                months, nonMemberUse, fee, taxPercent, total, actualMinutes, subtotal, tax);
    }

    /** The worker's monthly target, from the month the worker was hired on. */
    private static long targetOf(Worker worker, YearMonth month) {
        LocalDate hired = worker.getHiredOn();
        return hired != null && hired.isAfter(month.atEndOfMonth()) ? 0 : worker.getMonthlyTargetMinutes();
    }
}
