package jp.tsumugi.solver.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A dispatched worker (派遣職員) employed by the cooperative. */
public final class Worker {
    @PlanningId
    private String id;
    private String name;
    private GeoPoint home;
    private boolean openEnded = true;
    private ResidenceStatus residenceStatus = ResidenceStatus.UNRESTRICTED;
    private int monthlyTargetMinutes;
    private Integer dailyCapMinutes;
    private boolean noNightWork;
    private Worker requiredBuddy;
    private DayOfWeek legalRestDay;
    private List<HeldSkill> skills = List.of();
    private ContractRules contract = ContractRules.NONE;
    // Set once facts name this worker; constraints use them only to keep slots that cannot match out of join indexes.
    private boolean someonesRequiredBuddy;
    private boolean withPreferences;
    private boolean withShiftRequests;
    /**
     * The dates of this worker's {@link Unavailability} facts: replaced, never changed, so that reads need no lock
     * (empty sets from {@code Collections.emptySet()}, whose {@code contains(null)} is false rather than an exception).
     */
    private volatile java.util.Set<LocalDate> unavailableDates = java.util.Collections.emptySet();
    /** The dates of this worker's {@link ShiftRequest} facts, kept like {@link #unavailableDates}. */
    private volatile java.util.Set<LocalDate> shiftRequestDates = java.util.Collections.emptySet();
    /** The dates of this worker's on-requests (a subset of {@link #shiftRequestDates}), kept the same way. */
    private volatile java.util.Set<LocalDate> onRequestDates = java.util.Collections.emptySet();
    /** What this worker's {@link Preference} facts name (members, job types, weekdays), kept the same way. */
    private volatile java.util.Set<Object> preferenceTargets = java.util.Collections.emptySet();

    Worker() {
        // for cloning tools
    }

    public Worker(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public GeoPoint getHome() { return home; }
    /** 無期雇用: only open-ended staff may be dispatched (特定地域づくり事業推進法 §18). */
    public boolean isOpenEnded() { return openEnded; }
    public ResidenceStatus getResidenceStatus() { return residenceStatus; }
    public int getMonthlyTargetMinutes() { return monthlyTargetMinutes; }
    /** A personal accommodation: a lower daily cap than the law's, or {@code null}. */
    public Integer getDailyCapMinutes() { return dailyCapMinutes; }
    /** A personal accommodation: no minutes between 22:00 and 05:00. */
    public boolean isNoNightWork() { return noNightWork; }
    /** A personal accommodation: this worker goes only where the buddy goes too (same demand on the same day). */
    public Worker getRequiredBuddy() { return requiredBuddy; }
    /** The designated statutory rest day (法定休日), or {@code null} when none is designated. */
    public DayOfWeek getLegalRestDay() { return legalRestDay; }
    public List<HeldSkill> getSkills() { return skills; }
    public ContractRules getContract() { return contract; }

    public Worker withHome(GeoPoint home) { this.home = home; return this; }
    public Worker withOpenEnded(boolean openEnded) { this.openEnded = openEnded; return this; }
    public Worker withResidenceStatus(ResidenceStatus status) {
        this.residenceStatus = status == null ? ResidenceStatus.UNRESTRICTED : status;
        return this;
    }
    public Worker withMonthlyTargetMinutes(int minutes) { this.monthlyTargetMinutes = minutes; return this; }
    public Worker withDailyCapMinutes(Integer minutes) { this.dailyCapMinutes = minutes; return this; }
    public Worker withNoNightWork(boolean noNightWork) { this.noNightWork = noNightWork; return this; }
    public Worker withRequiredBuddy(Worker buddy) {
        this.requiredBuddy = buddy;
        if (buddy != null) {
            buddy.someonesRequiredBuddy = true;
        }
        return this;
    }
    public Worker withLegalRestDay(DayOfWeek day) { this.legalRestDay = day; return this; }
    public Worker withSkills(List<HeldSkill> skills) { this.skills = List.copyOf(skills); return this; }
    public Worker withContract(ContractRules contract) {
        this.contract = contract == null ? ContractRules.NONE : contract;
        return this;
    }

    /**
     * True once some worker has named this one as their required buddy (it stays true). Only slots of such workers can
     * be the buddy's slot, so the buddy rule indexes only those.
     */
    public boolean isSomeonesRequiredBuddy() { return someonesRequiredBuddy; }
    /** True once a {@link Preference} about this worker exists (it stays true). */
    public boolean hasPreferences() { return withPreferences; }
    /** True once a {@link ShiftRequest} of this worker exists (it stays true). */
    public boolean hasShiftRequests() { return withShiftRequests; }


    /**
     * True once an {@link Unavailability} of this worker on the date exists (it stays true). Only a slot of such a
     * worker and date can touch an unavailability that ends by midnight, so the unavailability rule indexes only those.
     */
    public boolean hasUnavailabilityOn(LocalDate date) { return unavailableDates.contains(date); }

    /**
     * True once a {@link ShiftRequest} of this worker on the date exists (it stays true). Only a slot of such a worker
     * and date can meet one of the worker's requests, so the off-request rule indexes only those.
     */
    public boolean hasShiftRequestOn(LocalDate date) { return shiftRequestDates.contains(date); }

    /**
     * True once an on-request ({@link ShiftRequest#on()}) of this worker on the date exists (it stays true). Only a slot
     * of such a worker and date can meet one, so the on-request rule indexes only those.
     */
    public boolean hasOnRequestOn(LocalDate date) { return onRequestDates.contains(date); }

    /**
     * True once a {@link Preference} about this worker names the cover's member, job type or weekday (it stays true):
     * only then can one of the worker's preferences match a slot of the cover ({@link Preference#matches}).
     */
    public boolean mayPrefer(Cover cover) {
        java.util.Set<Object> targets = preferenceTargets;
        return targets.contains(cover.getMember()) || targets.contains(cover.getJobType())
                || targets.contains(cover.getDayOfWeek());
    }

    synchronized void markShiftRequest(LocalDate date, boolean on) {
        withShiftRequests = true;
        shiftRequestDates = plus(shiftRequestDates, date);
        if (on) {
            onRequestDates = plus(onRequestDates, date);
        }
    }

    synchronized void markPreference(Object target) {
        withPreferences = true;
        preferenceTargets = plus(preferenceTargets, target);
    }

    synchronized void markUnavailability(LocalDate date) {
        unavailableDates = plus(unavailableDates, date);
    }

    /** {@code set} itself if it holds {@code item}, else a new set with it (the marks are replaced, never changed). */
    private static <T> java.util.Set<T> plus(java.util.Set<T> set, T item) {
        if (set.contains(item)) {
            return set;
        }
        java.util.Set<T> copy = new java.util.HashSet<>(set);
        copy.add(item);
        return copy;
    }

    public boolean holdsOn(Skill skill, LocalDate date) {
        for (HeldSkill held : skills) {
            if (held.skill() == skill && held.isValidOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the given skills this worker lacks on the date. */
    public int missingSkillCount(List<Skill> required, LocalDate date) {
        int missing = 0;
        for (Skill skill : required) {
            if (!holdsOn(skill, date)) {
                missing++;
            }
        }
        return missing;
    }

    @Override
    public String toString() { return name; }
}
