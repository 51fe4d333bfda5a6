package jp.tsumugi.web.contracts;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.contracts.ContractPapers.Day;
import jp.tsumugi.web.contracts.ContractPapers.Disclosure;
import jp.tsumugi.web.contracts.ContractPapers.DisclosureRow;
import jp.tsumugi.web.contracts.ContractPapers.Notice;
import jp.tsumugi.web.contracts.ContractPapers.NoticeRow;
import jp.tsumugi.web.contracts.ContractPapers.Section;
import jp.tsumugi.web.contracts.ContractPapers.Source;
import jp.tsumugi.web.contracts.ContractPapers.Summary;
import jp.tsumugi.web.contracts.PublishedRosters.Published;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the contract summary (§26), the notice to the member (§35) and the 明示 to the worker (§34) from the
 * contracts and a published roster. Items nobody entered and worker details Tsumugi does not hold are printed blank.
 */
@Service
class ContractDocuments {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final ContractCoverage coverage;
    private final WorkerRepository workers;
    private final CooperativeRepository cooperatives;

    ContractDocuments(ContractCoverage coverage, WorkerRepository workers, CooperativeRepository cooperatives) {
        this.coverage = coverage;
        this.workers = workers;
        this.cooperatives = cooperatives;
    }

    String cooperativeName(long cooperativeId) {
        return cooperatives.findById(cooperativeId).map(c -> c.getName()).orElse("");
    }

    /** The §26 items of the contract. */
    Summary summary(long cooperativeId, DispatchContract contract) {
        List<Item> items = new ArrayList<>();
        items.add(Item.text("contracts.item.member", contract.getMember().getName()));
        items.add(Item.text("contracts.item.contractDate", format(contract.getContractDate())));
        items.add(Item.text("contracts.item.period", format(contract.getFrom()) + " 〜 " + format(contract.getTo())));
        items.add(contract.isAllPatterns() ? Item.key("contracts.item.patterns", "contracts.value.allPatterns")
                : Item.text("contracts.item.patterns", contract.getPatterns().stream().map(DemandPattern::getCode)
                        .sorted().collect(Collectors.joining("、"))));
        items.addAll(workItems(contract));
        items.add(Item.text("contracts.item.headcount", String.valueOf(contract.getHeadcount())));
        // 特定地域づくり事業協同組合 dispatch only workers employed without a fixed term (Act No. 64 of 2019, §18)
        items.add(Item.key("contracts.item.limitation", "contracts.value.openEndedOnly"));
        items.add(Item.key("contracts.item.introduction", "contracts.value.notApplicable"));
        items.add(Item.text("contracts.item.fee", contract.getFeeNote()));
        if (contract.getNote() != null && !contract.getNote().isBlank()) {
            items.add(Item.text("contracts.item.note", contract.getNote()));
        }
        return new Summary(contract.getId(), cooperativeName(cooperativeId), contract.getMember().getName(), items);
    }

    /** The §26 items about the work itself, shared by the summary and the 明示. */
    private static List<Item> workItems(DispatchContract contract) {
        List<Item> items = new ArrayList<>();
        items.add(Item.text("contracts.item.jobContent", contract.getJobContent()));
        items.add(Item.text("contracts.item.responsibility", contract.getResponsibility()));
        items.add(Item.text("contracts.item.workplace", workplace(contract)));
        items.add(Item.text("contracts.item.orgUnit", contract.getOrgUnit()));
        items.add(Item.text("contracts.item.supervisor", contract.getSupervisor()));
        items.add(Item.text("contracts.item.workingDays", contract.getWorkingDays()));
        items.add(Item.text("contracts.item.workingHours", contract.getWorkingHours()));
        items.add(Item.text("contracts.item.breaks", contract.getBreaks()));
        items.add(Item.text("contracts.item.overtime", contract.getOvertime()));
        items.add(Item.text("contracts.item.holidayWork", contract.getHolidayWork()));
        items.add(Item.text("contracts.item.safetyHealth", contract.getSafetyHealth()));
        items.add(Item.text("contracts.item.complaintsClient", contract.getComplaintsClient()));
        items.add(Item.text("contracts.item.complaintsDispatcher", contract.getComplaintsDispatcher()));
        items.add(Item.text("contracts.item.complaintHandling", contract.getComplaintHandling()));
        items.add(Item.text("contracts.item.terminationMeasures", contract.getTerminationMeasures()));
        items.add(Item.text("contracts.item.dispatcherManager", contract.getDispatcherManager()));
        items.add(Item.text("contracts.item.clientManager", contract.getClientManager()));
        items.add(Item.text("contracts.item.welfare", contract.getWelfare()));
        return items;
    }

    /** The workplace as the contract states it, else the site's name and address. */
    static String workplace(DispatchContract contract) {
        if (contract.getWorkplace() != null && !contract.getWorkplace().isBlank()) {
            return contract.getWorkplace();
        }
        if (contract.getSite() == null) {
            return null;
        }
        String address = contract.getSite().getAddress();
        return contract.getSite().getName() + (address == null || address.isBlank() ? "" : "（" + address + "）");
    }

    /** The notices of a month: each member of the published roster with each of its workers. */
    List<NoticeRow> notices(Published published, YearMonth month, String onlyMember) {
        Map<String, Map<String, List<Slot>>> byMember = new TreeMap<>();
        for (Slot slot : published.in(month)) {
            if (onlyMember == null || onlyMember.equals(slot.getMember().getId())) {
                byMember.computeIfAbsent(slot.getMember().getId(), k -> new TreeMap<>())
                        .computeIfAbsent(slot.getWorker().getId(), k -> new ArrayList<>()).add(slot);
            }
        }
        List<NoticeRow> rows = new ArrayList<>();
        byMember.forEach((member, byWorker) -> byWorker.forEach((worker, slots) -> rows.add(new NoticeRow(member,
                slots.get(0).getMember().getName(), worker, slots.get(0).getWorker().getName(),
                slots.stream().map(Slot::getDate).distinct().count()))));
        return rows;
    }

    /**
     * The 明示 to list for a month: each worker at each member they work at in the month, with their first day there
     * in the plan (the 明示 is due before it).
     */
    List<DisclosureRow> disclosures(Published published, YearMonth month, String onlyWorker) {
        Map<String, DisclosureRow> rows = new TreeMap<>();
        for (Slot slot : published.in(month)) {
            String worker = slot.getWorker().getId();
            String member = slot.getMember().getId();
            if (onlyWorker == null || onlyWorker.equals(worker)) {
                rows.computeIfAbsent(worker + "\u0000" + member, k -> {
                    LocalDate first = firstDay(published, member, worker);
                    return new DisclosureRow(worker, slot.getWorker().getName(), member, slot.getMember().getName(),
                            first, YearMonth.from(first).equals(month));
                });
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Every member and first day of the worker in the published plan, by first day. */
    List<DisclosureRow> disclosuresOf(Published published, String workerCode) {
        Map<String, DisclosureRow> rows = new LinkedHashMap<>();
        for (Slot slot : published.assigned()) {
            if (slot.getWorker().getId().equals(workerCode)) {
                rows.putIfAbsent(slot.getMember().getId(), new DisclosureRow(workerCode, slot.getWorker().getName(),
                        slot.getMember().getId(), slot.getMember().getName(), slot.getDate(), false));
            }
        }
        return new ArrayList<>(rows.values());
    }

    private static LocalDate firstDay(Published published, String member, String worker) {
        return published.assigned().stream()
                .filter(s -> s.getMember().getId().equals(member) && s.getWorker().getId().equals(worker))
                .map(Slot::getDate).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The §35 notice of the worker to the member for the month; empty when they have no published day there then. */
    @Transactional(readOnly = true)
    Optional<Notice> notice(long cooperativeId, Published published, YearMonth month, String memberCode,
            String workerCode) {
        List<Slot> slots = published.in(month).stream()
                .filter(s -> s.getMember().getId().equals(memberCode) && s.getWorker().getId().equals(workerCode))
                .toList();
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Slot first = slots.get(0);
        Worker worker = workers.findByCooperativeIdAndCode(cooperativeId, workerCode).orElse(null);
        List<Section> sections = sections(cooperativeId, slots, false, null, 0);
        return Optional.of(new Notice(cooperativeName(cooperativeId), memberCode, first.getMember().getName(),
                workerCode, first.getWorker().getName(), month, source(published),
                noticeItems(first.getWorker().getName(), worker, first.getDate()), sections));
    }

    /** The §34 明示 for the worker's work at the member in the published plan; empty when there is none. */
    @Transactional(readOnly = true)
    Optional<Disclosure> disclosure(long cooperativeId, Published published, String memberCode, String workerCode) {
        List<Slot> slots = published.assigned().stream()
                .filter(s -> s.getMember().getId().equals(memberCode) && s.getWorker().getId().equals(workerCode))
                .toList();
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Slot first = slots.get(0);
        Worker worker = workers.findByCooperativeIdAndCode(cooperativeId, workerCode).orElse(null);
        // 抵触日 (§34(1)(iii)–(iv)) do not apply to workers employed without a fixed term (§40-2(1)(i))
        boolean openEnded = worker == null || worker.isOpenEnded();
        return Optional.of(new Disclosure(cooperativeName(cooperativeId), memberCode, first.getMember().getName(),
                workerCode, first.getWorker().getName(), first.getDate(), slots.get(slots.size() - 1).getDate(),
                source(published), sections(cooperativeId, slots, true, openEnded, published.feePerHourYen())));
    }

    private static Source source(Published published) {
        return new Source(published.plan().getName(), published.number(), published.publishedAt());
    }

    /** The slots grouped by the contract that covers them, in the order of their first day. */
    private List<Section> sections(long cooperativeId, List<Slot> slots, boolean disclosure, Boolean openEnded,
            long feePerHourYen) {
        ContractCoverage.Index index = coverage.index(cooperativeId);
        Map<Long, List<Slot>> byContract = new LinkedHashMap<>();
        Map<Long, DispatchContract> contractById = new LinkedHashMap<>();
        for (Slot slot : slots) {
            DispatchContract contract = index.covering(slot).orElse(null);
            Long id = contract == null ? -1L : contract.getId();
            byContract.computeIfAbsent(id, k -> new ArrayList<>()).add(slot);
            if (contract != null) {
                contractById.put(id, contract);
            }
        }
        List<Section> sections = new ArrayList<>();
        byContract.forEach((id, group) -> {
            DispatchContract contract = contractById.get(id);
            LocalDate first = group.get(0).getDate();
            LocalDate last = group.get(group.size() - 1).getDate();
            List<Item> items = new ArrayList<>();
            items.add(Item.text(disclosure ? "contracts.item.dispatchPeriod" : "contracts.item.daysInMonth",
                    format(first) + " 〜 " + format(last)));
            items.add(Item.text("contracts.item.dayCount",
                    String.valueOf(group.stream().map(Slot::getDate).distinct().count())));
            if (contract != null && disclosure) {
                items.add(Item.text("contracts.item.member", contract.getMember().getName()));
                items.addAll(workItems(contract));
                items.add(Item.text("contracts.item.fee", contract.getFeeNote()));
                // the amount of the fee the member pays for the worker's hour must be stated to the worker (§34-2)
                items.add(Item.text("contracts.item.feePerHour", String.format(java.util.Locale.ROOT, "¥%,d", feePerHourYen)));
                if (!openEnded) {
                    items.add(Item.notHeld("contracts.item.conflictDateOffice"));
                    items.add(Item.notHeld("contracts.item.conflictDateUnit"));
                }
            }
            List<Day> days = group.stream().map(slot -> new Day(slot.getDate(), slot.getSite().getName(),
                    slot.getCover().getJobType().getName(), slot.getCover().getStartTime(),
                    slot.getCover().getEndTime(), slot.getCover().getBreakMinutes(), slot.getNetMinutes())).toList();
            sections.add(contract == null ? new Section(null, null, null, null, items, days)
                    : new Section(contract.getId(), contract.getContractDate(), contract.getFrom(), contract.getTo(),
                            items, days));
        });
        return sections;
    }

    /** The worker items of the notice (§35(1)); {@code worker} null when the worker was deleted since publication. */
    static List<Item> noticeItems(String publishedName, Worker worker, LocalDate on) {
        List<Item> items = new ArrayList<>();
        items.add(Item.text("contracts.item.workerName", worker == null ? publishedName : worker.getName()));
        if (worker == null) {
            for (String key : List.of("contracts.item.sex", "contracts.item.ageBand", "contracts.item.agreementCovered",
                    "contracts.item.contractType", "contracts.item.sixtyOrOver", "contracts.item.healthInsurance",
                    "contracts.item.pensionInsurance", "contracts.item.employmentInsurance")) {
                items.add(Item.notHeld(key));
            }
            return items;
        }
        items.add(worker.getSex() == null ? Item.notHeld("contracts.item.sex")
                : Item.key("contracts.item.sex", "contracts.value.sex." + worker.getSex()));
        Integer age = worker.getBirthDate() == null ? null : Period.between(worker.getBirthDate(), on).getYears();
        items.add(age == null ? Item.notHeld("contracts.item.ageBand")
                : Item.key("contracts.item.ageBand", age < 18 ? "contracts.value.under18"
                        : age >= 45 ? "contracts.value.from45" : "contracts.value.ageNone"));
        items.add(Item.yesNo("contracts.item.agreementCovered", worker.isAgreementCovered()));
        items.add(Item.key("contracts.item.contractType",
                worker.isOpenEnded() ? "contracts.value.openEnded" : "contracts.value.fixedTerm"));
        items.add(age == null ? Item.notHeld("contracts.item.sixtyOrOver")
                : Item.yesNo("contracts.item.sixtyOrOver", age >= 60));
        items.add(Item.present("contracts.item.healthInsurance", worker.isHealthInsurance()));
        items.add(Item.present("contracts.item.pensionInsurance", worker.isPensionInsurance()));
        items.add(Item.present("contracts.item.employmentInsurance", worker.isEmploymentInsurance()));
        if (!worker.isHealthInsurance() || !worker.isPensionInsurance() || !worker.isEmploymentInsurance()) {
            items.add(Item.notHeld("contracts.item.insuranceReason"));
        }
        return items;
    }

    static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }
}
