package jp.tsumugi.web.settings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import org.springframework.format.annotation.NumberFormat;

/**
 * The settings page's form. Every field may be left empty: empty means the solver's default. Times are in hours here
 * (the secretariat thinks of 36協定 caps in hours) and in whole minutes in the database.
 */
class SettingsForm {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Long settingsId;

    private Long version;

    private WorkingTimeRegime regime;

    private DayOfWeek weekStart;

    private RestDayRule restDayRule;

    @Min(value = 1, message = "{settings.fiscalYearStartMonth.range}")
    @Max(value = 12, message = "{settings.fiscalYearStartMonth.range}")
    private Integer fiscalYearStartMonth;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", inclusive = false, message = "{settings.hours.positive}")
    @DecimalMax(value = "24", message = "{settings.hours.day}")
    private BigDecimal standardDailyMaxHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", inclusive = false, message = "{settings.hours.positive}")
    @DecimalMax(value = "168", message = "{settings.hours.week}")
    private BigDecimal standardWeeklyMaxHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", inclusive = false, message = "{settings.hours.positive}")
    @DecimalMax(value = "24", message = "{settings.hours.day}")
    private BigDecimal variableDailyMaxHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", inclusive = false, message = "{settings.hours.positive}")
    @DecimalMax(value = "168", message = "{settings.hours.week}")
    private BigDecimal variableWeeklyMaxHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.monthlyOvertimeCap.range}")
    @DecimalMax(value = "744", message = "{settings.monthlyOvertimeCap.range}")
    private BigDecimal monthlyOvertimeCapHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.annualOvertimeCap.range}")
    @DecimalMax(value = "8784", message = "{settings.annualOvertimeCap.range}")
    private BigDecimal annualOvertimeCapHours;

    private boolean specialClause;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.specialMonthlyCap.range}")
    @DecimalMax(value = "100", inclusive = false, message = "{settings.specialMonthlyCap.range}")
    private BigDecimal specialMonthlyCapHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.specialAnnualCap.range}")
    @DecimalMax(value = "720", message = "{settings.specialAnnualCap.range}")
    private BigDecimal specialAnnualCapHours;

    @Min(value = 0, message = "{settings.specialMaxMonths.range}")
    @Max(value = 12, message = "{settings.specialMaxMonths.range}")
    private Integer specialMaxMonths;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.restInterval.range}")
    @DecimalMax(value = "24", message = "{settings.restInterval.range}")
    private BigDecimal restIntervalTargetHours;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "0", message = "{settings.restInterval.range}")
    @DecimalMax(value = "24", message = "{settings.restInterval.range}")
    private BigDecimal restIntervalMinimumHours;

    @Pattern(regexp = "[0-9]{5,6}([\\s,、]+[0-9]{5,6})*", message = "{settings.areaMunicipalityCodes.pattern}")
    private String areaMunicipalityCodes;

    @Min(value = 0, message = "{settings.percent.range}")
    @Max(value = 100, message = "{settings.percent.range}")
    private Integer nonMemberCapPercent;

    @Min(value = 0, message = "{settings.percent.range}")
    @Max(value = 100, message = "{settings.percent.range}")
    private Integer nonMemberWithMunicipalitiesCapPercent;

    private Boolean relatedMunicipalityAllowance;

    @Min(value = 0, message = "{settings.count.range}")
    @Max(value = 100, message = "{settings.count.range}")
    private Integer minDistinctMembersPerWorker;

    @Min(value = 0, message = "{settings.percent.range}")
    @Max(value = 100, message = "{settings.percent.range}")
    private Integer maxShareAtOneMemberPercent;

    @NumberFormat(pattern = "0.##")
    @DecimalMin(value = "1", message = "{settings.roadFactor.range}")
    @DecimalMax(value = "5", message = "{settings.roadFactor.range}")
    private BigDecimal roadFactor;

    @NumberFormat(pattern = "0.#")
    @DecimalMin(value = "1", message = "{settings.travelSpeedKmh.range}")
    @DecimalMax(value = "150", message = "{settings.travelSpeedKmh.range}")
    private BigDecimal travelSpeedKmh;

    private Boolean travelCountsAsWork;

    @Min(value = 0, message = "{settings.count.range}")
    @Max(value = 100, message = "{settings.count.range}")
    private Integer maxSiteChangesPerDay;

    private Boolean applyAgricultureExemption;

    @Min(value = 0, message = "{settings.feePerHourYen.range}")
    @Max(value = 1_000_000, message = "{settings.feePerHourYen.range}")
    private Long feePerHourYen;

    @Valid
    private List<WeightRow> weights = new ArrayList<>();

    /** One rule's own weight; {@code null} keeps the default, 0 switches the rule off. */
    public static class WeightRow {

        private String id;

        @Min(value = 0, message = "{settings.weight.range}")
        @Max(value = 1_000_000, message = "{settings.weight.range}")
        private Long weight;

        public WeightRow() {
        }

        WeightRow(String id, Long weight) {
            this.id = id;
            this.weight = weight;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public Long getWeight() {
            return weight;
        }

        public void setWeight(Long weight) {
            this.weight = weight;
        }
    }

    @AssertTrue(message = "{settings.specialClause.incomplete}")
    public boolean isSpecialClauseComplete() {
        return !specialClause
                || (specialMonthlyCapHours != null && specialAnnualCapHours != null && specialMaxMonths != null);
    }

    @AssertTrue(message = "{settings.restInterval.order}")
    public boolean isRestIntervalOrdered() {
        return restIntervalTargetHours == null || restIntervalMinimumHours == null
                || restIntervalMinimumHours.compareTo(restIntervalTargetHours) <= 0;
    }

    /** The form for the stored settings ({@code null}: none stored yet) and the stored rule weights. */
    static SettingsForm of(Settings s, Map<String, Long> storedWeights, List<String> ruleIds) {
        SettingsForm f = new SettingsForm();
        for (String id : ruleIds) {
            f.weights.add(new WeightRow(id, storedWeights.get(id)));
        }
        if (s == null) {
            return f;
        }
        f.settingsId = s.getId();
        f.version = s.getVersion();
        f.regime = s.getRegime();
        f.weekStart = s.getWeekStart();
        f.restDayRule = s.getRestDayRule();
        f.fiscalYearStartMonth = s.getFiscalYearStartMonth();
        f.standardDailyMaxHours = hours(s.getStandardDailyMaxMinutes());
        f.standardWeeklyMaxHours = hours(s.getStandardWeeklyMaxMinutes());
        f.variableDailyMaxHours = hours(s.getVariableDailyMaxMinutes());
        f.variableWeeklyMaxHours = hours(s.getVariableWeeklyMaxMinutes());
        f.monthlyOvertimeCapHours = hours(s.getMonthlyOvertimeCapMinutes());
        f.annualOvertimeCapHours = hours(s.getAnnualOvertimeCapMinutes());
        f.specialClause = s.getSpecialMonthlyCapMinutes() != null;
        f.specialMonthlyCapHours = hours(s.getSpecialMonthlyCapMinutes());
        f.specialAnnualCapHours = hours(s.getSpecialAnnualCapMinutes());
        f.specialMaxMonths = s.getSpecialMaxMonths();
        f.restIntervalTargetHours = hours(s.getRestIntervalTargetMinutes());
        f.restIntervalMinimumHours = hours(s.getRestIntervalMinimumMinutes());
        f.areaMunicipalityCodes = s.getAreaMunicipalityCodes();
        f.nonMemberCapPercent = s.getNonMemberCapPercent();
        f.nonMemberWithMunicipalitiesCapPercent = s.getNonMemberWithMunicipalitiesCapPercent();
        f.relatedMunicipalityAllowance = s.getRelatedMunicipalityAllowance();
        f.minDistinctMembersPerWorker = s.getMinDistinctMembersPerWorker();
        f.maxShareAtOneMemberPercent = s.getMaxSharePercentAtOneMember();
        f.roadFactor = s.getRoadFactor() == null ? null : BigDecimal.valueOf(s.getRoadFactor());
        f.travelSpeedKmh = s.getTravelSpeedKmh() == null ? null : BigDecimal.valueOf(s.getTravelSpeedKmh());
        f.travelCountsAsWork = s.getTravelCountsAsWork();
        f.maxSiteChangesPerDay = s.getMaxSiteChangesPerDay();
        f.applyAgricultureExemption = s.getApplyAgricultureExemption();
        f.feePerHourYen = s.getFeePerHourYen();
        return f;
    }

    void applyTo(Settings s) {
        s.setRegime(regime);
        s.setWeekStart(weekStart);
        s.setRestDayRule(restDayRule);
        s.setFiscalYearStartMonth(fiscalYearStartMonth);
        s.setStandardDailyMaxMinutes(minutes(standardDailyMaxHours));
        s.setStandardWeeklyMaxMinutes(minutes(standardWeeklyMaxHours));
        s.setVariableDailyMaxMinutes(minutes(variableDailyMaxHours));
        s.setVariableWeeklyMaxMinutes(minutes(variableWeeklyMaxHours));
        s.setMonthlyOvertimeCapMinutes(minutes(monthlyOvertimeCapHours));
        s.setAnnualOvertimeCapMinutes(minutes(annualOvertimeCapHours));
        // The three values of the special clause exist together or not at all (the dataset's specialClause).
        s.setSpecialMonthlyCapMinutes(specialClause ? minutes(specialMonthlyCapHours) : null);
        s.setSpecialAnnualCapMinutes(specialClause ? minutes(specialAnnualCapHours) : null);
        s.setSpecialMaxMonths(specialClause ? specialMaxMonths : null);
        s.setRestIntervalTargetMinutes(minutes(restIntervalTargetHours));
        s.setRestIntervalMinimumMinutes(minutes(restIntervalMinimumHours));
        s.setAreaMunicipalityCodes(normalisedCodes(areaMunicipalityCodes));
        s.setNonMemberCapPercent(nonMemberCapPercent);
        s.setNonMemberWithMunicipalitiesCapPercent(nonMemberWithMunicipalitiesCapPercent);
        s.setRelatedMunicipalityAllowance(relatedMunicipalityAllowance);
        s.setMinDistinctMembersPerWorker(minDistinctMembersPerWorker);
        s.setMaxSharePercentAtOneMember(maxShareAtOneMemberPercent);
        s.setRoadFactor(roadFactor == null ? null : roadFactor.doubleValue());
        s.setTravelSpeedKmh(travelSpeedKmh == null ? null : travelSpeedKmh.doubleValue());
        s.setTravelCountsAsWork(travelCountsAsWork);
        s.setMaxSiteChangesPerDay(maxSiteChangesPerDay);
        s.setApplyAgricultureExemption(applyAgricultureExemption);
        s.setFeePerHourYen(feePerHourYen);
    }

    static BigDecimal hours(Integer minutes) {
        return minutes == null ? null : plain(BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP));
    }

    /** Without trailing zeros and never in exponent form (45, not 4.5E+1). */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Integer minutes(BigDecimal hours) {
        return hours == null ? null : hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String normalisedCodes(String codes) {
        if (codes == null || codes.isBlank()) {
            return null;
        }
        return Arrays.stream(codes.split("[\\s,、]+")).filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().sorted()
                .collect(Collectors.joining(","));
    }

    public Long getSettingsId() {
        return settingsId;
    }

    public void setSettingsId(Long settingsId) {
        this.settingsId = settingsId;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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

    public BigDecimal getStandardDailyMaxHours() {
        return standardDailyMaxHours;
    }

    public void setStandardDailyMaxHours(BigDecimal standardDailyMaxHours) {
        this.standardDailyMaxHours = standardDailyMaxHours;
    }

    public BigDecimal getStandardWeeklyMaxHours() {
        return standardWeeklyMaxHours;
    }

    public void setStandardWeeklyMaxHours(BigDecimal standardWeeklyMaxHours) {
        this.standardWeeklyMaxHours = standardWeeklyMaxHours;
    }

    public BigDecimal getVariableDailyMaxHours() {
        return variableDailyMaxHours;
    }

    public void setVariableDailyMaxHours(BigDecimal variableDailyMaxHours) {
        this.variableDailyMaxHours = variableDailyMaxHours;
    }

    public BigDecimal getVariableWeeklyMaxHours() {
        return variableWeeklyMaxHours;
    }

    public void setVariableWeeklyMaxHours(BigDecimal variableWeeklyMaxHours) {
        this.variableWeeklyMaxHours = variableWeeklyMaxHours;
    }

    public BigDecimal getMonthlyOvertimeCapHours() {
        return monthlyOvertimeCapHours;
    }

    public void setMonthlyOvertimeCapHours(BigDecimal monthlyOvertimeCapHours) {
        this.monthlyOvertimeCapHours = monthlyOvertimeCapHours;
    }

    public BigDecimal getAnnualOvertimeCapHours() {
        return annualOvertimeCapHours;
    }

    public void setAnnualOvertimeCapHours(BigDecimal annualOvertimeCapHours) {
        this.annualOvertimeCapHours = annualOvertimeCapHours;
    }

    public boolean isSpecialClause() {
        return specialClause;
    }

    public void setSpecialClause(boolean specialClause) {
        this.specialClause = specialClause;
    }

    public BigDecimal getSpecialMonthlyCapHours() {
        return specialMonthlyCapHours;
    }

    public void setSpecialMonthlyCapHours(BigDecimal specialMonthlyCapHours) {
        this.specialMonthlyCapHours = specialMonthlyCapHours;
    }

    public BigDecimal getSpecialAnnualCapHours() {
        return specialAnnualCapHours;
    }

    public void setSpecialAnnualCapHours(BigDecimal specialAnnualCapHours) {
        this.specialAnnualCapHours = specialAnnualCapHours;
    }

    public Integer getSpecialMaxMonths() {
        return specialMaxMonths;
    }

    public void setSpecialMaxMonths(Integer specialMaxMonths) {
        this.specialMaxMonths = specialMaxMonths;
    }

    public BigDecimal getRestIntervalTargetHours() {
        return restIntervalTargetHours;
    }

    public void setRestIntervalTargetHours(BigDecimal restIntervalTargetHours) {
        this.restIntervalTargetHours = restIntervalTargetHours;
    }

    public BigDecimal getRestIntervalMinimumHours() {
        return restIntervalMinimumHours;
    }

    public void setRestIntervalMinimumHours(BigDecimal restIntervalMinimumHours) {
        this.restIntervalMinimumHours = restIntervalMinimumHours;
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

    public Integer getMaxShareAtOneMemberPercent() {
        return maxShareAtOneMemberPercent;
    }

    public void setMaxShareAtOneMemberPercent(Integer maxShareAtOneMemberPercent) {
        this.maxShareAtOneMemberPercent = maxShareAtOneMemberPercent;
    }

    public BigDecimal getRoadFactor() {
        return roadFactor;
    }

    public void setRoadFactor(BigDecimal roadFactor) {
        this.roadFactor = roadFactor;
    }

    public BigDecimal getTravelSpeedKmh() {
        return travelSpeedKmh;
    }

    public void setTravelSpeedKmh(BigDecimal travelSpeedKmh) {
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

    public List<WeightRow> getWeights() {
        return weights;
    }

    public void setWeights(List<WeightRow> weights) {
        this.weights = weights;
    }
}
