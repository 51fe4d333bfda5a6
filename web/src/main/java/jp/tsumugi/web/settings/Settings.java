package jp.tsumugi.web.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.web.cooperative.CooperativeOwned;

/**
 * A cooperative's planning settings (domain.md §6): working-time regime, 36協定 values, week start, fiscal year,
 * dispatch caps, travel, fee. Every field is optional: {@code null} means the solver's default, which the settings
 * page shows next to the field. One row per cooperative.
 */
@Entity
@Table(name = "cooperative_settings")
public class Settings extends CooperativeOwned {

    @Enumerated(EnumType.STRING)
    @Column(name = "regime")
    private WorkingTimeRegime regime;

    @Enumerated(EnumType.STRING)
    @Column(name = "week_start")
    private DayOfWeek weekStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "rest_day_rule")
    private RestDayRule restDayRule;

    @Column(name = "fiscal_year_start_month")
    private Integer fiscalYearStartMonth;

    @Column(name = "standard_daily_max_minutes")
    private Integer standardDailyMaxMinutes;

    @Column(name = "standard_weekly_max_minutes")
    private Integer standardWeeklyMaxMinutes;

    @Column(name = "variable_daily_max_minutes")
    private Integer variableDailyMaxMinutes;

    @Column(name = "variable_weekly_max_minutes")
    private Integer variableWeeklyMaxMinutes;

    @Column(name = "monthly_overtime_cap_minutes")
    private Integer monthlyOvertimeCapMinutes;

    @Column(name = "annual_overtime_cap_minutes")
    private Integer annualOvertimeCapMinutes;

    @Column(name = "special_monthly_cap_minutes")
    private Integer specialMonthlyCapMinutes;

    @Column(name = "special_annual_cap_minutes")
    private Integer specialAnnualCapMinutes;

    @Column(name = "special_max_months")
    private Integer specialMaxMonths;

    @Column(name = "rest_interval_target_minutes")
    private Integer restIntervalTargetMinutes;

    @Column(name = "rest_interval_minimum_minutes")
    private Integer restIntervalMinimumMinutes;

    @Column(name = "area_municipality_codes")
    private String areaMunicipalityCodes;

    @Column(name = "non_member_cap_percent")
    private Integer nonMemberCapPercent;

    @Column(name = "non_member_with_municipalities_cap_percent")
    private Integer nonMemberWithMunicipalitiesCapPercent;

    @Column(name = "related_municipality_allowance")
    private Boolean relatedMunicipalityAllowance;

    @Column(name = "min_distinct_members_per_worker")
    private Integer minDistinctMembersPerWorker;

    @Column(name = "max_share_at_one_member_percent")
    private Integer maxSharePercentAtOneMember;

    @Column(name = "road_factor")
    private Double roadFactor;

    @Column(name = "travel_speed_kmh")
    private Double travelSpeedKmh;

    @Column(name = "travel_counts_as_work")
    private Boolean travelCountsAsWork;

    @Column(name = "max_site_changes_per_day")
    private Integer maxSiteChangesPerDay;

    @Column(name = "apply_agriculture_exemption")
    private Boolean applyAgricultureExemption;

    @Column(name = "fee_per_hour_yen")
    private Long feePerHourYen;

    @Version
    @Column(nullable = false)
    private long version;

    protected Settings() {
    }

    public Settings(long cooperativeId) {
        super(cooperativeId);
    }

    public long getVersion() {
        return version;
    }

    public WorkingTimeRegime getRegime() {
        return regime;
    }

    public void setRegime(WorkingTimeRegime regime) {
        this.regime = regime;
    }

    public DayOfWeek getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(DayOfWeek weekStart) {
        this.weekStart = weekStart;
    }

    public RestDayRule getRestDayRule() {
        return restDayRule;
    }

    public void setRestDayRule(RestDayRule restDayRule) {
        this.restDayRule = restDayRule;
    }

    public Integer getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(Integer fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public Integer getStandardDailyMaxMinutes() {
        return standardDailyMaxMinutes;
    }

    public void setStandardDailyMaxMinutes(Integer standardDailyMaxMinutes) {
        this.standardDailyMaxMinutes = standardDailyMaxMinutes;
    }

    public Integer getStandardWeeklyMaxMinutes() {
        return standardWeeklyMaxMinutes;
    }

    public void setStandardWeeklyMaxMinutes(Integer standardWeeklyMaxMinutes) {
        this.standardWeeklyMaxMinutes = standardWeeklyMaxMinutes;
    }

    public Integer getVariableDailyMaxMinutes() {
        return variableDailyMaxMinutes;
    }

    public void setVariableDailyMaxMinutes(Integer variableDailyMaxMinutes) {
        this.variableDailyMaxMinutes = variableDailyMaxMinutes;
    }

    public Integer getVariableWeeklyMaxMinutes() {
        return variableWeeklyMaxMinutes;
    }

    public void setVariableWeeklyMaxMinutes(Integer variableWeeklyMaxMinutes) {
        this.variableWeeklyMaxMinutes = variableWeeklyMaxMinutes;
    }

    public Integer getMonthlyOvertimeCapMinutes() {
        return monthlyOvertimeCapMinutes;
    }

    public void setMonthlyOvertimeCapMinutes(Integer monthlyOvertimeCapMinutes) {
        this.monthlyOvertimeCapMinutes = monthlyOvertimeCapMinutes;
    }

    public Integer getAnnualOvertimeCapMinutes() {
        return annualOvertimeCapMinutes;
    }

    public void setAnnualOvertimeCapMinutes(Integer annualOvertimeCapMinutes) {
        this.annualOvertimeCapMinutes = annualOvertimeCapMinutes;
    }

    public Integer getSpecialMonthlyCapMinutes() {
        return specialMonthlyCapMinutes;
    }

    public void setSpecialMonthlyCapMinutes(Integer specialMonthlyCapMinutes) {
        this.specialMonthlyCapMinutes = specialMonthlyCapMinutes;
    }

    public Integer getSpecialAnnualCapMinutes() {
        return specialAnnualCapMinutes;
    }

    public void setSpecialAnnualCapMinutes(Integer specialAnnualCapMinutes) {
        this.specialAnnualCapMinutes = specialAnnualCapMinutes;
    }

    public Integer getSpecialMaxMonths() {
        return specialMaxMonths;
    }

    public void setSpecialMaxMonths(Integer specialMaxMonths) {
        this.specialMaxMonths = specialMaxMonths;
    }

    public Integer getRestIntervalTargetMinutes() {
        return restIntervalTargetMinutes;
    }

    public void setRestIntervalTargetMinutes(Integer restIntervalTargetMinutes) {
        this.restIntervalTargetMinutes = restIntervalTargetMinutes;
    }

    public Integer getRestIntervalMinimumMinutes() {
        return restIntervalMinimumMinutes;
    }

    public void setRestIntervalMinimumMinutes(Integer restIntervalMinimumMinutes) {
        this.restIntervalMinimumMinutes = restIntervalMinimumMinutes;
    }

    public String getAreaMunicipalityCodes() {
        return areaMunicipalityCodes;
    }

    public void setAreaMunicipalityCodes(String areaMunicipalityCodes) {
        this.areaMunicipalityCodes = areaMunicipalityCodes;
    }

    public Integer getNonMemberCapPercent() {
        return nonMemberCapPercent;
    }

    public void setNonMemberCapPercent(Integer nonMemberCapPercent) {
        this.nonMemberCapPercent = nonMemberCapPercent;
    }

    public Integer getNonMemberWithMunicipalitiesCapPercent() {
        return nonMemberWithMunicipalitiesCapPercent;
    }

    public void setNonMemberWithMunicipalitiesCapPercent(Integer nonMemberWithMunicipalitiesCapPercent) {
        this.nonMemberWithMunicipalitiesCapPercent = nonMemberWithMunicipalitiesCapPercent;
    }

    public Boolean getRelatedMunicipalityAllowance() {
        return relatedMunicipalityAllowance;
    }

    public void setRelatedMunicipalityAllowance(Boolean relatedMunicipalityAllowance) {
        this.relatedMunicipalityAllowance = relatedMunicipalityAllowance;
    }

    public Integer getMinDistinctMembersPerWorker() {
        return minDistinctMembersPerWorker;
    }

    public void setMinDistinctMembersPerWorker(Integer minDistinctMembersPerWorker) {
        this.minDistinctMembersPerWorker = minDistinctMembersPerWorker;
    }

    public Integer getMaxSharePercentAtOneMember() {
        return maxSharePercentAtOneMember;
    }

    public void setMaxSharePercentAtOneMember(Integer maxSharePercentAtOneMember) {
        this.maxSharePercentAtOneMember = maxSharePercentAtOneMember;
    }

    public Double getRoadFactor() {
        return roadFactor;
    }

    public void setRoadFactor(Double roadFactor) {
        this.roadFactor = roadFactor;
    }

    public Double getTravelSpeedKmh() {
        return travelSpeedKmh;
    }

    public void setTravelSpeedKmh(Double travelSpeedKmh) {
        this.travelSpeedKmh = travelSpeedKmh;
    }

    public Boolean getTravelCountsAsWork() {
        return travelCountsAsWork;
    }

    public void setTravelCountsAsWork(Boolean travelCountsAsWork) {
        this.travelCountsAsWork = travelCountsAsWork;
    }

    public Integer getMaxSiteChangesPerDay() {
        return maxSiteChangesPerDay;
    }

    public void setMaxSiteChangesPerDay(Integer maxSiteChangesPerDay) {
        this.maxSiteChangesPerDay = maxSiteChangesPerDay;
    }

    public Boolean getApplyAgricultureExemption() {
        return applyAgricultureExemption;
    }

    public void setApplyAgricultureExemption(Boolean applyAgricultureExemption) {
        this.applyAgricultureExemption = applyAgricultureExemption;
    }

    public Long getFeePerHourYen() {
        return feePerHourYen;
    }

    public void setFeePerHourYen(Long feePerHourYen) {
        this.feePerHourYen = feePerHourYen;
    }
}
