package jp.tsumugi.solver.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One demand on one date: a member wants {@code requiredHeadcount} (and up to {@code optionalHeadcount} more) workers
 * at a site from start to end. Its slots are the planning entities; the cover carries everything they share, computed
 * once here so that constraints only read fields.
 *
 * <p>Unfilled required heads cost {@code unfilledWeightPerHead} on the medium level (default priority × minutes);
 * heads filled beyond the required count cost {@code overWeightPerHead} on the soft level (optional demand, or
 * over-cover in the Curtois benchmark).
 */
public final class Cover {
    private final String id;
    private final String patternId;
    private final Member member;
    private final Site site;
    private final JobType jobType;
    private final ShiftType shiftType;
    private final LocalDate date;
    private final LocalTime startTime;
    private final LocalTime endTime;
    private final int breakMinutes;
    private final int requiredHeadcount;
    private final int optionalHeadcount;
    private final int priority;
    private final long unfilledWeightPerHead;
    private final long overWeightPerHead;
    private final List<Skill> requiredSkills;

    // Derived from the calendar once.
    private final PlanCalendar calendar;
    private final LocalDateTime start;
    private final LocalDateTime end;
    private final long startMinute;
    private final long endMinute;
    private final int netMinutes;
    private final int nightMinutes;
    private final int dayIndex;
    private final int weekIndex;
    private final int monthIndex;
    private final int yearIndex;
    private final int weekendIndex;
    private final java.time.DayOfWeek dayOfWeek;
    private final long startEpochMinute;
    private final long endEpochMinute;
    private final boolean regulated;
    private final boolean overnight;
    private int travelPadMinutes;
    private boolean withPublishedSlot;

    private Cover(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.patternId = b.patternId;
        this.site = Objects.requireNonNull(b.site, "site");
        this.member = b.site.getMember();
        this.jobType = Objects.requireNonNull(b.jobType, "jobType");
        this.shiftType = b.shiftType;
        this.date = Objects.requireNonNull(b.date, "date");
        this.startTime = Objects.requireNonNull(b.startTime, "startTime");
        this.endTime = Objects.requireNonNull(b.endTime, "endTime");
        this.breakMinutes = b.breakMinutes;
        this.requiredHeadcount = b.requiredHeadcount;
        this.optionalHeadcount = b.optionalHeadcount;
        this.priority = b.priority;
        this.calendar = Objects.requireNonNull(b.calendar, "calendar");
        if (b.requiredHeadcount < 0 || b.optionalHeadcount < 0) {
            throw new IllegalArgumentException("headcount must not be negative: " + b.id);
        }
        if (b.priority < 1) {
            throw new IllegalArgumentException("priority must be at least 1: " + b.id);
        }
        if (!calendar.getWindow().contains(date)) {
            throw new IllegalArgumentException("date " + date + " outside the planning window: " + b.id);
        }
        this.start = date.atTime(startTime);
        // An end at or before the start means the slot runs past midnight.
        this.end = endTime.isAfter(startTime) ? date.atTime(endTime) : date.plusDays(1).atTime(endTime);
        int span = (int) java.time.Duration.between(start, end).toMinutes();
        if (b.breakMinutes < 0 || b.breakMinutes >= span) {
            throw new IllegalArgumentException("break must be between 0 and the slot length: " + b.id);
        }
        this.netMinutes = span - b.breakMinutes;
        this.nightMinutes = nightMinutes(start, end);
        this.startMinute = calendar.minuteOf(start);
        this.endMinute = calendar.minuteOf(end);
        this.dayIndex = calendar.dayIndex(date);
        this.weekIndex = calendar.weekIndex(date);
        this.monthIndex = calendar.monthIndex(date);
        this.yearIndex = calendar.yearIndex(date);
        this.weekendIndex = calendar.weekendIndex(date);
        this.dayOfWeek = date.getDayOfWeek();
        this.startEpochMinute = epochMinute(start);
        this.endEpochMinute = epochMinute(end);
        this.overnight = end.isAfter(date.plusDays(1).atStartOfDay());
        this.regulated = !(site.isAgricultureExempt() && calendar.getSettings().isApplyAgricultureExemption());
        this.unfilledWeightPerHead = b.unfilledWeightPerHead != null ? b.unfilledWeightPerHead : (long) priority * netMinutes;
        this.overWeightPerHead = b.overWeightPerHead != null ? b.overWeightPerHead : 0L;
        Set<Skill> skills = new LinkedHashSet<>(site.getRequiredSkills());
        skills.addAll(jobType.getRequiredSkills());
        skills.addAll(b.extraSkills);
        this.requiredSkills = List.copyOf(skills);
    }

    /** Minutes between 22:00 and 05:00 (労基法 §37(4)); breaks are assumed to be taken outside those hours. */
    public static int nightMinutes(LocalDateTime start, LocalDateTime end) {
        int total = 0;
        for (LocalDate d = start.toLocalDate().minusDays(1); !d.isAfter(end.toLocalDate()); d = d.plusDays(1)) {
            LocalDateTime nightStart = d.atTime(22, 0);
            LocalDateTime nightEnd = d.plusDays(1).atTime(5, 0);
            LocalDateTime from = start.isAfter(nightStart) ? start : nightStart;
            LocalDateTime to = end.isBefore(nightEnd) ? end : nightEnd;
            if (to.isAfter(from)) {
                total += (int) java.time.Duration.between(from, to).toMinutes();
            }
        }
        return total;
    }

    /** Minutes since 1970-01-01T00:00 local time: a cheap key to compare times across objects without a calendar. */
    public static long epochMinute(LocalDateTime time) {
        return time.toLocalDate().toEpochDay() * 1440 + time.getHour() * 60L + time.getMinute();
    }

    public static Builder builder(PlanCalendar calendar) {
        return new Builder(calendar);
    }

    /** Creates this cover's slots: required heads first, then optional ones. */
    public List<Slot> createSlots() {
        List<Slot> slots = new ArrayList<>(requiredHeadcount + optionalHeadcount);
        for (int i = 0; i < requiredHeadcount + optionalHeadcount; i++) {
            slots.add(new Slot(id + "#" + i, this));
        }
        return slots;
    }

    public String getId() { return id; }
    /** The demand pattern (season) this cover comes from, or {@code null} for a one-off cover. */
    public String getPatternId() { return patternId; }
    public Member getMember() { return member; }
    public Site getSite() { return site; }
    public JobType getJobType() { return jobType; }
    public ShiftType getShiftType() { return shiftType; }
    public LocalDate getDate() { return date; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public int getBreakMinutes() { return breakMinutes; }
    public int getRequiredHeadcount() { return requiredHeadcount; }
    public int getOptionalHeadcount() { return optionalHeadcount; }
    public int getPriority() { return priority; }
    public long getUnfilledWeightPerHead() { return unfilledWeightPerHead; }
    public long getOverWeightPerHead() { return overWeightPerHead; }
    public List<Skill> getRequiredSkills() { return requiredSkills; }
    public PlanCalendar getCalendar() { return calendar; }
    public CooperativeSettings getSettings() { return calendar.getSettings(); }
    public LocalDateTime getStart() { return start; }
    public LocalDateTime getEnd() { return end; }
    public long getStartMinute() { return startMinute; }
    public long getEndMinute() { return endMinute; }
    public int getNetMinutes() { return netMinutes; }
    public int getNightMinutes() { return nightMinutes; }
    public int getDayIndex() { return dayIndex; }
    public int getWeekIndex() { return weekIndex; }
    public int getMonthIndex() { return monthIndex; }
    public int getYearIndex() { return yearIndex; }
    public int getWeekendIndex() { return weekendIndex; }
    public java.time.DayOfWeek getDayOfWeek() { return dayOfWeek; }
    public long getStartEpochMinute() { return startEpochMinute; }
    public long getEndEpochMinute() { return endEpochMinute; }
    /** True when the cover ends after the midnight that follows its date (an end at 00:00 is not overnight). */
    public boolean isOvernight() { return overnight; }
    /** False when 労基法 §41 exempts this site's work and the coop chose to apply the exemption. */
    public boolean isRegulated() { return regulated; }
    public int getTravelPadMinutes() { return travelPadMinutes; }
    /** True once one of this cover's slots has had a published worker (it stays true). */
    public boolean hasPublishedSlot() { return withPublishedSlot; }

    void markPublishedSlot() { withPublishedSlot = true; }

    /** Set once by the roster: the longest drive from this site to any other site in the plan. */
    void setTravelPadMinutes(int minutes) { this.travelPadMinutes = minutes; }

    @Override
    public String toString() { return id; }

    public static final class Builder {
        private final PlanCalendar calendar;
        private String id;
        private String patternId;
        private Site site;
        private JobType jobType;
        private ShiftType shiftType;
        private LocalDate date;
        private LocalTime startTime;
        private LocalTime endTime;
        private int breakMinutes;
        private int requiredHeadcount = 1;
        private int optionalHeadcount;
        private int priority = 1;
        private Long unfilledWeightPerHead;
        private Long overWeightPerHead;
        private List<Skill> extraSkills = List.of();

        private Builder(PlanCalendar calendar) { this.calendar = calendar; }

        public Builder id(String id) { this.id = id; return this; }
        public Builder patternId(String patternId) { this.patternId = patternId; return this; }
        public Builder site(Site site) { this.site = site; return this; }
        public Builder jobType(JobType jobType) { this.jobType = jobType; return this; }
        public Builder shiftType(ShiftType shiftType) { this.shiftType = shiftType; return this; }
        public Builder date(LocalDate date) { this.date = date; return this; }
        public Builder time(LocalTime start, LocalTime end, int breakMinutes) {
            this.startTime = start;
            this.endTime = end;
            this.breakMinutes = breakMinutes;
            return this;
        }
        public Builder headcount(int required, int optional) {
            this.requiredHeadcount = required;
            this.optionalHeadcount = optional;
            return this;
        }
        public Builder priority(int priority) { this.priority = priority; return this; }
        public Builder unfilledWeightPerHead(long weight) { this.unfilledWeightPerHead = weight; return this; }
        public Builder overWeightPerHead(long weight) { this.overWeightPerHead = weight; return this; }
        public Builder extraSkills(List<Skill> skills) { this.extraSkills = List.copyOf(skills); return this; }

        public Cover build() { return new Cover(this); }
    }
}
