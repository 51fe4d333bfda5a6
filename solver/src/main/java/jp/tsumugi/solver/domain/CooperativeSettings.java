package jp.tsumugi.solver.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * Everything a cooperative decides (就業規則, 36協定, policy) that the constraints read. Defaults follow domain.md §6;
 * every number is data, none is in a constraint. Mutable with fluent setters so that callers can start from the
 * defaults; treat an instance as frozen once a solve starts.
 */
public final class CooperativeSettings {
    private WorkingTimeRegime regime = WorkingTimeRegime.STANDARD;
    /** 就業規則 week start; default Sunday (domain.md §6 rule 7). */
    private DayOfWeek weekStart = DayOfWeek.SUNDAY;
    private RestDayRule restDayRule = RestDayRule.WEEKLY;
    private int fiscalYearStartMonth = 4;

    // Working time caps on rostered hours (rule 7, 13, 14). Under STANDARD the coop may raise them (overtime within the
    // 36協定); the statutory baselines for overtime stay 8 h / 40 h.
    private int standardDailyMaxMinutes = 8 * 60;
    private int standardWeeklyMaxMinutes = 40 * 60;
    private int variableDailyMaxMinutes = 10 * 60;
    private int variableWeeklyMaxMinutes = 52 * 60;

    // Breaks (rule 8).
    private int breakThreshold1Minutes = 6 * 60;
    private int breakRequired1Minutes = 45;
    private int breakThreshold2Minutes = 8 * 60;
    private int breakRequired2Minutes = 60;

    // 36協定 (rules 10, 11).
    private int monthlyOvertimeCapMinutes = 45 * 60;
    private int annualOvertimeCapMinutes = 360 * 60;
    private int variableMonthlyOvertimeCapMinutes = 42 * 60;
    private int variableAnnualOvertimeCapMinutes = 320 * 60;
    private boolean specialClause;
    private int specialMonthlyOvertimeCapMinutes = 80 * 60;
    private int specialAnnualOvertimeCapMinutes = 720 * 60;
    private int specialMaxMonthsOverRegularCap = 6;
    /** Overtime + holiday work must stay strictly below this in every month. */
    private int overtimeHolidayMonthlyLimitMinutes = 100 * 60;
    /** Overtime + holiday work averaged over every 2–6-month window must not exceed this. */
    private int overtimeHolidayAverageLimitMinutes = 80 * 60;

    // 1-year variable regime (rule 14).
    private int variableMaxWorkingDaysPerYear = 280;
    private int variableMaxConsecutiveWorkDays = 6;
    private int variableBusyPeriodMaxConsecutiveWorkDays = 12;
    private int variableHeavyWeekThresholdMinutes = 48 * 60;
    private int variableMaxConsecutiveHeavyWeeks = 3;
    private int variableMaxHeavyWeeksPerQuarter = 3;
    private List<DateRange> variableBusyPeriods = List.of();

    // Rest interval (rule 19, soft).
    private int restIntervalTargetMinutes = 11 * 60;
    private int restIntervalMinimumMinutes = 9 * 60;

    // Dispatch (rules 2, 3).
    private Set<String> areaMunicipalityCodes = Set.of();
    private int nonMemberCapPercent = 20;
    private int nonMemberWithMunicipalitiesCapPercent = 50;
    /**
     * UNCONFIRMED (domain.md §1.3): the 2025 amendment that lets related municipalities use up to 50 % is not confirmed
     * in force. Safe default: off, so all non-member use shares the 20 % cap.
     */
    private boolean relatedMunicipalityAllowance;

    // Multi-work policy (rules 23, 24).
    private int minDistinctMembersPerWorker = 2;
    /** 0 = off (the 80 % group cap of 派遣法 §23-2 is disapplied for these coops). */
    private int maxShareAtOneMemberPercent;

    // Travel (rule 27).
    private TravelModel travel = TravelModel.DEFAULT;
    /** UNCONFIRMED (domain.md §6 rule 27): travel between members within a day counts as working time by default. */
    private boolean travelCountsAsWork = true;
    private int maxSiteChangesPerDay = 1;

    /** Rule 18: default off. When on, slots at §41-exempt sites are left out of hours, breaks and rest-day limits. */
    private boolean applyAgricultureExemption;

    private long feePerHourYen = 1100;

    public WorkingTimeRegime getRegime() { return regime; }
    public boolean isVariableRegime() { return regime == WorkingTimeRegime.VARIABLE_ONE_YEAR; }
    public DayOfWeek getWeekStart() { return weekStart; }
    /** The rest-day rule in force: 4-in-4-weeks is never allowed under the variable regime (domain.md §3.3). */
    public RestDayRule getRestDayRule() { return isVariableRegime() ? RestDayRule.WEEKLY : restDayRule; }
    public int getFiscalYearStartMonth() { return fiscalYearStartMonth; }
    public int getDailyMaxMinutes() { return isVariableRegime() ? variableDailyMaxMinutes : standardDailyMaxMinutes; }
    public int getWeeklyMaxMinutes() { return isVariableRegime() ? variableWeeklyMaxMinutes : standardWeeklyMaxMinutes; }
    /**
     * Daily hours beyond which time counts as overtime. Under the variable regime the published roster is the fixed
     * schedule (所定労働時間), so only time beyond the regime's daily maximum is overtime.
     */
    public int getDailyOvertimeBaselineMinutes() { return isVariableRegime() ? variableDailyMaxMinutes : 8 * 60; }
    public int getWeeklyOvertimeBaselineMinutes() { return isVariableRegime() ? variableWeeklyMaxMinutes : 40 * 60; }
    public int getBreakThreshold1Minutes() { return breakThreshold1Minutes; }
    public int getBreakRequired1Minutes() { return breakRequired1Minutes; }
    public int getBreakThreshold2Minutes() { return breakThreshold2Minutes; }
    public int getBreakRequired2Minutes() { return breakRequired2Minutes; }

    /** The break a day of {@code workMinutes} needs (労基法 §34): more than 6 h → 45 min, more than 8 h → 60 min. */
    public int requiredBreakMinutes(int workMinutes) {
        if (workMinutes > breakThreshold2Minutes) {
            return breakRequired2Minutes;
        }
        return workMinutes > breakThreshold1Minutes ? breakRequired1Minutes : 0;
    }

    public boolean hasSpecialClause() { return specialClause; }
    public int getRegularMonthlyOvertimeCapMinutes() {
        return isVariableRegime() ? variableMonthlyOvertimeCapMinutes : monthlyOvertimeCapMinutes;
    }
    /** The monthly overtime cap in force: the special clause's value when one is agreed. */
    public int getMonthlyOvertimeCapMinutes() {
        return specialClause ? specialMonthlyOvertimeCapMinutes : getRegularMonthlyOvertimeCapMinutes();
    }
    public int getAnnualOvertimeCapMinutes() {
        if (specialClause) {
            return specialAnnualOvertimeCapMinutes;
        }
        return isVariableRegime() ? variableAnnualOvertimeCapMinutes : annualOvertimeCapMinutes;
    }
    public int getSpecialMaxMonthsOverRegularCap() { return specialMaxMonthsOverRegularCap; }
    public int getOvertimeHolidayMonthlyLimitMinutes() { return overtimeHolidayMonthlyLimitMinutes; }
    public int getOvertimeHolidayAverageLimitMinutes() { return overtimeHolidayAverageLimitMinutes; }
    public int getVariableMaxWorkingDaysPerYear() { return variableMaxWorkingDaysPerYear; }
    public int getVariableMaxConsecutiveWorkDays() { return variableMaxConsecutiveWorkDays; }
    public int getVariableBusyPeriodMaxConsecutiveWorkDays() { return variableBusyPeriodMaxConsecutiveWorkDays; }
    public int getVariableHeavyWeekThresholdMinutes() { return variableHeavyWeekThresholdMinutes; }
    public int getVariableMaxConsecutiveHeavyWeeks() { return variableMaxConsecutiveHeavyWeeks; }
    public int getVariableMaxHeavyWeeksPerQuarter() { return variableMaxHeavyWeeksPerQuarter; }
    public List<DateRange> getVariableBusyPeriods() { return variableBusyPeriods; }
    public int getRestIntervalTargetMinutes() { return restIntervalTargetMinutes; }
    public int getRestIntervalMinimumMinutes() { return restIntervalMinimumMinutes; }
    public Set<String> getAreaMunicipalityCodes() { return areaMunicipalityCodes; }
    public int getNonMemberCapPercent() { return nonMemberCapPercent; }
    public int getNonMemberWithMunicipalitiesCapPercent() { return nonMemberWithMunicipalitiesCapPercent; }
    public boolean isRelatedMunicipalityAllowance() { return relatedMunicipalityAllowance; }
    public int getMinDistinctMembersPerWorker() { return minDistinctMembersPerWorker; }
    public int getMaxShareAtOneMemberPercent() { return maxShareAtOneMemberPercent; }
    public TravelModel getTravel() { return travel; }
    public boolean isTravelCountsAsWork() { return travelCountsAsWork; }
    public int getMaxSiteChangesPerDay() { return maxSiteChangesPerDay; }
    public boolean isApplyAgricultureExemption() { return applyAgricultureExemption; }
    public long getFeePerHourYen() { return feePerHourYen; }

    public boolean isInsideArea(Site site) {
        return areaMunicipalityCodes.isEmpty()
                || (site.getMunicipalityCode() != null && areaMunicipalityCodes.contains(site.getMunicipalityCode()));
    }

    public boolean isInBusyPeriod(java.time.LocalDate date) {
        for (DateRange range : variableBusyPeriods) {
            if (range.contains(date)) {
                return true;
            }
        }
        return false;
    }

    public CooperativeSettings withRegime(WorkingTimeRegime regime) { this.regime = regime; return this; }
    public CooperativeSettings withWeekStart(DayOfWeek weekStart) { this.weekStart = weekStart; return this; }
    public CooperativeSettings withRestDayRule(RestDayRule rule) { this.restDayRule = rule; return this; }
    public CooperativeSettings withFiscalYearStartMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("fiscal year start month must be 1..12");
        }
        this.fiscalYearStartMonth = month;
        return this;
    }
    public CooperativeSettings withStandardDailyMaxMinutes(int v) { this.standardDailyMaxMinutes = v; return this; }
    public CooperativeSettings withStandardWeeklyMaxMinutes(int v) { this.standardWeeklyMaxMinutes = v; return this; }
    public CooperativeSettings withVariableDailyMaxMinutes(int v) { this.variableDailyMaxMinutes = v; return this; }
    public CooperativeSettings withVariableWeeklyMaxMinutes(int v) { this.variableWeeklyMaxMinutes = v; return this; }
    public CooperativeSettings withBreakRule(int threshold1, int required1, int threshold2, int required2) {
        this.breakThreshold1Minutes = threshold1;
        this.breakRequired1Minutes = required1;
        this.breakThreshold2Minutes = threshold2;
        this.breakRequired2Minutes = required2;
        return this;
    }
    public CooperativeSettings withMonthlyOvertimeCapMinutes(int v) { this.monthlyOvertimeCapMinutes = v; return this; }
    public CooperativeSettings withAnnualOvertimeCapMinutes(int v) { this.annualOvertimeCapMinutes = v; return this; }
    public CooperativeSettings withVariableMonthlyOvertimeCapMinutes(int v) { this.variableMonthlyOvertimeCapMinutes = v; return this; }
    public CooperativeSettings withVariableAnnualOvertimeCapMinutes(int v) { this.variableAnnualOvertimeCapMinutes = v; return this; }
    public CooperativeSettings withSpecialClause(int monthlyCapMinutes, int annualCapMinutes, int maxMonthsOverRegular) {
        if (monthlyCapMinutes >= overtimeHolidayMonthlyLimitMinutes || annualCapMinutes > 720 * 60) {
            throw new IllegalArgumentException("special clause must stay below 100 h/month and within 720 h/year");
        }
        this.specialClause = true;
        this.specialMonthlyOvertimeCapMinutes = monthlyCapMinutes;
        this.specialAnnualOvertimeCapMinutes = annualCapMinutes;
        this.specialMaxMonthsOverRegularCap = maxMonthsOverRegular;
        return this;
    }
    public CooperativeSettings withOvertimeHolidayLimits(int monthlyLimit, int averageLimit) {
        this.overtimeHolidayMonthlyLimitMinutes = monthlyLimit;
        this.overtimeHolidayAverageLimitMinutes = averageLimit;
        return this;
    }
    public CooperativeSettings withVariableLimits(int maxWorkingDaysPerYear, int maxConsecutiveWorkDays,
            int busyPeriodMaxConsecutiveWorkDays, int heavyWeekThresholdMinutes, int maxConsecutiveHeavyWeeks,
            int maxHeavyWeeksPerQuarter) {
        this.variableMaxWorkingDaysPerYear = maxWorkingDaysPerYear;
        this.variableMaxConsecutiveWorkDays = maxConsecutiveWorkDays;
        this.variableBusyPeriodMaxConsecutiveWorkDays = busyPeriodMaxConsecutiveWorkDays;
        this.variableHeavyWeekThresholdMinutes = heavyWeekThresholdMinutes;
        this.variableMaxConsecutiveHeavyWeeks = maxConsecutiveHeavyWeeks;
        this.variableMaxHeavyWeeksPerQuarter = maxHeavyWeeksPerQuarter;
        return this;
    }
    public CooperativeSettings withVariableBusyPeriods(List<DateRange> periods) { this.variableBusyPeriods = List.copyOf(periods); return this; }
    public CooperativeSettings withRestInterval(int targetMinutes, int minimumMinutes) {
        this.restIntervalTargetMinutes = targetMinutes;
        this.restIntervalMinimumMinutes = minimumMinutes;
        return this;
    }
    public CooperativeSettings withAreaMunicipalityCodes(Set<String> codes) { this.areaMunicipalityCodes = Set.copyOf(codes); return this; }
    public CooperativeSettings withNonMemberCaps(int capPercent, int withMunicipalitiesCapPercent, boolean relatedMunicipalityAllowance) {
        this.nonMemberCapPercent = capPercent;
        this.nonMemberWithMunicipalitiesCapPercent = withMunicipalitiesCapPercent;
        this.relatedMunicipalityAllowance = relatedMunicipalityAllowance;
        return this;
    }
    public CooperativeSettings withMinDistinctMembersPerWorker(int v) { this.minDistinctMembersPerWorker = v; return this; }
    public CooperativeSettings withMaxShareAtOneMemberPercent(int v) { this.maxShareAtOneMemberPercent = v; return this; }
    public CooperativeSettings withTravel(TravelModel travel) { this.travel = travel; return this; }
    public CooperativeSettings withTravelCountsAsWork(boolean v) { this.travelCountsAsWork = v; return this; }
    public CooperativeSettings withMaxSiteChangesPerDay(int v) { this.maxSiteChangesPerDay = v; return this; }
    public CooperativeSettings withApplyAgricultureExemption(boolean v) { this.applyAgricultureExemption = v; return this; }
    public CooperativeSettings withFeePerHourYen(long v) { this.feePerHourYen = v; return this; }
}
