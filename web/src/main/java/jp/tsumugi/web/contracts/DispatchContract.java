package jp.tsumugi.web.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.tsumugi.web.cooperative.CooperativeOwned;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.Site;

/**
 * An individual dispatch contract (個別契約, 派遣法 §26) with a member for a period: it covers all of the member's demand
 * patterns or the chosen ones. Its §26 items are kept as the parties wrote them (free text), because the contract is
 * a record; a roster may be published only where a contract covers each assigned day.
 */
@Entity
@Table(name = "dispatch_contract")
public class DispatchContract extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "contract_date", nullable = false)
    private LocalDate contractDate;

    @Column(name = "period_from", nullable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false)
    private LocalDate to;

    @Column(name = "all_patterns", nullable = false)
    private boolean allPatterns = true;

    @ManyToMany
    @JoinTable(name = "dispatch_contract_pattern", joinColumns = @JoinColumn(name = "contract_id"),
            inverseJoinColumns = @JoinColumn(name = "demand_pattern_id"))
    private Set<DemandPattern> patterns = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id")
    private Site site;

    @Column(nullable = false)
    private int headcount = 1;

    @Column(name = "job_content")
    private String jobContent;

    @Column(name = "responsibility")
    private String responsibility;

    @Column(name = "workplace")
    private String workplace;

    @Column(name = "org_unit")
    private String orgUnit;

    @Column(name = "supervisor")
    private String supervisor;

    @Column(name = "client_manager")
    private String clientManager;

    @Column(name = "dispatcher_manager")
    private String dispatcherManager;

    @Column(name = "complaints_client")
    private String complaintsClient;

    @Column(name = "complaints_dispatcher")
    private String complaintsDispatcher;

    @Column(name = "complaint_handling")
    private String complaintHandling;

    @Column(name = "working_days")
    private String workingDays;

    @Column(name = "working_hours")
    private String workingHours;

    @Column(name = "breaks")
    private String breaks;

    @Column(name = "overtime")
    private String overtime;

    @Column(name = "holiday_work")
    private String holidayWork;

    @Column(name = "safety_health")
    private String safetyHealth;

    @Column(name = "welfare")
    private String welfare;

    @Column(name = "termination_measures")
    private String terminationMeasures;

    @Column(name = "fee_note")
    private String feeNote;

    @Column(name = "note")
    private String note;

    @Version
    @Column(nullable = false)
    private long version;

    protected DispatchContract() {
    }

    public DispatchContract(long cooperativeId, Member member) {
        super(cooperativeId);
        this.member = member;
    }

    /** Whether the contract's period holds the date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public LocalDate getContractDate() {
        return contractDate;
    }

    public void setContractDate(LocalDate contractDate) {
        this.contractDate = contractDate;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isAllPatterns() {
        return allPatterns;
    }

    public void setAllPatterns(boolean allPatterns) {
        this.allPatterns = allPatterns;
    }

    public Set<DemandPattern> getPatterns() {
        return patterns;
    }

    public Site getSite() {
        return site;
    }

    public void setSite(Site site) {
        this.site = site;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public String getJobContent() {
        return jobContent;
    }

    public void setJobContent(String jobContent) {
        this.jobContent = jobContent;
    }

    public String getResponsibility() {
        return responsibility;
    }

    public void setResponsibility(String responsibility) {
        this.responsibility = responsibility;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(String supervisor) {
        this.supervisor = supervisor;
    }

    public String getClientManager() {
        return clientManager;
    }

    public void setClientManager(String clientManager) {
        this.clientManager = clientManager;
    }

    public String getDispatcherManager() {
        return dispatcherManager;
    }

    public void setDispatcherManager(String dispatcherManager) {
        this.dispatcherManager = dispatcherManager;
    }

    public String getComplaintsClient() {
        return complaintsClient;
    }

    public void setComplaintsClient(String complaintsClient) {
        this.complaintsClient = complaintsClient;
    }

    public String getComplaintsDispatcher() {
        return complaintsDispatcher;
    }

    public void setComplaintsDispatcher(String complaintsDispatcher) {
        this.complaintsDispatcher = complaintsDispatcher;
    }

    public String getComplaintHandling() {
        return complaintHandling;
    }

    public void setComplaintHandling(String complaintHandling) {
        this.complaintHandling = complaintHandling;
    }

    public String getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(String workingDays) {
        this.workingDays = workingDays;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
    }

    public String getBreaks() {
        return breaks;
    }

    public void setBreaks(String breaks) {
        this.breaks = breaks;
    }

    public String getOvertime() {
        return overtime;
    }

    public void setOvertime(String overtime) {
        this.overtime = overtime;
    }

    public String getHolidayWork() {
        return holidayWork;
    }

    public void setHolidayWork(String holidayWork) {
        this.holidayWork = holidayWork;
    }

    public String getSafetyHealth() {
        return safetyHealth;
    }

    public void setSafetyHealth(String safetyHealth) {
        this.safetyHealth = safetyHealth;
    }

    public String getWelfare() {
        return welfare;
    }

    public void setWelfare(String welfare) {
        this.welfare = welfare;
    }

    public String getTerminationMeasures() {
        return terminationMeasures;
    }

    public void setTerminationMeasures(String terminationMeasures) {
        this.terminationMeasures = terminationMeasures;
    }

    public String getFeeNote() {
        return feeNote;
    }

    public void setFeeNote(String feeNote) {
        this.feeNote = feeNote;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return version;
    }
}
