package jp.tsumugi.web.workers;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.web.cooperative.CodedEntity;

/**
 * A dispatched worker (派遣職員) with the limits of their contract. The contract-rule columns (min/max totals,
 * consecutive days, weekends, shifts per type) are optional; {@code maxShiftsPerType} is "shiftTypeCode=max" pairs,
 * comma-separated.
 */
@Entity
@Table(name = "worker")
public class Worker extends CodedEntity {

    @Column(nullable = false)
    private String name;

    private Double latitude;

    private Double longitude;

    @Column(name = "open_ended", nullable = false)
    private boolean openEnded = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "residence_status", nullable = false)
    private ResidenceStatus residenceStatus = ResidenceStatus.UNRESTRICTED;

    @Column(name = "monthly_target_minutes", nullable = false)
    private int monthlyTargetMinutes;

    @Column(name = "daily_cap_minutes")
    private Integer dailyCapMinutes;

    @Column(name = "no_night_work", nullable = false)
    private boolean noNightWork;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "required_buddy_id")
    private Worker requiredBuddy;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_rest_day")
    private DayOfWeek legalRestDay;

    @Column(name = "min_total_minutes")
    private Integer minTotalMinutes;

    @Column(name = "max_total_minutes")
    private Integer maxTotalMinutes;

    @Column(name = "min_consecutive_work_days")
    private Integer minConsecutiveWorkDays;

    @Column(name = "max_consecutive_work_days")
    private Integer maxConsecutiveWorkDays;

    @Column(name = "min_consecutive_days_off")
    private Integer minConsecutiveDaysOff;

    @Column(name = "max_weekends_worked")
    private Integer maxWeekendsWorked;

    @Column(name = "max_shifts_per_type")
    private String maxShiftsPerType;

    /** MALE, FEMALE or null (not recorded); for the §35 notice. */
    private String sex;

    @Column(name = "birth_date")
    private java.time.LocalDate birthDate;

    @Column(name = "health_insurance", nullable = false)
    private boolean healthInsurance = true;

    @Column(name = "pension_insurance", nullable = false)
    private boolean pensionInsurance = true;

    @Column(name = "employment_insurance", nullable = false)
    private boolean employmentInsurance = true;

    @Column(name = "agreement_covered", nullable = false)
    private boolean agreementCovered = true;

    @Column(name = "hired_on")
    private java.time.LocalDate hiredOn;

    @Column(name = "paid_leave_days_granted")
    private Integer paidLeaveDaysGranted;

    @OneToMany(mappedBy = "worker", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WorkerSkill> skills = new ArrayList<>();

    protected Worker() {
    }

    public Worker(long cooperativeId, String code, String name, int monthlyTargetMinutes) {
        super(cooperativeId, code);
        this.name = name;
        this.monthlyTargetMinutes = monthlyTargetMinutes;
    }

    public List<WorkerSkill> getSkills() {
        return skills;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public boolean isOpenEnded() {
        return openEnded;
    }

    public void setOpenEnded(boolean openEnded) {
        this.openEnded = openEnded;
    }

    public ResidenceStatus getResidenceStatus() {
        return residenceStatus;
    }

    public void setResidenceStatus(ResidenceStatus residenceStatus) {
        this.residenceStatus = residenceStatus;
    }

    public int getMonthlyTargetMinutes() {
        return monthlyTargetMinutes;
    }

    public void setMonthlyTargetMinutes(int monthlyTargetMinutes) {
        this.monthlyTargetMinutes = monthlyTargetMinutes;
    }

    public Integer getDailyCapMinutes() {
        return dailyCapMinutes;
    }

    public void setDailyCapMinutes(Integer dailyCapMinutes) {
        this.dailyCapMinutes = dailyCapMinutes;
    }

    public boolean isNoNightWork() {
        return noNightWork;
    }

    public void setNoNightWork(boolean noNightWork) {
        this.noNightWork = noNightWork;
    }

    public Worker getRequiredBuddy() {
        return requiredBuddy;
    }

    public void setRequiredBuddy(Worker requiredBuddy) {
        this.requiredBuddy = requiredBuddy;
    }

    public DayOfWeek getLegalRestDay() {
        return legalRestDay;
    }

    public void setLegalRestDay(DayOfWeek legalRestDay) {
        this.legalRestDay = legalRestDay;
    }

    public Integer getMinTotalMinutes() {
        return minTotalMinutes;
    }

    public void setMinTotalMinutes(Integer minTotalMinutes) {
        this.minTotalMinutes = minTotalMinutes;
    }

    public Integer getMaxTotalMinutes() {
        return maxTotalMinutes;
    }

    public void setMaxTotalMinutes(Integer maxTotalMinutes) {
        this.maxTotalMinutes = maxTotalMinutes;
    }

    public Integer getMinConsecutiveWorkDays() {
        return minConsecutiveWorkDays;
    }

    public void setMinConsecutiveWorkDays(Integer minConsecutiveWorkDays) {
        this.minConsecutiveWorkDays = minConsecutiveWorkDays;
    }

    public Integer getMaxConsecutiveWorkDays() {
        return maxConsecutiveWorkDays;
    }

    public void setMaxConsecutiveWorkDays(Integer maxConsecutiveWorkDays) {
        this.maxConsecutiveWorkDays = maxConsecutiveWorkDays;
    }

    public Integer getMinConsecutiveDaysOff() {
        return minConsecutiveDaysOff;
    }

    public void setMinConsecutiveDaysOff(Integer minConsecutiveDaysOff) {
        this.minConsecutiveDaysOff = minConsecutiveDaysOff;
    }

    public Integer getMaxWeekendsWorked() {
        return maxWeekendsWorked;
    }

    public void setMaxWeekendsWorked(Integer maxWeekendsWorked) {
        this.maxWeekendsWorked = maxWeekendsWorked;
    }

    public String getMaxShiftsPerType() {
        return maxShiftsPerType;
    }

    public void setMaxShiftsPerType(String maxShiftsPerType) {
        this.maxShiftsPerType = maxShiftsPerType;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public java.time.LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(java.time.LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public boolean isHealthInsurance() {
        return healthInsurance;
    }

    public void setHealthInsurance(boolean healthInsurance) {
        this.healthInsurance = healthInsurance;
    }

    public boolean isPensionInsurance() {
        return pensionInsurance;
    }

    public void setPensionInsurance(boolean pensionInsurance) {
        this.pensionInsurance = pensionInsurance;
    }

    public boolean isEmploymentInsurance() {
        return employmentInsurance;
    }

    public void setEmploymentInsurance(boolean employmentInsurance) {
        this.employmentInsurance = employmentInsurance;
    }

    public boolean isAgreementCovered() {
        return agreementCovered;
    }

    public void setAgreementCovered(boolean agreementCovered) {
        this.agreementCovered = agreementCovered;
    }

    public java.time.LocalDate getHiredOn() {
        return hiredOn;
    }

    public void setHiredOn(java.time.LocalDate hiredOn) {
        this.hiredOn = hiredOn;
    }

    public Integer getPaidLeaveDaysGranted() {
        return paidLeaveDaysGranted;
    }

    public void setPaidLeaveDaysGranted(Integer paidLeaveDaysGranted) {
        this.paidLeaveDaysGranted = paidLeaveDaysGranted;
    }
}
