package jp.tsumugi.solver;

import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.ShiftType;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Skill;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small builder for constraint tests: one cooperative with sensible defaults. Change {@link #settings} or the window
 * before the first cover is made; covers are built against the calendar of that moment.
 *
 * <p>Default window: fiscal year 2026 (2026-04-01 Wed to 2027-03-31). Weeks start on Sunday (2026-04-05 is a Sunday).
 */
public final class TestData {
    public final CooperativeSettings settings = new CooperativeSettings();
    private DateRange window = new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));
    private PlanCalendar calendar;
    public final Member member = new Member("m1", "JA 選果場", MemberKind.MEMBER);
    public final Site site = new Site("s1", member, "選果場", new GeoPoint(34.40, 131.40), "35204", Industry.OTHER, false, List.of());
    public final JobType job = new JobType("packing", "選果");
    private final List<Cover> covers = new ArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private int coverSeq;

    public TestData window(LocalDate from, LocalDate to) {
        if (calendar != null) {
            throw new IllegalStateException("window must be set before the first cover");
        }
        this.window = new DateRange(from, to);
        return this;
    }

    public PlanCalendar calendar() {
        if (calendar == null) {
            calendar = new PlanCalendar(window, settings);
        }
        return calendar;
    }

    public Worker worker(String id) {
        Worker worker = new Worker(id, id).withMonthlyTargetMinutes(160 * 60);
        workers.add(worker);
        return worker;
    }

    public Member member(String id, MemberKind kind) {
        return new Member(id, id, kind);
    }

    public Site site(String id, Member member, double lat, double lon) {
        return new Site(id, member, id, new GeoPoint(lat, lon), "35204", Industry.OTHER, false, List.of());
    }

    /** A farm whose main business is growing: 労基法 §41 exempts its work when the settings apply the exemption. */
    public Site farm(String id, Member member, double lat, double lon) {
        return new Site(id, member, id, new GeoPoint(lat, lon), "35204", Industry.AGRICULTURE, true, List.of());
    }

    public Cover.Builder coverBuilder(LocalDate date, String start, String end, int breakMinutes) {
        return Cover.builder(calendar())
                .id("c" + (++coverSeq))
                .site(site)
                .jobType(job)
                .date(date)
                .time(LocalTime.parse(start), LocalTime.parse(end), breakMinutes);
    }

    public Cover cover(LocalDate date, String start, String end, int breakMinutes) {
        Cover cover = coverBuilder(date, start, end, breakMinutes).build();
        covers.add(cover);
        return cover;
    }

    public Cover cover(Site site, LocalDate date, String start, String end, int breakMinutes) {
        Cover cover = coverBuilder(date, start, end, breakMinutes).site(site).build();
        covers.add(cover);
        return cover;
    }

    /** A single-head cover on the default site, assigned to the worker. */
    public Slot slot(Worker worker, LocalDate date, String start, String end, int breakMinutes) {
        return cover(date, start, end, breakMinutes).createSlots().get(0).withWorker(worker);
    }

    public Slot slot(Worker worker, Site site, LocalDate date, String start, String end, int breakMinutes) {
        return cover(site, date, start, end, breakMinutes).createSlots().get(0).withWorker(worker);
    }

    /** A single-head cover of the given shift type on the default site, assigned to the worker. */
    public Slot slot(Worker worker, ShiftType shiftType, LocalDate date, String start, String end, int breakMinutes) {
        Cover cover = coverBuilder(date, start, end, breakMinutes).shiftType(shiftType).build();
        covers.add(cover);
        return cover.createSlots().get(0).withWorker(worker);
    }

    /** Builds a customised cover (headcount, priority, weights, pattern...) and keeps it for {@link #roster}. */
    public Cover cover(Cover.Builder builder) {
        Cover cover = builder.build();
        covers.add(cover);
        return cover;
    }

    /** The first slot of a cover, assigned. */
    public static Slot assigned(Cover cover, Worker worker) {
        return cover.createSlots().get(0).withWorker(worker);
    }

    /** An 8-hour day 08:00–17:00 with a 60-minute break for each of {@code days} consecutive days from {@code from}. */
    public List<Slot> days(Worker worker, LocalDate from, int days) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            slots.add(slot(worker, from.plusDays(i), "08:00", "17:00", 60));
        }
        return slots;
    }

    public Unavailability dayOff(Worker worker, LocalDate date) {
        return Unavailability.wholeDay(worker, date, AvailabilityKind.DAY_OFF);
    }

    public ShiftType shiftType(String id) {
        return new ShiftType(id);
    }

    public Skill skill(String id) {
        return new Skill(id, id);
    }

    public List<Cover> covers() {
        return covers;
    }

    public List<Worker> workers() {
        return workers;
    }

    /** A roster of everything built so far (no extra facts). */
    public Roster roster(List<Slot> slots) {
        return roster(slots, List.of());
    }

    /** A roster of everything built so far, with the workers' on/off requests. */
    public Roster roster(List<Slot> slots, List<jp.tsumugi.solver.domain.ShiftRequest> shiftRequests) {
        return new Roster(calendar(), List.of(member), List.of(site), List.of(job), List.of(), List.of(), workers, covers,
                List.of(), List.of(), shiftRequests, slots);
    }
}
