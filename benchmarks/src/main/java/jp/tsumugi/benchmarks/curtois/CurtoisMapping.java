package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisInstance.CoverRow;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Employee;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Request;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Shift;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.ContractRules;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftRequest;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expresses a Curtois instance in the Tsumugi model, solved by Tsumugi's own constraint provider with
 * {@link CurtoisWeights}; and turns a roster back into a grid (or a grid into a roster, to score it with the solver).
 *
 * <ul>
 * <li>The window is H days from Monday {@link #FIRST_DAY}, so day 0 is a Monday and days 7w+5, 7w+6 are Saturday and
 * Sunday, as in Curtois.</li>
 * <li>One cooperative member with one site and one job type (no travel, no skills).</li>
 * <li>One {@link ShiftType} per shift with its forbidden successors. Every shift starts at 00:00 and lasts its length,
 * so all shifts of a day overlap and eligibility.overlap-or-travel allows one shift per employee per day.</li>
 * <li>One {@link Worker} per employee with {@link ContractRules} (per-type maxima, min/max total minutes, min/max
 * consecutive working days, min consecutive days off, max weekends).</li>
 * <li>Days off as whole-day {@link Unavailability}; on/off requests as {@link ShiftRequest} with the shift type.</li>
 * <li>Per day and shift one {@link Cover}: requiredHeadcount = Requirement, unfilledWeightPerHead = UnderWeight,
 * overWeightPerHead = OverWeight, and {@link OptionalHeads} optional heads so that over-cover is possible.</li>
 * </ul>
 */
public final class CurtoisMapping {
    public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final CurtoisInstance instance;
    private final OptionalHeads optionalHeads;
    private final Roster roster;
    private final Map<String, Worker> workers = new LinkedHashMap<>();
    private final Map<String, ShiftType> shiftTypes = new LinkedHashMap<>();
    private final Map<String, Cover> covers = new HashMap<>();

    private CurtoisMapping(CurtoisInstance instance, OptionalHeads optionalHeads) {
        this.instance = instance;
        this.optionalHeads = optionalHeads;
        if (FIRST_DAY.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalStateException("Curtois day 0 is a Monday");
        }
        CooperativeSettings settings = new CooperativeSettings().withWeekStart(DayOfWeek.MONDAY);
        PlanCalendar calendar = new PlanCalendar(
                new DateRange(FIRST_DAY, FIRST_DAY.plusDays(instance.horizon() - 1L)), settings);
        Member member = new Member("curtois", instance.name());
        Site site = new Site("ward", member, "ward", null);
        JobType job = new JobType("shift", "shift");

        for (Shift shift : instance.shifts()) {
            shiftTypes.put(shift.id(), new ShiftType(shift.id()));
        }
        for (Shift shift : instance.shifts()) {
            for (String next : shift.cannotFollow()) {
                shiftTypes.get(shift.id()).forbidSuccessor(shiftTypes.get(next));
            }
        }
        for (Employee e : instance.employees()) {
            workers.put(e.id(), new Worker(e.id(), e.id()).withContract(new ContractRules(e.maxShifts(),
                    e.minTotalMinutes(), e.maxTotalMinutes(), e.minConsecutiveShifts(), e.maxConsecutiveShifts(),
                    e.minConsecutiveDaysOff(), e.maxWeekends())));
        }
        List<Unavailability> unavailabilities = new ArrayList<>();
        for (Employee e : instance.employees()) {
            for (int day : instance.daysOffOf(e.id())) {
                unavailabilities.add(Unavailability.wholeDay(workers.get(e.id()), calendar.dateOf(day), AvailabilityKind.DAY_OFF));
            }
        }
        Map<String, Shift> shiftsById = instance.shiftsById();
        List<Cover> coverList = new ArrayList<>();
        for (CoverRow row : instance.cover()) {
            int optional = optionalHeads.headsFor(row.requirement(), instance.employees().size());
            if (row.requirement() + optional == 0) {
                continue;
            }
            LocalTime end = LocalTime.MIDNIGHT.plusMinutes(shiftsById.get(row.shift()).minutes());
            Cover cover = Cover.builder(calendar)
                    .id("d" + row.day() + "-" + row.shift())
                    .site(site)
                    .jobType(job)
                    .shiftType(shiftTypes.get(row.shift()))
                    .date(calendar.dateOf(row.day()))
                    .time(LocalTime.MIDNIGHT, end, 0)
                    .headcount(row.requirement(), optional)
                    .unfilledWeightPerHead(row.underWeight())
                    .overWeightPerHead(row.overWeight())
                    .build();
            coverList.add(cover);
            covers.put(key(row.day(), row.shift()), cover);
        }
        List<ShiftRequest> requests = new ArrayList<>();
        addRequests(requests, instance.onRequests(), true, calendar);
        addRequests(requests, instance.offRequests(), false, calendar);

        this.roster = new Roster(calendar, List.of(member), List.of(site), List.of(job), List.of(),
                List.copyOf(shiftTypes.values()), List.copyOf(workers.values()), coverList, unavailabilities, List.of(),
                requests, null);
        roster.setConstraintWeightOverrides(CurtoisWeights.overrides(shortestShiftMinutes(instance)));
    }

    /**
     * Requests are records, so two identical rows would be one fact to a groupBy; the same (employee, day, shift) twice
     * is merged into one request with the summed weight, which costs the same.
     */
    private void addRequests(List<ShiftRequest> into, List<Request> rows, boolean on, PlanCalendar calendar) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        Map<String, Request> first = new LinkedHashMap<>();
        for (Request r : rows) {
            String k = r.employee() + "/" + r.day() + "/" + r.shift();
            weights.merge(k, r.weight(), Integer::sum);
            first.putIfAbsent(k, r);
        }
        for (Map.Entry<String, Request> entry : first.entrySet()) {
            Request r = entry.getValue();
            into.add(new ShiftRequest(workers.get(r.employee()), calendar.dateOf(r.day()), shiftTypes.get(r.shift()), on,
                    weights.get(entry.getKey())));
        }
    }

    static int shortestShiftMinutes(CurtoisInstance instance) {
        return instance.shifts().stream().mapToInt(Shift::minutes).min().orElse(1);
    }

    private static String key(int day, String shift) {
        return day + "/" + shift;
    }

    public static CurtoisMapping of(CurtoisInstance instance) {
        return of(instance, OptionalHeads.DEFAULT);
    }

    public static CurtoisMapping of(CurtoisInstance instance, OptionalHeads optionalHeads) {
        return new CurtoisMapping(instance, optionalHeads);
    }

    public CurtoisInstance instance() { return instance; }
    public OptionalHeads optionalHeads() { return optionalHeads; }
    /** The unsolved roster (every slot empty until a grid is applied or the solver fills it). */
    public Roster roster() { return roster; }

    /** A roster turned into a grid, and the days it could not show: an employee with two or more shifts on one day. */
    public record GridConversion(CurtoisGrid grid, List<String> doubleBookings) {
    }

    /** Reads a (solved) roster by ids, so it works on the solver's clones too. */
    public GridConversion toGrid(Roster solved, List<String> comments) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> doubleBookings = new ArrayList<>();
        for (Employee e : instance.employees()) {
            rows.put(e.id(), new String[instance.horizon()]);
        }
        for (Slot slot : solved.getSlots()) {
            if (slot.getWorker() == null) {
                continue;
            }
            String[] days = rows.get(slot.getWorker().getId());
            int day = slot.getDayIndex();
            String shift = slot.getShiftType().getId();
            if (days[day] != null) {
                doubleBookings.add(slot.getWorker().getId() + " on day " + day + ": " + days[day] + " and " + shift);
                continue;
            }
            days[day] = shift;
        }
        return new GridConversion(CurtoisGrid.of(instance, rows, comments), doubleBookings);
    }

    /**
     * Puts a grid onto this mapping's roster (clearing it first), so that the solver can score a grid. Fails if a
     * cover needs more heads than it has slots (more over-cover than {@link OptionalHeads} allows).
     */
    public Roster applyGrid(CurtoisGrid grid) {
        int[][] assignment = grid.check(instance);
        Map<Cover, List<Slot>> slotsByCover = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            slot.setWorker(null);
            slotsByCover.computeIfAbsent(slot.getCover(), c -> new ArrayList<>()).add(slot);
        }
        List<Employee> employees = instance.employees();
        for (int e = 0; e < employees.size(); e++) {
            for (int day = 0; day < instance.horizon(); day++) {
                int s = assignment[e][day];
                if (s < 0) {
                    continue;
                }
                String shift = instance.shifts().get(s).id();
                Cover cover = covers.get(key(day, shift));
                Slot free = cover == null ? null : slotsByCover.get(cover).stream()
                        .filter(slot -> slot.getWorker() == null).findFirst().orElse(null);
                if (free == null) {
                    throw new IllegalArgumentException("day " + day + " shift " + shift + " has no slot left for "
                            + employees.get(e).id() + " (optional heads: " + optionalHeads + ")");
                }
                free.setWorker(workers.get(employees.get(e).id()));
            }
        }
        roster.setScore(null);
        return roster;
    }

    /** Covers of a roster whose optional heads are all filled: there, the cap on over-cover may have bound. */
    public static int saturatedCovers(Roster solved) {
        Map<String, int[]> counts = new HashMap<>();
        for (Slot slot : solved.getSlots()) {
            Cover cover = slot.getCover();
            if (cover.getOptionalHeadcount() == 0) {
                continue;
            }
            int[] count = counts.computeIfAbsent(cover.getId(), id -> new int[2]);
            count[1] = cover.getRequiredHeadcount() + cover.getOptionalHeadcount();
            if (slot.getWorker() != null) {
                count[0]++;
            }
        }
        return (int) counts.values().stream().filter(c -> c[0] >= c[1]).count();
    }
}
