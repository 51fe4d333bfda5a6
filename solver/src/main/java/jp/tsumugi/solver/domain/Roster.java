package jp.tsumugi.solver.domain;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One cooperative's planning problem and its solution: the slots of the window and who works them. */
@PlanningSolution(solutionCloner = RosterCloner.class)
public class Roster {
    @ProblemFactProperty
    private PlanCalendar calendar;
    @ProblemFactProperty
    private CooperativeSettings settings;
    @ProblemFactCollectionProperty
    private List<Member> members;
    @ProblemFactCollectionProperty
    private List<Site> sites;
    @ProblemFactCollectionProperty
    private List<JobType> jobTypes;
    @ProblemFactCollectionProperty
    private List<Skill> skills;
    @ProblemFactCollectionProperty
    private List<ShiftType> shiftTypes;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Worker> workers;
    @ProblemFactCollectionProperty
    private List<Cover> covers;
    @ProblemFactCollectionProperty
    private List<Unavailability> unavailabilities;
    @ProblemFactCollectionProperty
    private List<Preference> preferences;
    @ProblemFactCollectionProperty
    private List<ShiftRequest> shiftRequests;
    @ProblemFactCollectionProperty
    private List<WorkerMonth> workerMonths;
    @PlanningEntityCollectionProperty
    private List<Slot> slots;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    public Roster() {
        // for Timefold's solution cloner
    }

    /**
     * Builds a problem: derives the monthly targets and each cover's travel padding. Slots are created from the covers
     * unless given (a saved roster passes its slots with their workers and pins).
     */
    public Roster(PlanCalendar calendar, List<Member> members, List<Site> sites, List<JobType> jobTypes, List<Skill> skills,
            List<ShiftType> shiftTypes, List<Worker> workers, List<Cover> covers, List<Unavailability> unavailabilities,
            List<Preference> preferences, List<ShiftRequest> shiftRequests, List<Slot> slots) {
        this.calendar = calendar;
        this.settings = calendar.getSettings();
        this.members = List.copyOf(members);
        this.sites = List.copyOf(sites);
        this.jobTypes = List.copyOf(jobTypes);
        this.skills = List.copyOf(skills);
        this.shiftTypes = List.copyOf(shiftTypes);
        this.workers = List.copyOf(workers);
        this.covers = List.copyOf(covers);
        this.unavailabilities = List.copyOf(unavailabilities);
        this.preferences = List.copyOf(preferences);
        this.shiftRequests = List.copyOf(shiftRequests);
        if (slots == null) {
            List<Slot> created = new ArrayList<>();
            for (Cover cover : covers) {
                created.addAll(cover.createSlots());
            }
            this.slots = created;
        } else {
            this.slots = new ArrayList<>(slots);
        }
        // Calendar order: the construction heuristic fills the year day by day.
        this.slots.sort(java.util.Comparator.comparingLong(Slot::getStartMinute).thenComparing(Slot::getId));
        this.workerMonths = computeWorkerMonths(calendar, this.workers, this.unavailabilities);
        assignTravelPads(this.covers, settings.getTravel());
    }

    /** A copy sharing every fact with this roster, with the given slots (for {@link RosterCloner}). */
    Roster cloneWithSlots(List<Slot> clonedSlots) {
        Roster clone = new Roster();
        clone.calendar = calendar;
        clone.settings = settings;
        clone.members = members;
        clone.sites = sites;
        clone.jobTypes = jobTypes;
        clone.skills = skills;
        clone.shiftTypes = shiftTypes;
        clone.workers = workers;
        clone.covers = covers;
        clone.unavailabilities = unavailabilities;
        clone.preferences = preferences;
        clone.shiftRequests = shiftRequests;
        clone.workerMonths = workerMonths;
        clone.slots = clonedSlots;
        clone.constraintWeightOverrides = constraintWeightOverrides;
        clone.score = score;
        return clone;
    }

    static List<WorkerMonth> computeWorkerMonths(PlanCalendar calendar, List<Worker> workers,
            List<Unavailability> unavailabilities) {
        Map<Worker, Map<YearMonth, Set<java.time.LocalDate>>> daysOff = new HashMap<>();
        for (Unavailability u : unavailabilities) {
            if (u.isWholeDay() && calendar.getWindow().contains(u.date())) {
                daysOff.computeIfAbsent(u.worker(), w -> new HashMap<>())
                        .computeIfAbsent(YearMonth.from(u.date()), m -> new HashSet<>()).add(u.date());
            }
        }
        List<WorkerMonth> result = new ArrayList<>();
        for (Worker worker : workers) {
            for (int m = 0; m < calendar.monthCount(); m++) {
                YearMonth month = calendar.monthOf(m);
                int windowDays = calendar.daysInWindow(month);
                int off = daysOff.getOrDefault(worker, Map.of()).getOrDefault(month, Set.of()).size();
                long target = (long) worker.getMonthlyTargetMinutes() * Math.max(0, windowDays - off) / month.lengthOfMonth();
                result.add(new WorkerMonth(worker, m, month, (int) target));
            }
        }
        return result;
    }

    private static void assignTravelPads(List<Cover> covers, TravelModel travel) {
        List<Site> distinctSites = covers.stream().map(Cover::getSite).distinct().toList();
        Map<Site, Integer> pad = new HashMap<>();
        for (Site a : distinctSites) {
            int max = 0;
            for (Site b : distinctSites) {
                if (a != b) {
                    max = Math.max(max, travel.minutes(a.getLocation(), b.getLocation()));
                }
            }
            pad.put(a, max);
        }
        for (Cover cover : covers) {
            cover.setTravelPadMinutes(pad.get(cover.getSite()));
        }
    }

    public PlanCalendar getCalendar() { return calendar; }
    public CooperativeSettings getSettings() { return settings; }
    public List<Member> getMembers() { return members; }
    public List<Site> getSites() { return sites; }
    public List<JobType> getJobTypes() { return jobTypes; }
    public List<Skill> getSkills() { return skills; }
    public List<ShiftType> getShiftTypes() { return shiftTypes; }
    public List<Worker> getWorkers() { return workers; }
    public List<Cover> getCovers() { return covers; }
    public List<Unavailability> getUnavailabilities() { return unavailabilities; }
    public List<Preference> getPreferences() { return preferences; }
    public List<ShiftRequest> getShiftRequests() { return shiftRequests; }
    public List<WorkerMonth> getWorkerMonths() { return workerMonths; }
    public List<Slot> getSlots() { return slots; }
    public HardMediumSoftLongScore getScore() { return score; }
    public void setScore(HardMediumSoftLongScore score) { this.score = score; }
    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() { return constraintWeightOverrides; }
    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides == null ? ConstraintWeightOverrides.none() : overrides;
    }
}
