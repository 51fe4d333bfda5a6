package jp.tsumugi.web.settings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.WorkingTimeRegime;

/**
 * The solver's defaults, in the form's units, shown next to each field: an empty field means this value. Read from
 * {@link CooperativeSettings} itself so that the page cannot drift from the solver.
 */
record SettingsDefaults(WorkingTimeRegime regime, DayOfWeek weekStart, RestDayRule restDayRule,
        int fiscalYearStartMonth, BigDecimal standardDailyMaxHours, BigDecimal standardWeeklyMaxHours,
        BigDecimal variableDailyMaxHours, BigDecimal variableWeeklyMaxHours, BigDecimal monthlyOvertimeCapHours,
        BigDecimal annualOvertimeCapHours, BigDecimal variableMonthlyOvertimeCapHours,
        BigDecimal variableAnnualOvertimeCapHours, BigDecimal restIntervalTargetHours,
        BigDecimal restIntervalMinimumHours, int nonMemberCapPercent, int nonMemberWithMunicipalitiesCapPercent,
        boolean relatedMunicipalityAllowance, int minDistinctMembersPerWorker, int maxShareAtOneMemberPercent,
        BigDecimal roadFactor, BigDecimal travelSpeedKmh, boolean travelCountsAsWork, int maxSiteChangesPerDay,
        boolean applyAgricultureExemption, long feePerHourYen) {

    static SettingsDefaults fromSolver() {
        CooperativeSettings standard = new CooperativeSettings();
        CooperativeSettings variable = new CooperativeSettings().withRegime(WorkingTimeRegime.VARIABLE_ONE_YEAR);
        return new SettingsDefaults(standard.getRegime(), standard.getWeekStart(), standard.getRestDayRule(),
                standard.getFiscalYearStartMonth(), hours(standard.getDailyMaxMinutes()),
                hours(standard.getWeeklyMaxMinutes()), hours(variable.getDailyMaxMinutes()),
                hours(variable.getWeeklyMaxMinutes()), hours(standard.getMonthlyOvertimeCapMinutes()),
                hours(standard.getAnnualOvertimeCapMinutes()), hours(variable.getMonthlyOvertimeCapMinutes()),
                hours(variable.getAnnualOvertimeCapMinutes()), hours(standard.getRestIntervalTargetMinutes()),
                hours(standard.getRestIntervalMinimumMinutes()), standard.getNonMemberCapPercent(),
                standard.getNonMemberWithMunicipalitiesCapPercent(), standard.isRelatedMunicipalityAllowance(),
                standard.getMinDistinctMembersPerWorker(), standard.getMaxShareAtOneMemberPercent(),
                decimal(standard.getTravel().roadFactor()), decimal(standard.getTravel().speedKmh()), standard.isTravelCountsAsWork(),
                standard.getMaxSiteChangesPerDay(), standard.isApplyAgricultureExemption(),
                standard.getFeePerHourYen());
    }

    private static BigDecimal hours(int minutes) {
        return SettingsForm.hours(minutes);
    }

    private static BigDecimal decimal(double value) {
        return SettingsForm.plain(BigDecimal.valueOf(value));
    }
}
