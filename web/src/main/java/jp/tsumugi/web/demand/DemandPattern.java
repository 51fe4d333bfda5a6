package jp.tsumugi.web.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsumugi.web.cooperative.CodedEntity;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.skills.Skill;

/**
 * A member's seasonal need: from–to, on some weekdays, start–end with a break, required and optional heads. Its code
 * names its slots ({@code code@date#n}), so it must not change once a roster exists.
 */
@Entity
@Table(name = "demand_pattern")
public class DemandPattern extends CodedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "site_id")
    private Site site;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "job_type_id")
    private JobType jobType;

    @Column(name = "date_from", nullable = false)
    private LocalDate from;

    @Column(name = "date_to", nullable = false)
    private LocalDate to;

    /** DayOfWeek names, comma-separated; empty: every day. */
    @Column(nullable = false)
    private String weekdays = "";

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    @Column(name = "break_minutes", nullable = false)
    private int breakMinutes;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private DemandStatus status = DemandStatus.ACTIVE;

    @Column(name = "required_heads", nullable = false)
    private int required;

    @Column(name = "optional_heads", nullable = false)
    private int optional;

    @Column(nullable = false)
    private int priority;

    @Column(name = "shift_type_code")
    private String shiftTypeCode;

    @Column(name = "skip_holidays", nullable = false)
    private boolean skipHolidays = true;

    private String note;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "weather_fallback", nullable = false)
    private WeatherFallback weatherFallback = WeatherFallback.NONE;

    /** RAIN_TASK: what the alternative work is. */
    @Column(name = "rain_task")
    private String rainTask;

    /** RAIN_TASK: another site of the same member where the alternative work is done; null: the pattern's site. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rain_site_id")
    private Site rainSite;

    /** RAIN_TASK: another ordinary job type for the alternative work; null: the pattern's job type. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "rain_job_type_id")
    private JobType rainJobType;

    /** HALF_DAY: when a rainy day ends, between start and end. */
    @Column(name = "half_day_end")
    private LocalTime halfDayEnd;

    /**
     * A PROPOSED change of an already planned pattern: the id of the ACTIVE pattern it would replace; null for a new
     * request.
     */
    @Column(name = "replaces_pattern_id")
    private Long replacesId;

    @ManyToMany
    @JoinTable(name = "demand_pattern_skill", joinColumns = @JoinColumn(name = "demand_pattern_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> requiredSkills = new LinkedHashSet<>();

    protected DemandPattern() {
    }

    public DemandPattern(long cooperativeId, String code, Site site, JobType jobType) {
        super(cooperativeId, code);
        this.site = site;
        this.jobType = jobType;
    }

    public List<DayOfWeek> getWeekdayList() {
        if (weekdays == null || weekdays.isBlank()) {
            return List.of();
        }
        return Arrays.stream(weekdays.split(",")).map(String::trim).map(DayOfWeek::valueOf).sorted().toList();
    }

    public void setWeekdayList(java.util.Collection<DayOfWeek> days) {
        Set<DayOfWeek> sorted = days.isEmpty() ? Set.of() : EnumSet.copyOf(days);
        weekdays = sorted.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    public Set<Skill> getRequiredSkills() {
        return requiredSkills;
    }

    public Site getSite() {
        return site;
    }

    public void setSite(Site site) {
        this.site = site;
    }

    public JobType getJobType() {
        return jobType;
    }

    public void setJobType(JobType jobType) {
        this.jobType = jobType;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(String weekdays) {
        this.weekdays = weekdays;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public int getBreakMinutes() {
        return breakMinutes;
    }

    public void setBreakMinutes(int breakMinutes) {
        this.breakMinutes = breakMinutes;
    }

    public int getRequired() {
        return required;
    }

    public void setRequired(int required) {
        this.required = required;
    }

    public int getOptional() {
        return optional;
    }

    public void setOptional(int optional) {
        this.optional = optional;
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public String getShiftTypeCode() {
        return shiftTypeCode;
    }

    public void setShiftTypeCode(String shiftTypeCode) {
        this.shiftTypeCode = shiftTypeCode;
    }

    public boolean isSkipHolidays() {
        return skipHolidays;
    }

    public void setSkipHolidays(boolean skipHolidays) {
        this.skipHolidays = skipHolidays;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public DemandStatus getStatus() {
        return status;
    }

    public void setStatus(DemandStatus status) {
        this.status = status;
    }

    public boolean isProposed() {
        return status == DemandStatus.PROPOSED;
    }

    /** A proposed change of a planned pattern (rather than a proposed new request). */
    public boolean isChangeProposal() {
        return status == DemandStatus.PROPOSED && replacesId != null;
    }

    public WeatherFallback getWeatherFallback() {
        return weatherFallback;
    }

    public String getRainTask() {
        return rainTask;
    }

    public Site getRainSite() {
        return rainSite;
    }

    public JobType getRainJobType() {
        return rainJobType;
    }

    public LocalTime getHalfDayEnd() {
        return halfDayEnd;
    }

    /**
     * Sets the weather fallback; the fields the kind does not use are cleared, so that what is stored is what is
     * shown.
     */
    public void setWeather(WeatherFallback kind, String rainTask, Site rainSite, JobType rainJobType,
            LocalTime halfDayEnd) {
        this.weatherFallback = kind == null ? WeatherFallback.NONE : kind;
        boolean rain = this.weatherFallback == WeatherFallback.RAIN_TASK;
        this.rainTask = rain ? rainTask : null;
        this.rainSite = rain ? rainSite : null;
        this.rainJobType = rain ? rainJobType : null;
        this.halfDayEnd = this.weatherFallback == WeatherFallback.HALF_DAY ? halfDayEnd : null;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public void setReplacesId(Long replacesId) {
        this.replacesId = replacesId;
    }

    /** Copies everything a member or the secretariat edits (not the code, the status or the link) from another. */
    public void copyRequestFrom(DemandPattern other) {
        site = other.site;
        jobType = other.jobType;
        from = other.from;
        to = other.to;
        weekdays = other.weekdays;
        start = other.start;
        end = other.end;
        breakMinutes = other.breakMinutes;
        required = other.required;
        optional = other.optional;
        priority = other.priority;
        shiftTypeCode = other.shiftTypeCode;
        skipHolidays = other.skipHolidays;
        note = other.note;
        setWeather(other.weatherFallback, other.rainTask, other.rainSite, other.rainJobType, other.halfDayEnd);
        if (!requiredSkills.equals(other.requiredSkills)) {
            requiredSkills.clear();
            requiredSkills.addAll(other.requiredSkills);
        }
    }
}
