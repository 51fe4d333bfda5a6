package jp.tsumugi.benchmarks.curtois;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.score.ContractConstraints;
import jp.tsumugi.solver.score.DemandConstraints;
import jp.tsumugi.solver.score.DispatchConstraints;
import jp.tsumugi.solver.score.EligibilityConstraints;
import jp.tsumugi.solver.score.FairnessConstraints;
import jp.tsumugi.solver.score.LegalConstraints;
import jp.tsumugi.solver.score.PreferenceConstraints;
import jp.tsumugi.solver.score.TravelConstraints;
import jp.tsumugi.solver.score.VariableRegimeConstraints;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The constraint weights that turn Tsumugi's rules into the Curtois problem, set on the roster through
 * {@link ConstraintWeightOverrides} (no second model, no second constraint provider).
 *
 * <p>Curtois is one weighted sum, so every penalty it has goes on the soft level with weight 1: the cover weights and
 * request weights are the match weights, and soft score = −objective. Unfilled required demand, which Tsumugi puts on
 * the medium level, moves down to soft. The Curtois hard rules map to eligibility.overlap-or-travel (every shift of a
 * day overlaps, so one shift a day), eligibility.unavailable (days off) and the contract.* rules, kept hard.
 *
 * <p>The hard rules keep their own penalties but not one common unit: overlap, days off and total minutes count
 * minutes, the run, weekend, per-type and succession rules count days or shifts. At weight 1 each, a broken weekend
 * rule (1) would be 480 times cheaper than one missing 8-hour shift of MinTotalMinutes (480), and the search trades
 * the counted rules away to repair the minute rules. So the counted rules are weighted by the instance's shortest
 * shift length (one shift in minutes) and overlap by 2, so that giving a worker who lacks minutes a second shift on the
 * same day never pays for itself; days off get 2 for the same reason: at 1, a shift on a day off for a worker at
 * MinTotalMinutes cost exactly what taking it away costs (480 minutes either way), a plateau the late acceptance
 * search did not leave (Instance3 kept one such shift from step 5,000 to 20,000 and beyond once the clash filter
 * changed its path; with 2 it is feasible at 5,000 steps). Only the hard level changes, so the soft score is still exactly −objective; on
 * Instances 2 and 3 this cut the hard violations left after 200,000 moves (late acceptance 400 with sub-pillar moves)
 * from 16–18 to 6 and from 51–60 to 11 (benchmarks/CURTOIS.md).
 *
 * <p>Every other rule is switched off (weight zero) by name. The law's rules would otherwise forbid Curtois rosters
 * (7 working days in a week, 8 h days without breaks, 40 h weeks); fairness, travel and dispatch policy have no
 * counterpart in the benchmark. A test checks that each constraint of the provider is in exactly one of
 * {@link #KEPT_HARD}, {@link #KEPT_SOFT} and {@link #SWITCHED_OFF}, so a new constraint cannot silently distort the
 * benchmark: it must be classified here first.
 */
public final class CurtoisWeights {

    public static final List<String> KEPT_HARD = List.of(
            EligibilityConstraints.OVERLAP_OR_TRAVEL,
            EligibilityConstraints.UNAVAILABLE,
            ContractConstraints.MAX_SHIFTS_PER_TYPE,
            ContractConstraints.MIN_TOTAL_MINUTES,
            ContractConstraints.MAX_TOTAL_MINUTES,
            ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS,
            ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS,
            ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            ContractConstraints.MAX_WEEKENDS,
            ContractConstraints.FORBIDDEN_SUCCESSION);

    public static final List<String> KEPT_SOFT = List.of(
            DemandConstraints.UNFILLED_REQUIRED,
            DemandConstraints.OPTIONAL_FILLED,
            PreferenceConstraints.SHIFT_ON_REQUEST,
            PreferenceConstraints.SHIFT_OFF_REQUEST);

    public static final List<String> SWITCHED_OFF = List.of(
            // eligibility: no skills, areas, residence status or personal accommodations in Curtois
            EligibilityConstraints.OPEN_ENDED_CONTRACT,
            EligibilityConstraints.PROHIBITED_JOB_TYPE,
            EligibilityConstraints.OUTSIDE_AREA,
            EligibilityConstraints.MISSING_SKILL,
            EligibilityConstraints.RESIDENCE_STATUS,
            EligibilityConstraints.NIGHT_WORK_ACCOMMODATION,
            EligibilityConstraints.DAILY_CAP_ACCOMMODATION,
            EligibilityConstraints.REQUIRED_BUDDY,
            // dispatch policy
            DispatchConstraints.NON_MEMBER_CAP,
            DispatchConstraints.DISTINCT_MEMBERS,
            DispatchConstraints.MAX_SHARE_AT_ONE_MEMBER,
            // labour law and rest: would forbid Curtois rosters (e.g. 7 days in a week, 12 h shifts)
            LegalConstraints.DAILY_HOURS,
            LegalConstraints.WEEKLY_HOURS,
            LegalConstraints.BREAKS,
            LegalConstraints.WEEKLY_REST_DAY,
            LegalConstraints.FOUR_WEEK_REST_DAYS,
            LegalConstraints.MONTHLY_OVERTIME_CAP,
            LegalConstraints.ANNUAL_OVERTIME_CAP,
            LegalConstraints.SPECIAL_CLAUSE_MONTHS,
            LegalConstraints.MONTHLY_OVERTIME_HOLIDAY_LIMIT,
            LegalConstraints.AVERAGE_OVERTIME_HOLIDAY_LIMIT,
            LegalConstraints.REST_INTERVAL_BELOW_TARGET,
            LegalConstraints.REST_INTERVAL_BELOW_MINIMUM,
            VariableRegimeConstraints.WORKING_DAYS,
            VariableRegimeConstraints.CONSECUTIVE_HEAVY_WEEKS,
            VariableRegimeConstraints.HEAVY_WEEKS_PER_QUARTER,
            VariableRegimeConstraints.CONSECUTIVE_WORK_DAYS,
            VariableRegimeConstraints.TOTAL_HOURS,
            // re-planning, fairness, preferences Curtois does not have, travel
            DemandConstraints.PUBLISHED_CHANGE,
            FairnessConstraints.MONTHLY_HOURS_BELOW_TARGET,
            FairnessConstraints.MONTHLY_HOURS_ABOVE_TARGET,
            FairnessConstraints.WORKER_LOAD_BALANCE,
            FairnessConstraints.MEMBER_SHORTAGE_BALANCE,
            PreferenceConstraints.AVOIDED,
            PreferenceConstraints.LIKED,
            PreferenceConstraints.SAME_WORKER_IN_SEASON,
            TravelConstraints.COMMUTE_DISTANCE,
            TravelConstraints.SITE_CHANGES,
            TravelConstraints.TOO_MANY_SITE_CHANGES);

    private CurtoisWeights() {
    }

    /** Hard rules whose penalty counts days, shifts or weekends rather than minutes. */
    static final List<String> COUNTED_HARD = List.of(
            ContractConstraints.MAX_SHIFTS_PER_TYPE,
            ContractConstraints.MAX_CONSECUTIVE_WORK_DAYS,
            ContractConstraints.MIN_CONSECUTIVE_WORK_DAYS,
            ContractConstraints.MIN_CONSECUTIVE_DAYS_OFF,
            ContractConstraints.MAX_WEEKENDS,
            ContractConstraints.FORBIDDEN_SUCCESSION);

    static final long OVERLAP_WEIGHT = 2;
    static final long DAY_OFF_WEIGHT = 2;

    /**
     * Every classified constraint id with its Curtois weight: hard (see the class comment for the sizes), soft 1, or
     * zero (off).
     *
     * @param minutesPerCount the weight of one day, shift or weekend of a counted hard rule: the shortest shift length
     */
    public static Map<String, HardMediumSoftLongScore> weights(int minutesPerCount) {
        if (minutesPerCount < 1) {
            throw new IllegalArgumentException("minutesPerCount must be positive");
        }
        Map<String, HardMediumSoftLongScore> weights = new LinkedHashMap<>();
        for (String id : KEPT_HARD) {
            long weight = COUNTED_HARD.contains(id) ? minutesPerCount
                    : id.equals(EligibilityConstraints.OVERLAP_OR_TRAVEL) ? OVERLAP_WEIGHT
                    : id.equals(EligibilityConstraints.UNAVAILABLE) ? DAY_OFF_WEIGHT : 1;
            put(weights, id, HardMediumSoftLongScore.ofHard(weight));
        }
        KEPT_SOFT.forEach(id -> put(weights, id, HardMediumSoftLongScore.ONE_SOFT));
        SWITCHED_OFF.forEach(id -> put(weights, id, HardMediumSoftLongScore.ZERO));
        return weights;
    }

    private static void put(Map<String, HardMediumSoftLongScore> weights, String id, HardMediumSoftLongScore weight) {
        if (weights.put(id, weight) != null) {
            throw new IllegalStateException("constraint " + id + " classified twice");
        }
    }

    public static ConstraintWeightOverrides<HardMediumSoftLongScore> overrides(int minutesPerCount) {
        return ConstraintWeightOverrides.of(weights(minutesPerCount));
    }
}
