package jp.tsumugi.web.demand;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.skills.Skill;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** What the demand pattern page edits. The code is set once: it names the pattern's slots in saved rosters. */
public class DemandForm {

    /** No '@' or '#': they separate the parts of a slot id ({@code code@date#n}). */
    @NotBlank(message = "{demand.error.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "{demand.error.code.pattern}")
    private String code;

    @NotNull(message = "{demand.error.site.required}")
    private Long siteId;

    @NotNull(message = "{demand.error.jobType.required}")
    private Long jobTypeId;

    @NotNull(message = "{demand.error.from.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @NotNull(message = "{demand.error.to.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    private List<DayOfWeek> weekdays = new ArrayList<>();

    @NotNull(message = "{demand.error.start.required}")
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime start;

    @NotNull(message = "{demand.error.end.required}")
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime end;

    @NotNull(message = "{demand.error.breakMinutes.range}")
    @Min(value = 0, message = "{demand.error.breakMinutes.range}")
    private Integer breakMinutes = 60;

    @NotNull(message = "{demand.error.heads.range}")
    @Min(value = 0, message = "{demand.error.heads.range}")
    @Max(value = 999, message = "{demand.error.heads.range}")
    private Integer required = 1;

    @NotNull(message = "{demand.error.heads.range}")
    @Min(value = 0, message = "{demand.error.heads.range}")
    @Max(value = 999, message = "{demand.error.heads.range}")
    private Integer optional = 0;

    @NotNull(message = "{demand.error.priority.range}")
    @Min(value = 1, message = "{demand.error.priority.range}")
    @Max(value = 5, message = "{demand.error.priority.range}")
    private Integer priority = 3;

    private boolean skipHolidays = true;

    private List<Long> requiredSkillIds = new ArrayList<>();

    @Size(max = 1000, message = "{demand.error.note.size}")
    private String note;

    @NotNull(message = "{memberportal.weather.error.kind}")
    private WeatherFallback weatherFallback = WeatherFallback.NONE;

    @Size(max = 500, message = "{memberportal.weather.error.rainTask.size}")
    private String rainTask;

    private Long rainSiteId;

    private Long rainJobTypeId;

    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime halfDayEnd;

    private long version;

    public static DemandForm of(DemandPattern pattern) {
        DemandForm form = new DemandForm();
        form.code = pattern.getCode();
        form.siteId = pattern.getSite().getId();
        form.jobTypeId = pattern.getJobType().getId();
        form.from = pattern.getFrom();
        form.to = pattern.getTo();
        form.weekdays = new ArrayList<>(pattern.getWeekdayList());
        form.start = pattern.getStart();
        form.end = pattern.getEnd();
        form.breakMinutes = pattern.getBreakMinutes();
        form.required = pattern.getRequired();
        form.optional = pattern.getOptional();
        form.priority = pattern.getPriority();
        form.skipHolidays = pattern.isSkipHolidays();
        form.requiredSkillIds = new ArrayList<>(pattern.getRequiredSkills().stream().map(Skill::getId).toList());
        form.note = pattern.getNote();
        form.weatherFallback = pattern.getWeatherFallback();
        form.rainTask = pattern.getRainTask();
        form.rainSiteId = pattern.getRainSite() == null ? null : pattern.getRainSite().getId();
        form.rainJobTypeId = pattern.getRainJobType() == null ? null : pattern.getRainJobType().getId();
        form.halfDayEnd = pattern.getHalfDayEnd();
        form.version = pattern.getVersion();
        return form;
    }

    /** The rules between fields, and the planning year the dates must lie in. */
    public void checkCrossFields(Errors errors, LocalDate planFrom, LocalDate planTo) {
        if (from != null && to != null && to.isBefore(from)) {
            errors.rejectValue("to", "demand.error.to.beforeFrom");
        }
        if (planFrom != null && planTo != null) {
            Object[] year = {planFrom, planTo};
            if (from != null && (from.isBefore(planFrom) || from.isAfter(planTo))) {
                errors.rejectValue("from", "demand.error.from.outsideYear", year, null);
            }
            if (to != null && (to.isBefore(planFrom) || to.isAfter(planTo))) {
                errors.rejectValue("to", "demand.error.to.outsideYear", year, null);
            }
        }
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                errors.rejectValue("end", "demand.error.end.beforeStart");
            } else if (breakMinutes != null && breakMinutes >= 0 && breakMinutes >= spanMinutes()) {
                errors.rejectValue("breakMinutes", "demand.error.breakMinutes.tooLong");
            }
        }
        if (required != null && optional != null && required + optional < 1) {
            errors.rejectValue("required", "demand.error.heads.none");
        }
        checkWeather(errors);
    }

    /** The weather fallback's own rules; its site and job type are checked against the database by the caller. */
    private void checkWeather(Errors errors) {
        if (weatherFallback == WeatherFallback.RAIN_TASK && (rainTask == null || rainTask.isBlank())) {
            errors.rejectValue("rainTask", "memberportal.weather.error.rainTask.required");
        }
        if (weatherFallback == WeatherFallback.HALF_DAY) {
            if (halfDayEnd == null) {
                errors.rejectValue("halfDayEnd", "memberportal.weather.error.halfDayEnd.required");
            } else if (start != null && end != null
                    && (!halfDayEnd.isAfter(start) || !halfDayEnd.isBefore(end))) {
                errors.rejectValue("halfDayEnd", "memberportal.weather.error.halfDayEnd.between",
                        new Object[] {start.toString(), end.toString()}, null);
            }
        }
    }

    /** Whether the form offers a rain alternative that names a site or a job type (which the caller must look up). */
    public boolean offersRainTask() {
        return weatherFallback == WeatherFallback.RAIN_TASK;
    }

    /** Minutes from start to end; the pages do not take shifts across midnight. */
    long spanMinutes() {
        return Duration.between(start, end).toMinutes();
    }

    /** Copies the plain fields; site, job type and skills are looked up within the cooperative by the caller. */
    public void applyTo(DemandPattern pattern) {
        pattern.setFrom(from);
        pattern.setTo(to);
        pattern.setWeekdayList(weekdays == null ? List.of() : weekdays);
        pattern.setStart(start);
        pattern.setEnd(end);
        pattern.setBreakMinutes(breakMinutes);
        pattern.setRequired(required);
        pattern.setOptional(optional);
        pattern.setPriority(priority);
        pattern.setSkipHolidays(skipHolidays);
        pattern.setNote(note == null || note.isBlank() ? null : note.strip());
    }

    /** Copies the weather fallback, with the rain site and job type the caller looked up within the cooperative. */
    public void applyWeatherTo(DemandPattern pattern, Site rainSite, JobType rainJobType) {
        pattern.setWeather(weatherFallback, rainTask == null || rainTask.isBlank() ? null : rainTask.strip(),
                rainSite, rainJobType, halfDayEnd);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Long getJobTypeId() {
        return jobTypeId;
    }

    public void setJobTypeId(Long jobTypeId) {
        this.jobTypeId = jobTypeId;
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

    public List<DayOfWeek> getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(List<DayOfWeek> weekdays) {
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

    public Integer getBreakMinutes() {
        return breakMinutes;
    }

    public void setBreakMinutes(Integer breakMinutes) {
        this.breakMinutes = breakMinutes;
    }

    public Integer getRequired() {
        return required;
    }

    public void setRequired(Integer required) {
        this.required = required;
    }

    public Integer getOptional() {
        return optional;
    }

    public void setOptional(Integer optional) {
        this.optional = optional;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public boolean isSkipHolidays() {
        return skipHolidays;
    }

    public void setSkipHolidays(boolean skipHolidays) {
        this.skipHolidays = skipHolidays;
    }

    public List<Long> getRequiredSkillIds() {
        return requiredSkillIds;
    }

    public void setRequiredSkillIds(List<Long> requiredSkillIds) {
        this.requiredSkillIds = requiredSkillIds;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public WeatherFallback getWeatherFallback() {
        return weatherFallback;
    }

    public void setWeatherFallback(WeatherFallback weatherFallback) {
        this.weatherFallback = weatherFallback;
    }

    public String getRainTask() {
        return rainTask;
    }

    public void setRainTask(String rainTask) {
        this.rainTask = rainTask;
    }

    public Long getRainSiteId() {
        return rainSiteId;
    }

    public void setRainSiteId(Long rainSiteId) {
        this.rainSiteId = rainSiteId;
    }

    public Long getRainJobTypeId() {
        return rainJobTypeId;
    }

    public void setRainJobTypeId(Long rainJobTypeId) {
        this.rainJobTypeId = rainJobTypeId;
    }

    public LocalTime getHalfDayEnd() {
        return halfDayEnd;
    }

    public void setHalfDayEnd(LocalTime halfDayEnd) {
        this.halfDayEnd = halfDayEnd;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
