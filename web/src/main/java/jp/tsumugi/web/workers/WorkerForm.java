package jp.tsumugi.web.workers;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import jp.tsumugi.solver.domain.ResidenceStatus;
import org.springframework.validation.Errors;

/** What the worker page edits. Hours on the page, minutes in the database. */
public class WorkerForm {

    @NotBlank(message = "{workers.error.code.required}")
    @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}", message = "{workers.error.code.pattern}")
    private String code;

    @NotBlank(message = "{workers.error.name.required}")
    @Size(max = 255, message = "{workers.error.name.size}")
    private String name;

    /** Japan lies between about 20°N (沖ノ鳥島) and 46°N, 122°E (与那国島) and 154°E (南鳥島). */
    @DecimalMin(value = "20", message = "{workers.error.latitude.range}")
    @DecimalMax(value = "46", message = "{workers.error.latitude.range}")
    private Double latitude;

    @DecimalMin(value = "122", message = "{workers.error.longitude.range}")
    @DecimalMax(value = "154", message = "{workers.error.longitude.range}")
    private Double longitude;

    private boolean openEnded = true;

    @NotNull(message = "{workers.error.residenceStatus.required}")
    private ResidenceStatus residenceStatus = ResidenceStatus.UNRESTRICTED;

    @NotNull(message = "{workers.error.monthlyTargetHours.required}")
    @DecimalMin(value = "0", message = "{workers.error.monthlyTargetHours.range}")
    @DecimalMax(value = "744", message = "{workers.error.monthlyTargetHours.range}")
    private BigDecimal monthlyTargetHours;

    @DecimalMin(value = "0", inclusive = false, message = "{workers.error.dailyCapHours.range}")
    @DecimalMax(value = "24", message = "{workers.error.dailyCapHours.range}")
    private BigDecimal dailyCapHours;

    private boolean noNightWork;

    private Long requiredBuddyId;

    private DayOfWeek legalRestDay;

    @DecimalMin(value = "0", message = "{workers.error.totalHours.range}")
    @DecimalMax(value = "9000", message = "{workers.error.totalHours.range}")
    private BigDecimal minTotalHours;

    @DecimalMin(value = "0", message = "{workers.error.totalHours.range}")
    @DecimalMax(value = "9000", message = "{workers.error.totalHours.range}")
    private BigDecimal maxTotalHours;

    @Min(value = 1, message = "{workers.error.days.range}")
    @Max(value = 366, message = "{workers.error.days.range}")
    private Integer minConsecutiveWorkDays;

    @Min(value = 1, message = "{workers.error.days.range}")
    @Max(value = 366, message = "{workers.error.days.range}")
    private Integer maxConsecutiveWorkDays;

    @Min(value = 1, message = "{workers.error.days.range}")
    @Max(value = 366, message = "{workers.error.days.range}")
    private Integer minConsecutiveDaysOff;

    @Min(value = 0, message = "{workers.error.weekends.range}")
    @Max(value = 53, message = "{workers.error.weekends.range}")
    private Integer maxWeekendsWorked;

    private long version;

    public static WorkerForm of(Worker worker) {
        WorkerForm form = new WorkerForm();
        form.code = worker.getCode();
        form.name = worker.getName();
        form.latitude = worker.getLatitude();
        form.longitude = worker.getLongitude();
        form.openEnded = worker.isOpenEnded();
        form.residenceStatus = worker.getResidenceStatus();
        form.monthlyTargetHours = Hours.fromMinutes(worker.getMonthlyTargetMinutes());
        form.dailyCapHours = Hours.fromMinutes(worker.getDailyCapMinutes());
        form.noNightWork = worker.isNoNightWork();
        form.requiredBuddyId = worker.getRequiredBuddy() == null ? null : worker.getRequiredBuddy().getId();
        form.legalRestDay = worker.getLegalRestDay();
        form.minTotalHours = Hours.fromMinutes(worker.getMinTotalMinutes());
        form.maxTotalHours = Hours.fromMinutes(worker.getMaxTotalMinutes());
        form.minConsecutiveWorkDays = worker.getMinConsecutiveWorkDays();
        form.maxConsecutiveWorkDays = worker.getMaxConsecutiveWorkDays();
        form.minConsecutiveDaysOff = worker.getMinConsecutiveDaysOff();
        form.maxWeekendsWorked = worker.getMaxWeekendsWorked();
        form.version = worker.getVersion();
        return form;
    }

    /** Checks that involve two fields; single-field rules are the annotations above. */
    public void checkCrossFields(Errors errors) {
        if ((latitude == null) != (longitude == null)) {
            errors.rejectValue(latitude == null ? "latitude" : "longitude", "workers.error.location.both");
        }
        if (minTotalHours != null && maxTotalHours != null && minTotalHours.compareTo(maxTotalHours) > 0) {
            errors.rejectValue("maxTotalHours", "workers.error.maxTotalHours.belowMin");
        }
        if (minConsecutiveWorkDays != null && maxConsecutiveWorkDays != null
                && minConsecutiveWorkDays > maxConsecutiveWorkDays) {
            errors.rejectValue("maxConsecutiveWorkDays", "workers.error.maxConsecutiveWorkDays.belowMin");
        }
    }

    /** Copies everything but the buddy, which the caller looks up within the cooperative. */
    public void applyTo(Worker worker, Worker buddy) {
        worker.setCode(code.strip());
        worker.setName(name.strip());
        worker.setLatitude(latitude);
        worker.setLongitude(longitude);
        worker.setOpenEnded(openEnded);
        worker.setResidenceStatus(residenceStatus);
        worker.setMonthlyTargetMinutes(Hours.toMinutes(monthlyTargetHours));
        worker.setDailyCapMinutes(Hours.toMinutes(dailyCapHours));
        worker.setNoNightWork(noNightWork);
        worker.setRequiredBuddy(buddy);
        worker.setLegalRestDay(legalRestDay);
        worker.setMinTotalMinutes(Hours.toMinutes(minTotalHours));
        worker.setMaxTotalMinutes(Hours.toMinutes(maxTotalHours));
        worker.setMinConsecutiveWorkDays(minConsecutiveWorkDays);
        worker.setMaxConsecutiveWorkDays(maxConsecutiveWorkDays);
        worker.setMinConsecutiveDaysOff(minConsecutiveDaysOff);
        worker.setMaxWeekendsWorked(maxWeekendsWorked);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public boolean isOpenEnded() {
        return openEnded;
    }

    public void setOpenEnded(boolean openEnded) {
        this.openEnded = openEnded;
    }

    public ResidenceStatus getResidenceStatus() {
        return residenceStatus;
    }

    public void setResidenceStatus(ResidenceStatus residenceStatus) {
        this.residenceStatus = residenceStatus;
    }

    public BigDecimal getMonthlyTargetHours() {
        return monthlyTargetHours;
    }

    public void setMonthlyTargetHours(BigDecimal monthlyTargetHours) {
        this.monthlyTargetHours = monthlyTargetHours;
    }

    public BigDecimal getDailyCapHours() {
        return dailyCapHours;
    }

    public void setDailyCapHours(BigDecimal dailyCapHours) {
        this.dailyCapHours = dailyCapHours;
    }

    public boolean isNoNightWork() {
        return noNightWork;
    }

    public void setNoNightWork(boolean noNightWork) {
        this.noNightWork = noNightWork;
    }

    public Long getRequiredBuddyId() {
        return requiredBuddyId;
    }

    public void setRequiredBuddyId(Long requiredBuddyId) {
        this.requiredBuddyId = requiredBuddyId;
    }

    public DayOfWeek getLegalRestDay() {
        return legalRestDay;
    }

    public void setLegalRestDay(DayOfWeek legalRestDay) {
        this.legalRestDay = legalRestDay;
    }

    public BigDecimal getMinTotalHours() {
        return minTotalHours;
    }

    public void setMinTotalHours(BigDecimal minTotalHours) {
        this.minTotalHours = minTotalHours;
    }

    public BigDecimal getMaxTotalHours() {
        return maxTotalHours;
    }

    public void setMaxTotalHours(BigDecimal maxTotalHours) {
        this.maxTotalHours = maxTotalHours;
    }

    public Integer getMinConsecutiveWorkDays() {
        return minConsecutiveWorkDays;
    }

    public void setMinConsecutiveWorkDays(Integer minConsecutiveWorkDays) {
        this.minConsecutiveWorkDays = minConsecutiveWorkDays;
    }

    public Integer getMaxConsecutiveWorkDays() {
        return maxConsecutiveWorkDays;
    }

    public void setMaxConsecutiveWorkDays(Integer maxConsecutiveWorkDays) {
        this.maxConsecutiveWorkDays = maxConsecutiveWorkDays;
    }

    public Integer getMinConsecutiveDaysOff() {
        return minConsecutiveDaysOff;
    }

    public void setMinConsecutiveDaysOff(Integer minConsecutiveDaysOff) {
        this.minConsecutiveDaysOff = minConsecutiveDaysOff;
    }

    public Integer getMaxWeekendsWorked() {
        return maxWeekendsWorked;
    }

    public void setMaxWeekendsWorked(Integer maxWeekendsWorked) {
        this.maxWeekendsWorked = maxWeekendsWorked;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
