package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.tsumugi.solver.domain.MemberKind;

/**
 * The cooperative's report on a fiscal year (April–March) for the municipality and the prefecture: hours per worker per
 * member, members served per worker, the share of non-member use (員外利用) against its caps, the fees invoiced and the
 * utilisation of the workers month by month. Hours are what was invoiced: the actual hours of the months a member
 * submitted, else the planned hours of the roster the secretariat published (else the working one).
 *
 * @param sources where the planned hours come from, one line per plan used
 */
record AnnualReport(int fiscalYear, LocalDate from, LocalDate to, String cooperativeName,
        List<RecordRoster.Origin> sources,
        List<WorkerColumn> workers, List<MemberRow> members, List<MonthRow> months, NonMemberUse nonMemberUse,
        long feePerHourYen, int taxPercent, long totalMinutes, long actualMinutes, long subtotalYen, long taxYen) {

    /** A worker: hours over the year, the members served. */
    record WorkerColumn(String code, String name, long minutes, int membersServed, long targetMinutes) {

        public double hours() {
            return minutes / 60.0;
        }

        public double targetHours() {
            return targetMinutes / 60.0;
        }
    }

    /**
     * A member (or non-member user) with its hours by worker code, and what it was invoiced over the year.
     *
     * @param actualMonths months of the year whose hours are actual (the member submitted them)
     */
    record MemberRow(String code, String name, MemberKind kind, Map<String, Long> minutesByWorker, long minutes,
            long subtotalYen, long taxYen, int actualMonths) {

        public double hours() {
            return minutes / 60.0;
        }

        public long minutesOf(String workerCode) {
            return minutesByWorker.getOrDefault(workerCode, 0L);
        }

        public double hoursOf(String workerCode) {
            return minutesOf(workerCode) / 60.0;
        }

        public long totalYen() {
            return subtotalYen + taxYen;
        }
    }

    /** A month: hours worked by all workers against their summed monthly targets, and the fees of the month. */
    record MonthRow(YearMonth month, long minutes, long targetMinutes, long subtotalYen) {

        public double hours() {
            return minutes / 60.0;
        }

        public double targetHours() {
            return targetMinutes / 60.0;
        }

        /** Hours as a share of the target; null without a target. */
        public Double utilisation() {
            return targetMinutes == 0 ? null : (double) minutes / targetMinutes;
        }
    }

    /**
     * Use by kind of client against the caps of the 特定地域づくり推進法 (as amended in 2025): non-members at most
     * {@code capPercent} of members' use; with the related-municipality allowance, non-members other than the related
     * municipalities at most {@code capPercent} and all non-members at most {@code withMunicipalitiesCapPercent}.
     * Measured in hours (at one fee per hour, the same as in fees).
     */
    record NonMemberUse(long memberMinutes, long nonMemberMinutes, long municipalityMinutes, boolean allowance,
            int capPercent, int withMunicipalitiesCapPercent) {

        /** Share of all non-member use in members' use; null when members used nothing. */
        public Double share() {
            return memberMinutes == 0 ? null : (double) (nonMemberMinutes + municipalityMinutes) / memberMinutes;
        }

        /** Share of non-members other than the related municipalities; null when members used nothing. */
        public Double othersShare() {
            return memberMinutes == 0 ? null : (double) nonMemberMinutes / memberMinutes;
        }

        /** The cap that all non-member use is held to, in percent. */
        public int allCapPercent() {
            return allowance ? withMunicipalitiesCapPercent : capPercent;
        }

        /** Whether every cap holds (any non-member use without member use breaks them). */
        public boolean withinCaps() {
            long all = nonMemberMinutes + municipalityMinutes;
            boolean allWithin = all * 100 <= memberMinutes * allCapPercent();
            boolean othersWithin = !allowance || nonMemberMinutes * 100 <= memberMinutes * capPercent;
            return allWithin && othersWithin;
        }

        public double memberHours() {
            return memberMinutes / 60.0;
        }

        public double nonMemberHours() {
            return nonMemberMinutes / 60.0;
        }

        public double municipalityHours() {
            return municipalityMinutes / 60.0;
        }
    }

    public double hours() {
        return totalMinutes / 60.0;
    }

    public long totalYen() {
        return subtotalYen + taxYen;
    }

    /** Every worker's target over the year against the hours worked; null without targets. */
    public Double utilisation() {
        long target = months.stream().mapToLong(MonthRow::targetMinutes).sum();
        return target == 0 ? null : (double) totalMinutes / target;
    }
}
