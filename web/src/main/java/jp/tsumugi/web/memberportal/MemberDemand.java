package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandChanges;
import jp.tsumugi.web.demand.DemandForm;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPreview;
import jp.tsumugi.web.demand.DemandStatus;
import jp.tsumugi.web.demand.WeatherNote;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.settings.Holiday;
import jp.tsumugi.web.settings.HolidayRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's own demand patterns, with the secretariat form's rules ({@link DemandForm}) plus one: the site must be
 * one of the member's. Once a roster covering a pattern's dates is published, the member's new or changed request
 * is a change for the secretariat to accept ({@link DemandStatus#PROPOSED}); a change of a planned (active) pattern
 * under a published roster is stored as a proposal pointing at it, and such a pattern can no longer be deleted from
 * the portal.
 */
@Service
class MemberDemand {

    /**
     * A pattern in the member's list. {@code locked}: active and published, so a change goes to the secretariat as a
     * proposal; {@code proposal}: that pending proposed change, or null.
     */
    record Row(DemandPattern pattern, boolean locked, DemandPattern proposal) {

        /** The weather fallback the member offers now (the proposal's when a change is pending). */
        public WeatherNote weather() {
            return WeatherNote.of(proposal != null ? proposal : pattern);
        }
    }

    /** What the form's selects offer: only the member's own sites; prohibited job types (派遣禁止業務) never. */
    record Choices(List<Site> sites, List<JobType> jobTypes, List<Skill> skills) {
    }

    /** One pattern copied into the planning year. */
    record Copied(String fromCode, String code, LocalDate from, LocalDate to, DemandStatus status) {
    }

    /** What "copy last year's patterns" did, for the page to explain. */
    record CopyResult(List<Copied> copied, List<String> alreadyCopied, List<String> outsideYear) {
    }

    private static final Pattern YEAR_SUFFIX = Pattern.compile("-\\d{4}$");

    private final MemberPatternRepository patterns;

    private final MemberPlanRepository plans;

    private final SiteRepository sites;

    private final JobTypeRepository jobTypes;

    private final SkillRepository skills;

    private final HolidayRepository holidays;

    private final CooperativeRepository cooperatives;

    private final org.springframework.context.MessageSource messages;

    private final jp.tsumugi.web.contracts.DispatchContractRepository contracts;

    MemberDemand(MemberPatternRepository patterns, MemberPlanRepository plans, SiteRepository sites,
            JobTypeRepository jobTypes, SkillRepository skills, HolidayRepository holidays,
            CooperativeRepository cooperatives, org.springframework.context.MessageSource messages,
            jp.tsumugi.web.contracts.DispatchContractRepository contracts) {
        this.messages = messages;
        this.contracts = contracts;
        this.patterns = patterns;
        this.plans = plans;
        this.sites = sites;
        this.jobTypes = jobTypes;
        this.skills = skills;
        this.holidays = holidays;
        this.cooperatives = cooperatives;
    }

    /** The member's patterns; a pending change proposal is shown on the pattern it would change, not on its own. */
    @Transactional(readOnly = true)
    List<Row> list(CurrentMember member) {
        List<DemandPattern> all = patterns.findByCooperativeIdAndSiteMemberIdOrderByCode(member.cooperativeId(),
                member.memberId());
        java.util.Map<Long, DemandPattern> proposalByOriginal = new java.util.HashMap<>();
        all.stream().filter(DemandPattern::isChangeProposal).forEach(p -> proposalByOriginal.put(p.getReplacesId(), p));
        List<Row> rows = all.stream().filter(p -> !p.isChangeProposal())
                .map(p -> new Row(p, locked(member, p), proposalByOriginal.get(p.getId()))).toList();
        rows.forEach(row -> row.weather()); // reads the rain site and job type while the session is open
        return rows;
    }

    /** The weather fallbacks of the member's planned patterns, by pattern code (a slot's pattern). */
    @Transactional(readOnly = true)
    java.util.Map<String, WeatherNote> weatherByCode(CurrentMember member) {
        java.util.Map<String, WeatherNote> result = new java.util.HashMap<>();
        for (DemandPattern p : patterns.findByCooperativeIdAndSiteMemberIdOrderByCode(member.cooperativeId(),
                member.memberId())) {
            WeatherNote note = p.isProposed() ? null : WeatherNote.of(p);
            if (note != null) {
                result.put(p.getCode(), note);
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    Cooperative cooperative(CurrentMember member) {
        return cooperatives.findById(member.cooperativeId()).orElseThrow();
    }

    @Transactional(readOnly = true)
    Choices choices(CurrentMember member) {
        long c = member.cooperativeId();
        return new Choices(sites.findByCooperativeIdOrderByCode(c).stream()
                        .filter(site -> site.getMember().getId().equals(member.memberId())).toList(),
                jobTypes.findByCooperativeIdOrderByCode(c).stream().filter(j -> !j.isProhibited()).toList(),
                skills.findByCooperativeIdOrderByCode(c));
    }

    /** A new request: the planning year, 08:00–17:00, and a free code the member may keep. */
    @Transactional(readOnly = true)
    DemandForm newForm(CurrentMember member) {
        Cooperative cooperative = cooperative(member);
        DemandForm form = new DemandForm();
        form.setFrom(cooperative.getPlanFrom());
        form.setTo(cooperative.getPlanTo());
        form.setStart(java.time.LocalTime.of(8, 0));
        form.setEnd(java.time.LocalTime.of(17, 0));
        int n = patterns.findByCooperativeIdAndSiteMemberIdOrderByCode(member.cooperativeId(), member.memberId())
                .size() + 1;
        while (patterns.existsByCooperativeIdAndCode(member.cooperativeId(), member.code() + "-r" + n)) {
            n++;
        }
        form.setCode(member.code() + "-r" + n);
        return form;
    }

    /** The form of a pattern; for a planned pattern with a pending change, the change as proposed. */
    @Transactional(readOnly = true)
    DemandForm form(CurrentMember member, long id) {
        DemandPattern pattern = find(member, id);
        DemandPattern proposal = pendingProposal(member, pattern);
        DemandForm form = DemandForm.of(proposal != null ? proposal : pattern);
        form.setCode(pattern.getCode());
        return form;
    }

    /** For a change proposal's id: the id of the planned pattern it would change (its page); else empty. */
    @Transactional(readOnly = true)
    java.util.Optional<Long> changedPatternOf(CurrentMember member, long id) {
        DemandPattern pattern = find(member, id);
        return pattern.isChangeProposal() ? java.util.Optional.of(pattern.getReplacesId()) : java.util.Optional.empty();
    }

    @Transactional(readOnly = true)
    Row row(CurrentMember member, long id) {
        DemandPattern pattern = find(member, id);
        return new Row(pattern, locked(member, pattern), pendingProposal(member, pattern));
    }

    /** The secretariat form's checks, with the member's own sites only. */
    @Transactional(readOnly = true)
    void check(CurrentMember member, boolean creating, DemandForm form, Errors errors) {
        long c = member.cooperativeId();
        Cooperative cooperative = cooperative(member);
        form.checkCrossFields(errors, cooperative.getPlanFrom(), cooperative.getPlanTo());
        if (creating && form.getCode() != null && !errors.hasFieldErrors("code")
                && patterns.existsByCooperativeIdAndCode(c, form.getCode().strip())) {
            errors.rejectValue("code", "demand.error.code.taken");
        }
        if (form.getSiteId() != null && ownSite(member, form.getSiteId()) == null) {
            errors.rejectValue("siteId", "demand.error.site.required");
        }
        if (form.getJobTypeId() != null) {
            JobType jobType = jobTypes.findByIdAndCooperativeId(form.getJobTypeId(), c).orElse(null);
            if (jobType == null) {
                errors.rejectValue("jobTypeId", "demand.error.jobType.required");
            } else if (jobType.isProhibited()) {
                errors.rejectValue("jobTypeId", "demand.error.jobType.prohibited");
            }
        }
        if (form.getRequiredSkillIds() != null && form.getRequiredSkillIds().stream()
                .anyMatch(id -> id == null || skills.findByIdAndCooperativeId(id, c).isEmpty())) {
            errors.rejectValue("requiredSkillIds", "demand.error.skills.unknown");
        }
        if (form.offersRainTask() && form.getRainSiteId() != null && ownSite(member, form.getRainSiteId()) == null) {
            errors.rejectValue("rainSiteId", "memberportal.weather.error.rainSite");
        }
        if (form.offersRainTask() && form.getRainJobTypeId() != null) {
            JobType rainJobType = jobTypes.findByIdAndCooperativeId(form.getRainJobTypeId(), c).orElse(null);
            if (rainJobType == null || rainJobType.isProhibited()) {
                errors.rejectValue("rainJobTypeId", "memberportal.weather.error.rainJobType");
            }
        }
    }

    @Transactional(readOnly = true)
    DemandPreview preview(CurrentMember member, DemandForm form) {
        if (form.getFrom() == null || form.getTo() == null || form.getStart() == null || form.getEnd() == null
                || form.getTo().isBefore(form.getFrom()) || !form.getEnd().isAfter(form.getStart())) {
            return null;
        }
        Cooperative cooperative = cooperative(member);
        Set<LocalDate> holidayDates = holidays.findByCooperativeIdOrderByDate(member.cooperativeId()).stream()
                .map(Holiday::getDate).collect(Collectors.toSet());
        return DemandPreview.of(form.getFrom(), form.getTo(), form.getWeekdays(), form.isSkipHolidays(),
                holidayDates, cooperative.getPlanFrom(), cooperative.getPlanTo(), form.getStart(), form.getEnd(),
                Math.max(0, Objects.requireNonNullElse(form.getBreakMinutes(), 0)),
                Math.max(0, Objects.requireNonNullElse(form.getRequired(), 0)),
                Math.max(0, Objects.requireNonNullElse(form.getOptional(), 0)));
    }

    /** Saves a checked form. Proposed when a published roster already covers its dates. */
    @Transactional
    DemandPattern create(CurrentMember member, DemandForm form) {
        DemandPattern pattern = new DemandPattern(member.cooperativeId(), form.getCode().strip(),
                ownSite(member, form.getSiteId()), jobType(member, form.getJobTypeId()));
        form.applyTo(pattern);
        applyWeather(member, form, pattern);
        pattern.getRequiredSkills().addAll(skills(member, form.getRequiredSkillIds()));
        pattern.setStatus(statusFor(member, pattern.getFrom(), pattern.getTo()));
        return patterns.save(pattern);
    }

    /**
     * Saves a checked form over the version it was opened on. A planned pattern under a published roster is not
     * changed: the change is stored as a PROPOSED pattern pointing at it, for the secretariat to accept or reject
     * ({@code proposalId}: the pending proposal the form was opened on, null when there was none; anything else is a
     * conflict). A change that changes nothing is not proposed.
     *
     * @return the pattern saved: the pattern itself, or its proposal
     */
    @Transactional
    DemandPattern update(CurrentMember member, long id, DemandForm form, Long proposalId) {
        DemandPattern pattern = find(member, id);
        if (locked(member, pattern)) {
            return propose(member, pattern, form, proposalId);
        }
        if (pattern.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, id);
        }
        fill(member, form, pattern);
        if (pattern.getStatus() == DemandStatus.ACTIVE) {
            pattern.setStatus(statusFor(member, pattern.getFrom(), pattern.getTo()));
        }
        return pattern;
    }

    private DemandPattern propose(CurrentMember member, DemandPattern planned, DemandForm form, Long proposalId) {
        DemandPattern pending = pendingProposal(member, planned);
        if (!java.util.Objects.equals(pending == null ? null : pending.getId(), proposalId)) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, planned.getId());
        }
        DemandPattern proposal = pending;
        if (proposal == null) {
            if (planned.getVersion() != form.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(DemandPattern.class, planned.getId());
            }
            proposal = new DemandPattern(member.cooperativeId(), proposalCode(member, planned.getCode()),
                    planned.getSite(), planned.getJobType());
            proposal.setStatus(DemandStatus.PROPOSED);
            proposal.setReplacesId(planned.getId());
        } else if (pending.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, pending.getId());
        }
        fill(member, form, proposal);
        if (pending == null && DemandChanges.between(planned, proposal, messages, java.util.Locale.ROOT).isEmpty()) {
            return planned; // nothing to propose
        }
        return patterns.save(proposal);
    }

    /** A free code for a proposal: the planned pattern's code and {@code -chg}, numbered. */
    private String proposalCode(CurrentMember member, String code) {
        String base = code.length() > 110 ? code.substring(0, 110) : code;
        int n = 1;
        while (patterns.existsByCooperativeIdAndCode(member.cooperativeId(), base + "-chg" + n)) {
            n++;
        }
        return base + "-chg" + n;
    }

    private DemandPattern pendingProposal(CurrentMember member, DemandPattern pattern) {
        if (pattern.getId() == null || pattern.isProposed()) {
            return null;
        }
        return patterns.findFirstByCooperativeIdAndSiteMemberIdAndReplacesIdAndStatus(member.cooperativeId(),
                member.memberId(), pattern.getId(), DemandStatus.PROPOSED).orElse(null);
    }

    private void fill(CurrentMember member, DemandForm form, DemandPattern pattern) {
        pattern.setSite(ownSite(member, form.getSiteId()));
        pattern.setJobType(jobType(member, form.getJobTypeId()));
        form.applyTo(pattern);
        applyWeather(member, form, pattern);
        Set<Skill> wanted = Set.copyOf(skills(member, form.getRequiredSkillIds()));
        if (!pattern.getRequiredSkills().equals(wanted)) {
            pattern.getRequiredSkills().clear();
            pattern.getRequiredSkills().addAll(wanted);
        }
    }

    private void applyWeather(CurrentMember member, DemandForm form, DemandPattern pattern) {
        Site rainSite = form.offersRainTask() && form.getRainSiteId() != null
                ? java.util.Objects.requireNonNull(ownSite(member, form.getRainSiteId())) : null;
        JobType rainJobType = form.offersRainTask() && form.getRainJobTypeId() != null
                ? jobType(member, form.getRainJobTypeId()) : null;
        form.applyWeatherTo(pattern, rainSite, rainJobType);
    }

    /** Deletes a request, or withdraws a proposed change (given the proposal's id). Returns what was deleted. */
    @Transactional
    DemandPattern delete(CurrentMember member, long id) {
        DemandPattern pattern = find(member, id);
        refuseIfLocked(member, pattern);
        if (!pattern.isChangeProposal() && contracts.namesPattern(member.cooperativeId(), pattern.getId())) {
            // a dispatch contract names it: the contract is a record and must keep what it covered
            throw new UnderContractException();
        }
        patterns.delete(pattern);
        return pattern;
    }

    /** A request that a dispatch contract names cannot be deleted. */
    static class UnderContractException extends RuntimeException {
        UnderContractException() {
            super("a dispatch contract names this request");
        }
    }

    /** The code of the planned pattern a proposal would change. */
    @Transactional(readOnly = true)
    String codeOf(CurrentMember member, long id) {
        return find(member, id).getCode();
    }

    /**
     * Copies every pattern of the member one year later, where the copy lies inside the cooperative's planning year.
     * The copy's code is the original's (less a trailing year) with the copy's starting year: {@code x-2027}. A copy
     * whose code exists is not made again, so running it twice changes nothing.
     */
    @Transactional
    CopyResult copyLastYear(CurrentMember member) {
        Cooperative cooperative = cooperative(member);
        List<Copied> copied = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (DemandPattern old : patterns.findByCooperativeIdAndSiteMemberIdOrderByCode(member.cooperativeId(),
                member.memberId())) {
            if (old.isChangeProposal()) {
                continue; // a pending change is not a request of its own
            }
            LocalDate from = old.getFrom().plusYears(1);
            LocalDate to = old.getTo().plusYears(1);
            if (cooperative.getPlanFrom() == null || from.isBefore(cooperative.getPlanFrom())
                    || to.isAfter(cooperative.getPlanTo())) {
                outside.add(old.getCode());
                continue;
            }
            String code = copyCode(old.getCode(), from.getYear());
            if (patterns.existsByCooperativeIdAndCode(member.cooperativeId(), code)) {
                already.add(old.getCode());
                continue;
            }
            DemandPattern copy = new DemandPattern(member.cooperativeId(), code, old.getSite(), old.getJobType());
            copy.setFrom(from);
            copy.setTo(to);
            copy.setWeekdayList(old.getWeekdayList());
            copy.setStart(old.getStart());
            copy.setEnd(old.getEnd());
            copy.setBreakMinutes(old.getBreakMinutes());
            copy.setRequired(old.getRequired());
            copy.setOptional(old.getOptional());
            copy.setPriority(old.getPriority());
            copy.setShiftTypeCode(old.getShiftTypeCode());
            copy.setSkipHolidays(old.isSkipHolidays());
            copy.setNote(old.getNote());
            copy.setWeather(old.getWeatherFallback(), old.getRainTask(), old.getRainSite(), old.getRainJobType(),
                    old.getHalfDayEnd());
            copy.getRequiredSkills().addAll(old.getRequiredSkills());
            copy.setStatus(statusFor(member, from, to));
            patterns.save(copy);
            copied.add(new Copied(old.getCode(), code, from, to, copy.getStatus()));
        }
        return new CopyResult(copied, already, outside);
    }

    static String copyCode(String code, int year) {
        String base = YEAR_SUFFIX.matcher(code).replaceFirst("");
        String suffix = "-" + year;
        return (base.length() + suffix.length() > 64 ? base.substring(0, 64 - suffix.length()) : base) + suffix;
    }

    private DemandStatus statusFor(CurrentMember member, LocalDate from, LocalDate to) {
        return plans.countPublishedCovering(member.cooperativeId(), from, to) > 0 ? DemandStatus.PROPOSED
                : DemandStatus.ACTIVE;
    }

    /** An active pattern under a published roster is the secretariat's to change. */
    private boolean locked(CurrentMember member, DemandPattern pattern) {
        return pattern.getStatus() == DemandStatus.ACTIVE
                && plans.countPublishedCovering(member.cooperativeId(), pattern.getFrom(), pattern.getTo()) > 0;
    }

    private void refuseIfLocked(CurrentMember member, DemandPattern pattern) {
        if (locked(member, pattern)) {
            throw new LockedPatternException();
        }
    }

    /** The pattern is planned and published: the member asks the secretariat instead. */
    static class LockedPatternException extends RuntimeException {
        LockedPatternException() {
            super("the pattern is planned in a published roster");
        }
    }

    private Site ownSite(CurrentMember member, Long siteId) {
        return siteId == null ? null : sites.findByIdAndCooperativeId(siteId, member.cooperativeId())
                .filter(site -> site.getMember().getId().equals(member.memberId())).orElse(null);
    }

    private JobType jobType(CurrentMember member, Long id) {
        JobType jobType = jobTypes.findByIdAndCooperativeId(id, member.cooperativeId()).orElseThrow();
        if (jobType.isProhibited()) {
            throw new IllegalArgumentException("prohibited job type " + jobType.getCode());
        }
        return jobType;
    }

    private List<Skill> skills(CurrentMember member, List<Long> ids) {
        return ids == null ? List.of()
                : ids.stream().distinct()
                        .map(id -> skills.findByIdAndCooperativeId(id, member.cooperativeId()).orElseThrow())
                        .toList();
    }

    private DemandPattern find(CurrentMember member, long id) {
        return patterns.findByIdAndCooperativeIdAndSiteMemberId(id, member.cooperativeId(), member.memberId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
