package jp.tsumugi.web.contracts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A first draft of a member's contract from what Tsumugi knows: the job types, working days, hours and breaks of the
 * member's demand patterns that touch the period, and its site when it has one. Everything else is the parties' to
 * write. The demo cooperative gets one contract per member over its planning year this way, with sample text for the
 * rest.
 */
@Component
public class ContractDrafts {


    private final DemandPatternRepository patterns;
    private final MemberRepository members;
    private final DispatchContractRepository contracts;

    private final org.springframework.context.MessageSource messages;

    ContractDrafts(DemandPatternRepository patterns, MemberRepository members, DispatchContractRepository contracts,
            org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.patterns = patterns;
        this.members = members;
        this.contracts = contracts;
    }

    /**
     * A new, unsaved contract for the member over the period, with the items its demand patterns give, worded in the
     * locale's language (message keys {@code contracts.draft.*}).
     */
    @Transactional(readOnly = true)
    public DispatchContract draft(long cooperativeId, Member member, LocalDate from, LocalDate to,
            java.util.Locale locale) {
        DispatchContract contract = new DispatchContract(cooperativeId, member);
        contract.setFrom(from);
        contract.setTo(to);
        List<DemandPattern> touching = patterns.findByCooperativeIdAndSiteMemberOrderByCode(cooperativeId, member)
                .stream().filter(p -> !p.getTo().isBefore(from) && !p.getFrom().isAfter(to)).toList();
        if (touching.isEmpty()) {
            return contract;
        }
        contract.setJobContent(distinct(touching.stream().map(p -> p.getJobType().getName()).toList(), locale));
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        touching.forEach(p -> days.addAll(p.getWeekdayList().isEmpty() ? EnumSet.allOf(DayOfWeek.class)
                : p.getWeekdayList()));
        boolean skipHolidays = touching.stream().allMatch(DemandPattern::isSkipHolidays);
        String dayNames = days.stream()
                .map(d -> messages.getMessage("workers.weekday.short." + d.name(), null, locale))
                .collect(Collectors.joining(messages.getMessage("contracts.draft.daySeparator", null, locale)));
        contract.setWorkingDays(messages.getMessage(skipHolidays ? "contracts.draft.workingDaysNoHolidays"
                : "contracts.draft.workingDays", new Object[] {dayNames}, locale));
        contract.setWorkingHours(distinct(touching.stream().map(p -> messages.getMessage("contracts.draft.hours",
                new Object[] {p.getStart().toString(), p.getEnd().toString()}, locale)).toList(), locale));
        contract.setBreaks(distinct(touching.stream().map(p -> messages.getMessage("contracts.draft.breakMinutes",
                new Object[] {String.valueOf(p.getBreakMinutes())}, locale)).toList(), locale));
        Set<Site> sites = touching.stream().map(DemandPattern::getSite).collect(Collectors.toCollection(LinkedHashSet::new));
        if (sites.size() == 1) {
            contract.setSite(sites.iterator().next());
        }
        contract.setHeadcount(Math.max(1, touching.stream().mapToInt(p -> p.getRequired() + p.getOptional()).max()
                .orElse(1)));
        return contract;
    }

    /**
     * One contract per member over the period, covering all its patterns, with sample text for the items Tsumugi
     * cannot know: for the demo cooperative, so that its roster can be published.
     */
    @Transactional
    public List<DispatchContract> addSampleContracts(long cooperativeId, LocalDate from, LocalDate to,
            LocalDate contractDate) {
        List<DispatchContract> made = new ArrayList<>();
        for (Member member : members.findByCooperativeIdOrderByCode(cooperativeId)) {
            DispatchContract contract = draft(cooperativeId, member, from, to, java.util.Locale.JAPANESE);
            contract.setContractDate(contractDate);
            if (contract.getJobContent() == null) {
                contract.setJobContent("派遣先の指示する軽作業");
            }
            contract.setResponsibility("役職なし（補助的業務）");
            contract.setOrgUnit("作業場");
            contract.setSupervisor("現場主任");
            contract.setClientManager("代表者");
            contract.setDispatcherManager("事務局長");
            contract.setComplaintsClient("派遣先責任者（代表者）");
            contract.setComplaintsDispatcher("組合事務局（派遣元責任者）");
            contract.setComplaintHandling("申出を受けた者が相手方の窓口に直ちに連絡し、双方で協力して遅滞なく処理し、結果を派遣労働者に通知する。");
            contract.setOvertime("1日2時間、1か月20時間、1年200時間の範囲内");
            contract.setHolidayWork("1か月2日の範囲内");
            contract.setSafetyHealth("派遣先は作業に必要な安全衛生教育を行い、保護具を貸与する。");
            contract.setWelfare("休憩室・更衣室・食堂を派遣先の従業員と同様に利用できる。");
            contract.setTerminationMeasures("派遣先の都合で契約を解除するときは30日以上前に予告し、派遣労働者の新たな就業機会を確保する。できないときは休業手当等の費用を負担する。");
            contract.setFeeNote("1時間あたりの利用料金は組合の定めによる");
            made.add(contracts.save(contract));
        }
        return made;
    }

    private String distinct(List<String> values, java.util.Locale locale) {
        return String.join(messages.getMessage("contracts.draft.listSeparator", null, locale),
                new LinkedHashSet<>(values));
    }
}
