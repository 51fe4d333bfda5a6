package jp.tsumugi.solver.domain;

import java.util.Map;

/**
 * Per-worker limits over the planning horizon, as rows of data (the nurse-rostering "contract lines"). Every field is
 * optional: {@code null} means no limit. The Curtois benchmark instances are expressed with exactly these.
 *
 * @param maxShiftsPerType        at most this many slots of a shift type (by {@link ShiftType#getId()})
 * @param minTotalMinutes         at least this much work over the horizon (for a coop: the annual minimum)
 * @param maxTotalMinutes         at most this much work over the horizon (the annual maximum)
 * @param minConsecutiveWorkDays  a run of working days shorter than this is allowed only at the horizon's edges
 * @param maxConsecutiveWorkDays  no longer run of working days
 * @param minConsecutiveDaysOff   a run of days off shorter than this is allowed only at the horizon's edges
 * @param maxWeekendsWorked       a weekend (Sat+Sun) counts as worked if either day is worked
 */
public record ContractRules(Map<String, Integer> maxShiftsPerType, Integer minTotalMinutes, Integer maxTotalMinutes,
        Integer minConsecutiveWorkDays, Integer maxConsecutiveWorkDays, Integer minConsecutiveDaysOff,
        Integer maxWeekendsWorked) {

    public static final ContractRules NONE = new ContractRules(Map.of(), null, null, null, null, null, null);

    public ContractRules {
        maxShiftsPerType = maxShiftsPerType == null ? Map.of() : Map.copyOf(maxShiftsPerType);
    }

    /** Whether any rule about runs of working days or days off is set (so runs need computing at all). */
    public boolean hasRunRules() {
        return minConsecutiveWorkDays != null || maxConsecutiveWorkDays != null || minConsecutiveDaysOff != null;
    }

    public Integer maxShiftsOf(ShiftType type) {
        return type == null ? null : maxShiftsPerType.get(type.getId());
    }
}
