package jp.tsumugi.solver.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A member's seasonal need as the member states it: "two people on weekdays from mid-July to November, 08:00–17:00
 * with an hour's break, plus one more if possible". It expands into one {@link Cover} per matching date.
 *
 * @param skipHolidays   leave out the dates given as public holidays when expanding
 * @param extraSkills    skills this pattern needs beyond the site's and the job type's
 */
public record DemandPattern(String id, Site site, JobType jobType, DateRange dates, Set<DayOfWeek> weekdays,
        LocalTime start, LocalTime end, int breakMinutes, int requiredHeadcount, int optionalHeadcount, int priority,
        ShiftType shiftType, boolean skipHolidays, List<Skill> extraSkills) {

    public DemandPattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(jobType, "jobType");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        weekdays = weekdays == null || weekdays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(weekdays);
        extraSkills = extraSkills == null ? List.of() : List.copyOf(extraSkills);
        if (requiredHeadcount < 0 || optionalHeadcount < 0) {
            throw new IllegalArgumentException("headcount must not be negative: " + id);
        }
        if (requiredHeadcount + optionalHeadcount == 0) {
            throw new IllegalArgumentException("a pattern needs at least one head: " + id);
        }
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be at least 1: " + id);
        }
    }

    /** One cover per date of the pattern that lies in the planning window, falls on a chosen weekday and is not skipped. */
    public List<Cover> expand(PlanCalendar calendar, Set<LocalDate> holidays) {
        List<Cover> covers = new ArrayList<>();
        LocalDate from = dates.from().isBefore(calendar.getFrom()) ? calendar.getFrom() : dates.from();
        LocalDate to = dates.to().isAfter(calendar.getTo()) ? calendar.getTo() : dates.to();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            if (!weekdays.contains(date.getDayOfWeek()) || (skipHolidays && holidays.contains(date))) {
                continue;
            }
            covers.add(Cover.builder(calendar)
                    .id(id + "@" + date)
                    .patternId(id)
                    .site(site)
                    .jobType(jobType)
                    .shiftType(shiftType)
                    .date(date)
                    .time(start, end, breakMinutes)
                    .headcount(requiredHeadcount, optionalHeadcount)
                    .priority(priority)
                    .extraSkills(extraSkills)
                    .build());
        }
        return covers;
    }
}
