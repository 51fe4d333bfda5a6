package jp.tsumugi.web.demand;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.settings.Holiday;
import jp.tsumugi.web.settings.HolidayRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/** Reads and changes the demand patterns of one cooperative; nothing outside it is ever found. */
@Service
class DemandService {

    /** A site as the select shows it: with its member, read while the session is open. */
    record SiteChoice(Long id, String code, String name, Long memberId, String memberName) {
    }

    /** Everything the form's selects offer. Prohibited job types (派遣禁止業務) are not among them. */
    record Choices(List<SiteChoice> sites, List<Member> members, List<JobType> jobTypes, List<Skill> skills) {
    }

    private final DemandPatternRepository patterns;

    private final SiteRepository sites;

    private final MemberRepository members;

    private final JobTypeRepository jobTypes;

    private final SkillRepository skills;

    private final HolidayRepository holidays;

    private final CooperativeRepository cooperatives;

    DemandService(DemandPatternRepository patterns, SiteRepository sites, MemberRepository members,
            JobTypeRepository jobTypes, SkillRepository skills, HolidayRepository holidays,
            CooperativeRepository cooperatives) {
        this.patterns = patterns;
        this.sites = sites;
        this.members = members;
        this.jobTypes = jobTypes;
        this.skills = skills;
        this.holidays = holidays;
        this.cooperatives = cooperatives;
    }

    @Transactional(readOnly = true)
    Page<DemandPattern> search(long cooperativeId, Long memberId, Long siteId, String text, Pageable pageable) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return patterns.search(cooperativeId, memberId, siteId, like, pageable);
    }

    @Transactional(readOnly = true)
    Choices choices(long cooperativeId) {
        List<SiteChoice> siteChoices = sites.findByCooperativeIdOrderByCode(cooperativeId).stream()
                .map(s -> new SiteChoice(s.getId(), s.getCode(), s.getName(), s.getMember().getId(),
                        s.getMember().getName()))
                .toList();
        return new Choices(siteChoices, members.findByCooperativeIdOrderByCode(cooperativeId),
                jobTypes.findByCooperativeIdOrderByCode(cooperativeId).stream().filter(j -> !j.isProhibited())
                        .toList(),
                skills.findByCooperativeIdOrderByCode(cooperativeId));
    }

    @Transactional(readOnly = true)
    Cooperative cooperative(long cooperativeId) {
        return cooperatives.findById(cooperativeId).orElseThrow();
    }

    @Transactional(readOnly = true)
    DemandForm form(long cooperativeId, long id) {
        return DemandForm.of(find(cooperativeId, id));
    }

    @Transactional(readOnly = true)
    long currentVersion(long cooperativeId, long id) {
        return find(cooperativeId, id).getVersion();
    }

    /** The preview of what the form would expand to, or null while the form lacks what it needs. */
    @Transactional(readOnly = true)
    DemandPreview preview(long cooperativeId, DemandForm form) {
        if (form.getFrom() == null || form.getTo() == null || form.getStart() == null || form.getEnd() == null
                || form.getTo().isBefore(form.getFrom()) || !form.getEnd().isAfter(form.getStart())) {
            return null;
        }
        Cooperative cooperative = cooperative(cooperativeId);
        Set<java.time.LocalDate> holidayDates = holidays.findByCooperativeIdOrderByDate(cooperativeId).stream()
                .map(Holiday::getDate).collect(Collectors.toSet());
        return DemandPreview.of(form.getFrom(), form.getTo(), form.getWeekdays(), form.isSkipHolidays(),
                holidayDates, cooperative.getPlanFrom(), cooperative.getPlanTo(), form.getStart(), form.getEnd(),
                Math.max(0, Objects.requireNonNullElse(form.getBreakMinutes(), 0)),
                Math.max(0, Objects.requireNonNullElse(form.getRequired(), 0)),
                Math.max(0, Objects.requireNonNullElse(form.getOptional(), 0)));
    }

    /**
     * The checks that need the database: a code not yet used (on creation), and a site, job type and skills of this
     * cooperative. A prohibited job type is refused even when a hand-made request sends one.
     */
    @Transactional(readOnly = true)
    void checkReferences(long cooperativeId, boolean creating, DemandForm form, Errors errors) {
        if (creating && form.getCode() != null && !errors.hasFieldErrors("code")
                && patterns.findByCooperativeIdAndCode(cooperativeId, form.getCode().strip()).isPresent()) {
            errors.rejectValue("code", "demand.error.code.taken");
        }
        if (form.getSiteId() != null && sites.findByIdAndCooperativeId(form.getSiteId(), cooperativeId).isEmpty()) {
            errors.rejectValue("siteId", "demand.error.site.required");
        }
        if (form.getJobTypeId() != null) {
            JobType jobType = jobTypes.findByIdAndCooperativeId(form.getJobTypeId(), cooperativeId).orElse(null);
            if (jobType == null) {
                errors.rejectValue("jobTypeId", "demand.error.jobType.required");
            } else if (jobType.isProhibited()) {
                errors.rejectValue("jobTypeId", "demand.error.jobType.prohibited");
            }
        }
        if (form.getRequiredSkillIds() != null && form.getRequiredSkillIds().stream()
                .anyMatch(id -> skills.findByIdAndCooperativeId(id, cooperativeId).isEmpty())) {
            errors.rejectValue("requiredSkillIds", "demand.error.skills.unknown");
        }
        checkWeatherReferences(cooperativeId, form, errors);
    }

    /**
     * A rain alternative's site must be one of the same member's (the pattern's site's member), its job type an
     * ordinary one of the cooperative.
     */
    private void checkWeatherReferences(long cooperativeId, DemandForm form, Errors errors) {
        if (!form.offersRainTask()) {
            return;
        }
        if (form.getRainSiteId() != null) {
            Site rainSite = sites.findByIdAndCooperativeId(form.getRainSiteId(), cooperativeId).orElse(null);
            Site site = form.getSiteId() == null ? null
                    : sites.findByIdAndCooperativeId(form.getSiteId(), cooperativeId).orElse(null);
            if (rainSite == null || (site != null && !site.getMember().getId().equals(rainSite.getMember().getId()))) {
                errors.rejectValue("rainSiteId", "memberportal.weather.error.rainSite");
            }
        }
        if (form.getRainJobTypeId() != null) {
            JobType rainJobType = jobTypes.findByIdAndCooperativeId(form.getRainJobTypeId(), cooperativeId)
                    .orElse(null);
            if (rainJobType == null || rainJobType.isProhibited()) {
                errors.rejectValue("rainJobTypeId", "memberportal.weather.error.rainJobType");
            }
        }
    }

    @Transactional
    DemandPattern create(long cooperativeId, DemandForm form) {
        DemandPattern pattern = new DemandPattern(cooperativeId, form.getCode().strip(), site(cooperativeId, form),
                jobType(cooperativeId, form));
        form.applyTo(pattern);
        applyWeather(cooperativeId, form, pattern);
        pattern.getRequiredSkills().addAll(skills(cooperativeId, form));
        return patterns.save(pattern);
    }

    /** Saves only over the version the form was opened on; the code never changes. */
    @Transactional
    void update(long cooperativeId, long id, DemandForm form) {
        DemandPattern pattern = find(cooperativeId, id);
        if (pattern.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, id);
        }
        pattern.setSite(site(cooperativeId, form));
        pattern.setJobType(jobType(cooperativeId, form));
        form.applyTo(pattern);
        applyWeather(cooperativeId, form, pattern);
        Set<Skill> wanted = Set.copyOf(skills(cooperativeId, form));
        if (!pattern.getRequiredSkills().equals(wanted)) {
            pattern.getRequiredSkills().clear();
            pattern.getRequiredSkills().addAll(wanted);
        }
    }

    /**
     * Accepts a member's proposal, over the version the secretariat saw. A new request becomes demand that the next
     * plan fills. A change of a planned pattern is applied to that pattern itself (same id and code, so the roster's
     * slots keep their names) and the proposal is removed; the published roster stays as published until the
     * secretariat plans and publishes again.
     *
     * @param originalVersion for a change: the version of the planned pattern the secretariat compared with (required:
     *        without it the change is refused as stale); ignored for a new request
     * @return the pattern that is now demand
     */
    @Transactional
    DemandPattern accept(long cooperativeId, long id, long version, Long originalVersion) {
        DemandPattern proposal = findProposal(cooperativeId, id, version);
        if (proposal.getReplacesId() == null) {
            proposal.setStatus(DemandStatus.ACTIVE);
            return proposal;
        }
        DemandPattern original = find(cooperativeId, proposal.getReplacesId());
        // a change is accepted only over the planned pattern the secretariat compared it with
        if (originalVersion == null || original.getVersion() != originalVersion) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, original.getId());
        }
        original.copyRequestFrom(proposal);
        patterns.delete(proposal);
        return original;
    }

    /** Rejects a member's proposal (a new request or a change) over the version the secretariat saw: it is removed. */
    @Transactional
    DemandPattern reject(long cooperativeId, long id, long version) {
        DemandPattern proposal = findProposal(cooperativeId, id, version);
        patterns.delete(proposal);
        return proposal;
    }

    /** For the list page: every pending change proposal's planned pattern (by the proposal's id) and what changes. */
    @Transactional(readOnly = true)
    java.util.Map<Long, ProposedChange> changes(long cooperativeId, List<DemandPattern> shown,
            org.springframework.context.MessageSource messages, java.util.Locale locale) {
        java.util.Map<Long, ProposedChange> result = new java.util.HashMap<>();
        for (DemandPattern p : shown) {
            if (p.isChangeProposal()) {
                DemandPattern proposal = find(cooperativeId, p.getId());
                DemandPattern original = find(cooperativeId, p.getReplacesId());
                result.put(p.getId(), new ProposedChange(original.getId(), original.getCode(), original.getVersion(),
                        DemandChanges.between(original, proposal, messages, locale)));
            }
        }
        return result;
    }

    /** The weather fallbacks of the patterns shown, by id (read while the session is open). */
    @Transactional(readOnly = true)
    java.util.Map<Long, WeatherNote> weather(long cooperativeId, List<DemandPattern> shown) {
        java.util.Map<Long, WeatherNote> result = new java.util.HashMap<>();
        for (DemandPattern p : shown) {
            if (p.getWeatherFallback() != WeatherFallback.NONE) {
                result.put(p.getId(), WeatherNote.of(find(cooperativeId, p.getId())));
            }
        }
        return result;
    }

    /** The ids of planned patterns with a pending change proposal. */
    @Transactional(readOnly = true)
    Set<Long> withPendingChange(long cooperativeId) {
        return patterns.findByCooperativeIdAndStatusAndReplacesIdIsNotNull(cooperativeId, DemandStatus.PROPOSED)
                .stream().map(DemandPattern::getReplacesId).collect(Collectors.toSet());
    }

    /** For a change proposal: the code of the planned pattern it would change; else null. */
    @Transactional(readOnly = true)
    String changeOf(long cooperativeId, long id) {
        DemandPattern pattern = find(cooperativeId, id);
        return pattern.isChangeProposal() ? find(cooperativeId, pattern.getReplacesId()).getCode() : null;
    }

    /** A pending change proposal as the list page shows it. */
    record ProposedChange(long originalId, String originalCode, long originalVersion,
            List<DemandChanges.Change> changes) {
    }

    private DemandPattern findProposal(long cooperativeId, long id, long version) {
        DemandPattern proposal = find(cooperativeId, id);
        if (!proposal.isProposed()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        if (proposal.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DemandPattern.class, id);
        }
        return proposal;
    }

    private void applyWeather(long cooperativeId, DemandForm form, DemandPattern pattern) {
        Site rainSite = form.offersRainTask() && form.getRainSiteId() != null
                ? sites.findByIdAndCooperativeId(form.getRainSiteId(), cooperativeId).orElseThrow() : null;
        JobType rainJobType = form.offersRainTask() && form.getRainJobTypeId() != null
                ? jobTypes.findByIdAndCooperativeId(form.getRainJobTypeId(), cooperativeId).orElseThrow() : null;
        form.applyWeatherTo(pattern, rainSite, rainJobType);
    }

    private Site site(long cooperativeId, DemandForm form) {
        return sites.findByIdAndCooperativeId(form.getSiteId(), cooperativeId).orElseThrow();
    }

    private JobType jobType(long cooperativeId, DemandForm form) {
        JobType jobType = jobTypes.findByIdAndCooperativeId(form.getJobTypeId(), cooperativeId).orElseThrow();
        if (jobType.isProhibited()) {
            throw new IllegalArgumentException("prohibited job type " + jobType.getCode());
        }
        return jobType;
    }

    private List<Skill> skills(long cooperativeId, DemandForm form) {
        return form.getRequiredSkillIds() == null ? List.of()
                : form.getRequiredSkillIds().stream().distinct()
                        .map(id -> skills.findByIdAndCooperativeId(id, cooperativeId).orElseThrow())
                        .toList();
    }

    private DemandPattern find(long cooperativeId, long id) {
        return patterns.findByIdAndCooperativeId(id, cooperativeId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
