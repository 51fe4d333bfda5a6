package jp.tsumugi.web.contracts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.web.demand.DemandPattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the contract page edits. {@code version} is the version the user started from; the member, the patterns and
 * the site are checked against the cooperative (and the patterns and site against the member) by the controller.
 */
public class ContractForm {

    private Long version;

    @NotNull(message = "{contracts.error.member.required}")
    private Long memberId;

    @NotNull(message = "{contracts.error.contractDate.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate contractDate;

    @NotNull(message = "{contracts.error.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @NotNull(message = "{contracts.error.to.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private boolean allPatterns = true;

    private List<Long> patternIds = new ArrayList<>();

    private Long siteId;

    @NotNull(message = "{contracts.error.headcount.range}")
    @Min(value = 1, message = "{contracts.error.headcount.range}")
    @Max(value = 999, message = "{contracts.error.headcount.range}")
    private Integer headcount = 1;

    @NotBlank(message = "{contracts.error.jobContent.required}")
    @Size(max = 1000, message = "{contracts.error.jobContent.size}")
    private String jobContent;

    @Size(max = 255, message = "{contracts.error.responsibility.size}")
    private String responsibility;

    @Size(max = 500, message = "{contracts.error.workplace.size}")
    private String workplace;

    @Size(max = 255, message = "{contracts.error.orgUnit.size}")
    private String orgUnit;

    @Size(max = 255, message = "{contracts.error.supervisor.size}")
    private String supervisor;

    @Size(max = 255, message = "{contracts.error.clientManager.size}")
    private String clientManager;

    @Size(max = 255, message = "{contracts.error.dispatcherManager.size}")
    private String dispatcherManager;

    @Size(max = 500, message = "{contracts.error.complaintsClient.size}")
    private String complaintsClient;

    @Size(max = 500, message = "{contracts.error.complaintsDispatcher.size}")
    private String complaintsDispatcher;

    @Size(max = 1000, message = "{contracts.error.complaintHandling.size}")
    private String complaintHandling;

    @Size(max = 500, message = "{contracts.error.workingDays.size}")
    private String workingDays;

    @Size(max = 500, message = "{contracts.error.workingHours.size}")
    private String workingHours;

    @Size(max = 255, message = "{contracts.error.breaks.size}")
    private String breaks;

    @Size(max = 500, message = "{contracts.error.overtime.size}")
    private String overtime;

    @Size(max = 500, message = "{contracts.error.holidayWork.size}")
    private String holidayWork;

    @Size(max = 1000, message = "{contracts.error.safetyHealth.size}")
    private String safetyHealth;

    @Size(max = 1000, message = "{contracts.error.welfare.size}")
    private String welfare;

    @Size(max = 1000, message = "{contracts.error.terminationMeasures.size}")
    private String terminationMeasures;

    @Size(max = 255, message = "{contracts.error.feeNote.size}")
    private String feeNote;

    @Size(max = 1000, message = "{contracts.error.note.size}")
    private String note;

    static ContractForm of(DispatchContract contract) {
        ContractForm form = new ContractForm();
        form.version = contract.getId() == null ? null : contract.getVersion();
        form.memberId = contract.getMember() == null ? null : contract.getMember().getId();
        form.contractDate = contract.getContractDate();
        form.from = contract.getFrom();
        form.to = contract.getTo();
        form.allPatterns = contract.isAllPatterns();
        form.patternIds = new ArrayList<>(contract.getPatterns().stream().map(DemandPattern::getId).toList());
        form.siteId = contract.getSite() == null ? null : contract.getSite().getId();
        form.headcount = contract.getHeadcount();
        form.jobContent = contract.getJobContent();
        form.responsibility = contract.getResponsibility();
        form.workplace = contract.getWorkplace();
        form.orgUnit = contract.getOrgUnit();
        form.supervisor = contract.getSupervisor();
        form.clientManager = contract.getClientManager();
        form.dispatcherManager = contract.getDispatcherManager();
        form.complaintsClient = contract.getComplaintsClient();
        form.complaintsDispatcher = contract.getComplaintsDispatcher();
        form.complaintHandling = contract.getComplaintHandling();
        form.workingDays = contract.getWorkingDays();
        form.workingHours = contract.getWorkingHours();
        form.breaks = contract.getBreaks();
        form.overtime = contract.getOvertime();
        form.holidayWork = contract.getHolidayWork();
        form.safetyHealth = contract.getSafetyHealth();
        form.welfare = contract.getWelfare();
        form.terminationMeasures = contract.getTerminationMeasures();
        form.feeNote = contract.getFeeNote();
        form.note = contract.getNote();
        return form;
    }

    /** Copies the plain items; the member, patterns and site are set by the caller once checked. */
    void applyTo(DispatchContract contract) {
        contract.setContractDate(contractDate);
        contract.setFrom(from);
        contract.setTo(to);
        contract.setAllPatterns(allPatterns);
        contract.setHeadcount(headcount);
        contract.setJobContent(jobContent);
        contract.setResponsibility(responsibility);
        contract.setWorkplace(workplace);
        contract.setOrgUnit(orgUnit);
        contract.setSupervisor(supervisor);
        contract.setClientManager(clientManager);
        contract.setDispatcherManager(dispatcherManager);
        contract.setComplaintsClient(complaintsClient);
        contract.setComplaintsDispatcher(complaintsDispatcher);
        contract.setComplaintHandling(complaintHandling);
        contract.setWorkingDays(workingDays);
        contract.setWorkingHours(workingHours);
        contract.setBreaks(breaks);
        contract.setOvertime(overtime);
        contract.setHolidayWork(holidayWork);
        contract.setSafetyHealth(safetyHealth);
        contract.setWelfare(welfare);
        contract.setTerminationMeasures(terminationMeasures);
        contract.setFeeNote(feeNote);
        contract.setNote(note);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
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

    public List<Long> getPatternIds() {
        return patternIds;
    }

    public void setPatternIds(List<Long> patternIds) {
        this.patternIds = patternIds == null ? new ArrayList<>() : patternIds;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Integer getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Integer headcount) {
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
}
