package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.memberportal.ActualWork;
import jp.tsumugi.web.memberportal.ActualWorkRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.stereotype.Component;

/**
 * Builds the 派遣元管理台帳 from the roster and the worker's record. Items of §37 that Tsumugi does not keep (managers,
 * complaints, training, career consulting, the contract's overtime allowance, the organisational unit, the term of a
 * fixed-term contract) are listed blank, labelled as not held.
 */
@Component
class LedgerBuilder {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final SiteRepository sites;
    private final MemberRepository members;
    private final ActualWorkRepository actuals;
    private final jp.tsumugi.web.contracts.ContractCoverage contracts;

    LedgerBuilder(SiteRepository sites, MemberRepository members, ActualWorkRepository actuals,
            jp.tsumugi.web.contracts.ContractCoverage contracts) {
        this.contracts = contracts;
        this.sites = sites;
        this.members = members;
        this.actuals = actuals;
    }

    Ledger build(RecordRoster source, YearMonth month, Worker worker) {
        List<Slot> slots = source.assignedIn(month).stream()
                .filter(slot -> slot.getWorker().getId().equals(worker.getCode())).toList();
        Map<String, Site> siteByCode = new LinkedHashMap<>();
        sites.findByCooperativeIdOrderByCode(worker.getCooperativeId()).forEach(site -> siteByCode.put(site.getCode(), site));

        // the members' actuals of the month (派遣先管理台帳), by member code and date; each goes on the day's first slot
        Map<String, ActualWork> actualByMemberDay = actuals(worker, month);
        List<Ledger.Day> days = new ArrayList<>();
        Map<String, List<Slot>> byDispatch = new LinkedHashMap<>();
        long planned = 0;
        long actual = 0;
        for (Slot slot : slots) {
            ActualWork done = actualByMemberDay.remove(slot.getMember().getId() + "\u0000" + slot.getDate());
            Integer doneMinutes = done == null ? null
                    : Ledger.netMinutes(done.getStart(), done.getEnd(), done.getBreakMinutes());
            days.add(new Ledger.Day(slot.getDate(), slot.getMember().getName(), slot.getSite().getName(),
                    slot.getCover().getJobType().getName(), slot.getCover().getStartTime(), slot.getCover().getEndTime(),
                    slot.getCover().getBreakMinutes(), slot.getNetMinutes(), done == null ? null : done.getStart(),
                    done == null ? null : done.getEnd(), done == null ? null : done.getBreakMinutes(), doneMinutes));
            planned += slot.getNetMinutes();
            actual += doneMinutes == null ? 0 : doneMinutes;
            byDispatch.computeIfAbsent(slot.getSite().getId() + "\u0000" + slot.getCover().getJobType().getId(),
                    k -> new ArrayList<>()).add(slot);
        }
        boolean anyActual = days.stream().anyMatch(Ledger.Day::hasActual) || !actualByMemberDay.isEmpty();
        // work the member recorded on a day without a planned shift
        for (ActualWork done : actualByMemberDay.values()) {
            int minutes = Ledger.netMinutes(done.getStart(), done.getEnd(), done.getBreakMinutes());
            days.add(new Ledger.Day(done.getDate(), memberName(worker.getCooperativeId(), done.getMemberId()), null,
                    null, null, null, null, 0, done.getStart(), done.getEnd(), done.getBreakMinutes(), minutes));
            actual += minutes;
        }
        days.sort(java.util.Comparator.comparing(Ledger.Day::date));
        // the managers, unit, responsibility and overtime allowance come from the contract covering the dispatch
        jp.tsumugi.web.contracts.ContractCoverage.Index index = contracts.index(worker.getCooperativeId());
        List<Ledger.Dispatch> dispatches = byDispatch.values().stream()
                .map(group -> withContract(dispatch(group, siteByCode.get(group.get(0).getSite().getId())),
                        index.covering(group.get(0)).orElse(null)))
                .toList();
        List<Field> workerFields = workerFields(worker, month);
        slots.stream().map(index::covering).flatMap(java.util.Optional::stream).findFirst()
                .map(jp.tsumugi.web.contracts.DispatchContract::getDispatcherManager)
                .filter(manager -> !manager.isBlank())
                .ifPresent(manager -> workerFields.replaceAll(field -> field.labelKey()
                        .equals("records.ledger.dispatcherManager") ? Field.text(field.labelKey(), manager) : field));
        return new Ledger(source.origin(), month, worker.getCode(), worker.getName(), workerFields,
                dispatches, days, planned, actual, anyActual);
    }

    /** The worker's actuals of the month at every member, keyed by member code and date. */
    private Map<String, ActualWork> actuals(Worker worker, YearMonth month) {
        Map<String, ActualWork> result = new LinkedHashMap<>();
        for (Member member : members.findByCooperativeIdOrderByCode(worker.getCooperativeId())) {
            for (ActualWork done : actuals.findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(
                    worker.getCooperativeId(), member.getId(), month.atDay(1), month.atEndOfMonth())) {
                if (done.getWorkerCode().equals(worker.getCode())) {
                    result.put(member.getCode() + "\u0000" + done.getDate(), done);
                }
            }
        }
        return result;
    }

    private String memberName(long cooperativeId, Long memberId) {
        return members.findByIdAndCooperativeId(memberId, cooperativeId).map(Member::getName).orElse(null);
    }

    private static List<Field> workerFields(Worker worker, YearMonth month) {
        List<Field> fields = new ArrayList<>();
        fields.add(Field.text("records.ledger.workerName", worker.getName()));
        fields.add(Field.yesNo("records.ledger.agreementCovered", worker.isAgreementCovered()));
        fields.add(Field.key("records.ledger.contract",
                worker.isOpenEnded() ? "records.value.openEnded" : "records.value.fixedTerm"));
        if (!worker.isOpenEnded()) {
            fields.add(Field.notHeld("records.ledger.contractTerm"));
        }
        LocalDate birth = worker.getBirthDate();
        fields.add(birth == null ? Field.notHeld("records.ledger.sixtyOrOver")
                : Field.yesNo("records.ledger.sixtyOrOver", Period.between(birth, month.atEndOfMonth()).getYears() >= 60));
        fields.add(Field.present("records.ledger.healthInsurance", worker.isHealthInsurance()));
        fields.add(Field.present("records.ledger.pensionInsurance", worker.isPensionInsurance()));
        fields.add(Field.present("records.ledger.employmentInsurance", worker.isEmploymentInsurance()));
        if (!worker.isHealthInsurance() || !worker.isPensionInsurance() || !worker.isEmploymentInsurance()) {
            fields.add(Field.notHeld("records.ledger.insuranceReason"));
        }
        // 無期雇用の派遣労働者は派遣期間の制限を受けない (派遣法 §40-2(1)(i))
        fields.add(worker.isOpenEnded() ? Field.key("records.ledger.periodLimitExempt", "records.value.exemptOpenEnded")
                : Field.notHeld("records.ledger.periodLimitExempt"));
        fields.add(Field.notHeld("records.ledger.dispatcherManager"));
        fields.add(Field.notHeld("records.ledger.training"));
        fields.add(Field.notHeld("records.ledger.careerConsulting"));
        fields.add(worker.isOpenEnded() ? Field.key("records.ledger.stabilityMeasures", "records.value.notApplicable")
                : Field.notHeld("records.ledger.stabilityMeasures"));
        fields.add(Field.notHeld("records.ledger.complaints"));
        fields.add(Field.key("records.ledger.introduction", "records.value.notApplicable"));
        return fields;
    }

    /** The dispatch's blanks that the contract states, filled in from it; unchanged without a contract. */
    private static Ledger.Dispatch withContract(Ledger.Dispatch dispatch, jp.tsumugi.web.contracts.DispatchContract contract) {
        if (contract == null) {
            return dispatch;
        }
        java.util.Map<String, String> stated = new java.util.HashMap<>();
        stated.put("records.ledger.unit", contract.getOrgUnit());
        stated.put("records.ledger.responsibility", contract.getResponsibility());
        stated.put("records.ledger.supervisor", contract.getSupervisor());
        stated.put("records.ledger.clientManager", contract.getClientManager());
        String overtime = java.util.stream.Stream.of(contract.getOvertime(), contract.getHolidayWork())
                .filter(text -> text != null && !text.isBlank()).collect(java.util.stream.Collectors.joining(" / "));
        stated.put("records.ledger.overtimeAllowed", overtime);
        List<Field> fields = dispatch.fields().stream().map(field -> {
            String text = stated.get(field.labelKey());
            return !field.held() && text != null && !text.isBlank() ? Field.text(field.labelKey(), text) : field;
        }).toList();
        return new Ledger.Dispatch(dispatch.memberCode(), dispatch.memberName(), dispatch.siteName(), fields);
    }

    private static Ledger.Dispatch dispatch(List<Slot> slots, Site site) {
        Slot first = slots.get(0);
        Slot last = slots.get(slots.size() - 1);
        long days = slots.stream().map(Slot::getDate).distinct().count();
        List<Field> fields = new ArrayList<>();
        fields.add(Field.text("records.ledger.memberName", first.getMember().getName()));
        fields.add(Field.text("records.ledger.siteName", first.getSite().getName()));
        String address = site == null ? null : site.getAddress();
        fields.add(address == null || address.isBlank() ? Field.notHeld("records.ledger.siteAddress")
                : Field.text("records.ledger.siteAddress", address));
        fields.add(Field.notHeld("records.ledger.unit"));
        fields.add(Field.text("records.ledger.jobType", first.getCover().getJobType().getName()));
        fields.add(Field.notHeld("records.ledger.responsibility"));
        fields.add(Field.text("records.ledger.period", DATE.format(first.getDate()) + " 〜 " + DATE.format(last.getDate())));
        fields.add(Field.text("records.ledger.workDays", String.valueOf(days)));
        fields.add(Field.notHeld("records.ledger.supervisor"));
        fields.add(Field.notHeld("records.ledger.clientManager"));
        fields.add(Field.notHeld("records.ledger.overtimeAllowed"));
        return new Ledger.Dispatch(first.getMember().getId(), first.getMember().getName(), first.getSite().getName(),
                fields);
    }
}
