package jp.tsumugi.solver.score;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule Tsumugi plans by, grouped by theme (one class each). Hard: the law and eligibility. Medium: required
 * demand left unfilled. Soft: quality. Each id is stable and is the name {@code ConstraintWeightOverrides} uses.
 */
public class RosterConstraintProvider implements ConstraintProvider {
    private static final List<Class<?>> THEMES = List.of(EligibilityConstraints.class, DispatchConstraints.class,
            LegalConstraints.class, VariableRegimeConstraints.class, ContractConstraints.class, DemandConstraints.class,
            FairnessConstraints.class, PreferenceConstraints.class, TravelConstraints.class);

    private static volatile Map<String, HardMediumSoftLongScore> defaultWeights;

    /**
     * Each rule's default weight (its score level and size), in theme order, as the solver defines it: read through
     * Timefold's score analysis of an empty roster, so it cannot drift from the constraints.
     */
    public static Map<String, HardMediumSoftLongScore> defaultWeights() {
        Map<String, HardMediumSoftLongScore> weights = defaultWeights;
        if (weights == null) {
            LocalDate day = LocalDate.of(2000, 1, 1);
            Roster empty = new Roster(new PlanCalendar(new DateRange(day, day), new CooperativeSettings()), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of());
            Map<String, HardMediumSoftLongScore> byName = new HashMap<>();
            SolutionManager.<Roster, HardMediumSoftLongScore>create(SolverFactory.create(new SolverConfig()
                            .withSolutionClass(Roster.class).withEntityClasses(Slot.class)
                            .withConstraintProviderClass(RosterConstraintProvider.class)))
                    .analyze(empty).constraintMap()
                    .forEach((ref, analysis) -> byName.put(ref.constraintName(), analysis.weight().abs()));
            Map<String, HardMediumSoftLongScore> ordered = new LinkedHashMap<>();
            constraintIds().forEach(id -> ordered.put(id, byName.get(id)));
            weights = Collections.unmodifiableMap(ordered);
            defaultWeights = weights;
        }
        return weights;
    }

    /** Every constraint id, in theme order: the names {@code ConstraintWeightOverrides} and the message keys use. */
    public static List<String> constraintIds() {
        List<String> ids = new ArrayList<>();
        for (Class<?> theme : THEMES) {
            for (Field field : theme.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    try {
                        ids.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Eligibility and accommodations (hard)
                EligibilityConstraints.openEndedContract(factory),
                EligibilityConstraints.prohibitedJobType(factory),
                EligibilityConstraints.outsideArea(factory),
                EligibilityConstraints.missingSkill(factory),
                EligibilityConstraints.residenceStatus(factory),
                EligibilityConstraints.unavailable(factory),
                EligibilityConstraints.overlapOrTravel(factory),
                EligibilityConstraints.nightWorkAccommodation(factory),
                EligibilityConstraints.dailyCapAccommodation(factory),
                EligibilityConstraints.requiredBuddy(factory),
                // Dispatch (hard cap, soft policy)
                DispatchConstraints.nonMemberCap(factory),
                DispatchConstraints.distinctMembers(factory),
                DispatchConstraints.maxShareAtOneMember(factory),
                // Working time (hard), rest interval (soft)
                LegalConstraints.dailyHours(factory),
                LegalConstraints.weeklyHours(factory),
                LegalConstraints.breaks(factory),
                LegalConstraints.weeklyRestDay(factory),
                LegalConstraints.fourWeekRestDays(factory),
                LegalConstraints.monthlyOvertimeCap(factory),
                LegalConstraints.annualOvertimeCap(factory),
                LegalConstraints.specialClauseMonths(factory),
                LegalConstraints.monthlyOvertimeHolidayLimit(factory),
                LegalConstraints.averageOvertimeHolidayLimit(factory),
                LegalConstraints.restIntervalBelowTarget(factory),
                LegalConstraints.restIntervalBelowMinimum(factory),
                // 1-year variable regime (hard)
                VariableRegimeConstraints.workingDays(factory),
                VariableRegimeConstraints.consecutiveHeavyWeeks(factory),
                VariableRegimeConstraints.heavyWeeksPerQuarter(factory),
                VariableRegimeConstraints.consecutiveWorkDays(factory),
                VariableRegimeConstraints.totalHours(factory),
                // Per-worker contract rules (hard)
                ContractConstraints.maxShiftsPerType(factory),
                ContractConstraints.minTotalMinutes(factory),
                ContractConstraints.maxTotalMinutes(factory),
                ContractConstraints.maxConsecutiveWorkDays(factory),
                ContractConstraints.minConsecutiveWorkDays(factory),
                ContractConstraints.minConsecutiveDaysOff(factory),
                ContractConstraints.maxWeekends(factory),
                ContractConstraints.forbiddenSuccession(factory),
                // Demand (medium, soft)
                DemandConstraints.unfilledRequired(factory),
                DemandConstraints.optionalFilled(factory),
                DemandConstraints.publishedChange(factory),
                // Fairness, preferences, travel (soft)
                FairnessConstraints.monthlyHoursBelowTarget(factory),
                FairnessConstraints.monthlyHoursAboveTarget(factory),
                FairnessConstraints.workerLoadBalance(factory),
                FairnessConstraints.memberShortageBalance(factory),
                PreferenceConstraints.avoided(factory),
                PreferenceConstraints.liked(factory),
                PreferenceConstraints.shiftOnRequest(factory),
                PreferenceConstraints.shiftOffRequest(factory),
                PreferenceConstraints.sameWorkerInSeason(factory),
                TravelConstraints.commuteDistance(factory),
                TravelConstraints.siteChanges(factory),
                TravelConstraints.tooManySiteChanges(factory),
        };
    }
}
