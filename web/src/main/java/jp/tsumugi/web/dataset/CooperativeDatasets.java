package jp.tsumugi.web.dataset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.solver.domain.RestDayRule;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.demand.ShiftType;
import jp.tsumugi.web.demand.ShiftTypeRepository;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.plans.PlanAssignmentRepository;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import jp.tsumugi.web.settings.BusyPeriod;
import jp.tsumugi.web.settings.BusyPeriodRepository;
import jp.tsumugi.web.settings.ConstraintWeight;
import jp.tsumugi.web.settings.ConstraintWeightRepository;
import jp.tsumugi.web.settings.Holiday;
import jp.tsumugi.web.settings.HolidayRepository;
import jp.tsumugi.web.settings.Settings;
import jp.tsumugi.web.settings.SettingsRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Preference;
import jp.tsumugi.web.workers.PreferenceRepository;
import jp.tsumugi.web.workers.ShiftRequest;
import jp.tsumugi.web.workers.ShiftRequestRepository;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import jp.tsumugi.web.workers.WorkerSkill;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place where a cooperative's rows become a {@code tsumugi-dataset/1} {@link Dataset} and back. Everything
 * that needs the solver's model goes through here and then through the data-fixtures {@code DatasetMapper}: the solver
 * never sees a JPA object. Import and export of the whole year, the demo data and every solve use it.
 */
@Service
public class CooperativeDatasets {

    private final CooperativeRepository cooperatives;
    private final SettingsRepository settings;
    private final ConstraintWeightRepository weights;
    private final BusyPeriodRepository busyPeriods;
    private final HolidayRepository holidays;
    private final SkillRepository skills;
    private final JobTypeRepository jobTypes;
    private final MemberRepository members;
    private final SiteRepository sites;
    private final ShiftTypeRepository shiftTypes;
    private final WorkerRepository workers;
    private final AvailabilityRepository availability;
    private final PreferenceRepository preferences;
    private final ShiftRequestRepository shiftRequests;
    private final DemandPatternRepository patterns;
    private final PlanRepository plans;
    private final PlanAssignmentRepository assignments;
    private final PublishedVersionRepository publishedVersions;
    private final jp.tsumugi.web.memberportal.ActualWorkRepository actuals;

    CooperativeDatasets(CooperativeRepository cooperatives, SettingsRepository settings,
            ConstraintWeightRepository weights, BusyPeriodRepository busyPeriods, HolidayRepository holidays,
            SkillRepository skills, JobTypeRepository jobTypes, MemberRepository members, SiteRepository sites,
            ShiftTypeRepository shiftTypes, WorkerRepository workers, AvailabilityRepository availability,
            PreferenceRepository preferences, ShiftRequestRepository shiftRequests, DemandPatternRepository patterns,
            PlanRepository plans, PlanAssignmentRepository assignments,
            PublishedVersionRepository publishedVersions, jp.tsumugi.web.memberportal.ActualWorkRepository actuals) {
        this.cooperatives = cooperatives;
        this.settings = settings;
        this.weights = weights;
        this.busyPeriods = busyPeriods;
        this.holidays = holidays;
        this.skills = skills;
        this.jobTypes = jobTypes;
        this.members = members;
        this.sites = sites;
        this.shiftTypes = shiftTypes;
        this.workers = workers;
        this.availability = availability;
        this.preferences = preferences;
        this.shiftRequests = shiftRequests;
        this.patterns = patterns;
        this.plans = plans;
        this.assignments = assignments;
        this.publishedVersions = publishedVersions;
        this.actuals = actuals;
    }

    /**
     * The cooperative's whole planning year without a roster, and without the demand patterns members proposed after
     * publication that the secretariat has not accepted yet (they are not demand to plan). Throws {@link IllegalStateException} when the
     * cooperative has no planning year yet (nothing imported).
     */
    @Transactional(readOnly = true)
    public Dataset export(long cooperativeId) {
        Cooperative cooperative = cooperatives.findById(cooperativeId)
                .orElseThrow(() -> new IllegalArgumentException("no cooperative " + cooperativeId));
        if (cooperative.getPlanFrom() == null) {
            throw new IllegalStateException("cooperative " + cooperative.getCode() + " has no planning year");
        }
        long c = cooperativeId;
        return new Dataset(Dataset.FORMAT,
                new Dataset.Cooperative(cooperative.getCode(), cooperative.getName(), settingsOf(c)),
                new Dataset.Planning(cooperative.getPlanFrom(), cooperative.getPlanTo()),
                skills.findByCooperativeIdOrderByCode(c).stream()
                        .map(s -> new Dataset.Skill(s.getCode(), s.getName())).toList(),
                jobTypes.findByCooperativeIdOrderByCode(c).stream()
                        .map(j -> new Dataset.JobType(j.getCode(), j.getName(), j.getCategory().name(),
                                codes(j.getRequiredSkills())))
                        .toList(),
                members.findByCooperativeIdOrderByCode(c).stream()
                        .map(m -> new Dataset.Member(m.getCode(), m.getName(), m.getKind().name())).toList(),
                sites.findByCooperativeIdOrderByCode(c).stream()
                        .map(s -> new Dataset.Site(s.getCode(), s.getMember().getCode(), s.getName(), s.getLatitude(),
                                s.getLongitude(), s.getMunicipalityCode(), s.getIndustry().name(),
                                s.isAgricultureExempt(), codes(s.getRequiredSkills()), s.getAddress()))
                        .toList(),
                shiftTypes.findByCooperativeIdOrderByCode(c).stream()
                        .map(t -> new Dataset.ShiftType(t.getCode(), t.getForbiddenSuccessorCodes())).toList(),
                workers.findByCooperativeIdOrderByCode(c).stream().map(CooperativeDatasets::worker).toList(),
                availability.findByCooperativeIdOrderByDateAscIdAsc(c).stream()
                        .sorted(java.util.Comparator.comparing((Availability a) -> a.getWorker().getCode()))
                        .map(a -> new Dataset.Availability(a.getWorker().getCode(), a.getDate(), a.getFrom(),
                                a.getTo(), a.getKind().name()))
                        .toList(),
                preferences.findByCooperativeIdOrderByIdAsc(c).stream()
                        .map(p -> new Dataset.Preference(p.getWorker().getCode(),
                                p.getMember() == null ? null : p.getMember().getCode(),
                                p.getJobType() == null ? null : p.getJobType().getCode(), p.getDayOfWeek(),
                                p.isLiked(), p.getWeight(), p.isFromMember()))
                        .toList(),
                shiftRequests.findByCooperativeIdOrderByDateAscIdAsc(c).stream()
                        .sorted(java.util.Comparator.comparing((ShiftRequest r) -> r.getWorker().getCode()))
                        .map(r -> new Dataset.ShiftRequest(r.getWorker().getCode(), r.getDate(), r.getShiftTypeCode(),
                                r.isOn(), r.getWeight()))
                        .toList(),
                holidays.findByCooperativeIdOrderByDate(c).stream().map(Holiday::getDate).toList(),
                // a member's proposed change is not demand until the secretariat accepts it
                patterns.findByCooperativeIdOrderByCode(c).stream()
                        .filter(p -> p.getStatus() == jp.tsumugi.web.demand.DemandStatus.ACTIVE)
                        .map(CooperativeDatasets::pattern).toList(),
                null);
    }

    /**
     * The dataset of a date range within the planning year: patterns that touch the range (the mapper expands only
     * the dates inside it), leave, requests and holidays inside it. No roster: the plan's assignments are put on the
     * slots by the caller, because a slot saved earlier may no longer exist after a demand change.
     */
    @Transactional(readOnly = true)
    public Dataset window(long cooperativeId, LocalDate from, LocalDate to) {
        Dataset year = export(cooperativeId);
        return new Dataset(year.format(), year.cooperative(), new Dataset.Planning(from, to), year.skills(),
                year.jobTypes(), year.members(), year.sites(), year.shiftTypes(), year.workers(),
                year.availability().stream().filter(a -> inside(a.date(), from, to)).toList(),
                year.preferences(),
                year.shiftRequests().stream().filter(r -> inside(r.date(), from, to)).toList(),
                year.holidays().stream().filter(d -> inside(d, from, to)).toList(),
                year.demandPatterns().stream().filter(p -> !p.to().isBefore(from) && !p.from().isAfter(to)).toList(),
                null);
    }

    private static boolean inside(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Replaces the cooperative's whole planning data by the dataset, all or nothing (one transaction): on any
     * failure nothing changes. Plans and their rosters are replaced too; a roster in the dataset becomes a plan over
     * the whole window. Refused while a published version or a member's actual times exist, because published rosters
     * and actuals are records that must be kept.
     *
     * @throws jp.tsumugi.fixtures.dataset.InvalidDatasetException when the dataset is not valid (every problem, by
     *         JSON path)
     * @throws PublishedRecordsException when the cooperative has published versions or members' actual times
     */
    @Transactional
    public void replaceAll(long cooperativeId, Dataset dataset, String importedPlanName) {
        refuseOverContracts(cooperativeId);
        Dataset d = DatasetReader.check(dataset).orElseThrow();
        if (publishedVersions.countByCooperativeId(cooperativeId) > 0) {
            throw new PublishedRecordsException();
        }
        if (actuals.countByCooperativeId(cooperativeId) > 0) {
            // the members' actual times (派遣先管理台帳 data) hang on the members an import would delete
            throw new PublishedRecordsException(PublishedRecordsException.ACTUALS);
        }
        Cooperative cooperative = cooperatives.findById(cooperativeId)
                .orElseThrow(() -> new IllegalArgumentException("no cooperative " + cooperativeId));
        long c = cooperativeId;

        assignments.deleteAllOfCooperative(c);
        plans.deleteAllOfCooperative(c);
        shiftRequests.deleteAllOfCooperative(c);
        preferences.deleteAllOfCooperative(c);
        availability.deleteAllOfCooperative(c);
        patterns.deleteAllOfCooperative(c);
        sites.deleteAllOfCooperative(c);
        members.deleteAllOfCooperative(c);
        jobTypes.deleteAllOfCooperative(c);
        shiftTypes.deleteAllOfCooperative(c);
        clearWorkers(c);
        skills.deleteAllOfCooperative(c);
        holidays.deleteAllOfCooperative(c);
        busyPeriods.deleteAllOfCooperative(c);
        weights.deleteAllOfCooperative(c);
        settings.deleteAllOfCooperative(c);

        cooperative.setPlanningYear(d.planning().from(), d.planning().to());
        cooperatives.save(cooperative);
        saveSettings(c, d.cooperative().settings());
        holidays.saveAll(d.holidays().stream().map(day -> new Holiday(c, day)).toList());

        Map<String, Skill> skillByCode = byCode(skills.saveAll(
                d.skills().stream().map(s -> new Skill(c, s.id(), s.name())).toList()), Skill::getCode);
        Map<String, JobType> jobTypeByCode = byCode(jobTypes.saveAll(d.jobTypes().stream().map(j -> {
            JobType type = new JobType(c, j.id(), j.name(), JobCategory.valueOf(j.category()));
            type.getRequiredSkills().addAll(refs(j.requiredSkills(), skillByCode));
            return type;
        }).toList()), JobType::getCode);
        Map<String, Member> memberByCode = byCode(members.saveAll(d.members().stream()
                .map(m -> new Member(c, m.id(), m.name(), MemberKind.valueOf(m.kind()))).toList()), Member::getCode);
        Map<String, Site> siteByCode = byCode(sites.saveAll(d.sites().stream().map(s -> {
            Site site = new Site(c, s.id(), memberByCode.get(s.member()), s.name(), Industry.valueOf(s.industry()));
            site.setLatitude(s.latitude());
            site.setLongitude(s.longitude());
            site.setMunicipalityCode(s.municipalityCode());
            site.setAgricultureExempt(s.agricultureExempt());
            site.setAddress(s.address());
            site.getRequiredSkills().addAll(refs(s.requiredSkills(), skillByCode));
            return site;
        }).toList()), Site::getCode);
        shiftTypes.saveAll(d.shiftTypes().stream().map(t -> new ShiftType(c, t.id(), t.forbiddenSuccessors())).toList());

        Map<String, Worker> workerByCode = byCode(workers.saveAll(d.workers().stream().map(w -> {
            Worker worker = new Worker(c, w.id(), w.name(), w.monthlyTargetMinutes());
            fillWorker(worker, w);
            for (Dataset.HeldSkill held : w.skills()) {
                worker.getSkills().add(new WorkerSkill(worker, skillByCode.get(held.skill()), held.validFrom(),
                        held.validUntil()));
            }
            return worker;
        }).toList()), Worker::getCode);
        for (Dataset.Worker w : d.workers()) {
            if (w.requiredBuddy() != null) {
                workerByCode.get(w.id()).setRequiredBuddy(workerByCode.get(w.requiredBuddy()));
            }
        }
        availability.saveAll(d.availability().stream()
                .map(a -> new Availability(workerByCode.get(a.worker()), a.date(), a.from(), a.to(),
                        AvailabilityKind.valueOf(a.kind())))
                .toList());
        preferences.saveAll(d.preferences().stream()
                .map(p -> new Preference(workerByCode.get(p.worker()), p.member() == null ? null : memberByCode.get(p.member()),
                        p.jobType() == null ? null : jobTypeByCode.get(p.jobType()), p.dayOfWeek(), p.liked(),
                        p.weight(), p.fromMember()))
                .toList());
        shiftRequests.saveAll(d.shiftRequests().stream()
                .map(r -> new ShiftRequest(workerByCode.get(r.worker()), r.date(), r.shiftType(), r.on(), r.weight()))
                .toList());
        patterns.saveAll(d.demandPatterns().stream().map(p -> {
            DemandPattern pattern = new DemandPattern(c, p.id(), siteByCode.get(p.site()), jobTypeByCode.get(p.jobType()));
            pattern.setFrom(p.from());
            pattern.setTo(p.to());
            pattern.setWeekdayList(p.weekdays());
            pattern.setStart(p.start());
            pattern.setEnd(p.end());
            pattern.setBreakMinutes(p.breakMinutes());
            pattern.setRequired(p.required());
            pattern.setOptional(p.optional());
            pattern.setPriority(p.priority());
            pattern.setShiftTypeCode(p.shiftType());
            pattern.setSkipHolidays(p.skipHolidays());
            pattern.setNote(p.note());
            Dataset.WeatherFallback w = p.weatherFallback();
            if (w != null) {
                pattern.setWeather(jp.tsumugi.web.demand.WeatherFallback.valueOf(w.kind()), w.description(),
                        w.site() == null ? null : siteByCode.get(w.site()),
                        w.jobType() == null ? null : jobTypeByCode.get(w.jobType()), w.halfDayEnd());
            }
            pattern.getRequiredSkills().addAll(refs(p.requiredSkills(), skillByCode));
            return pattern;
        }).toList());

        if (d.roster() != null && !d.roster().assignments().isEmpty()) {
            jp.tsumugi.web.plans.Plan plan = plans.save(new jp.tsumugi.web.plans.Plan(c, importedPlanName,
                    d.planning().from(), d.planning().to()));
            assignments.saveAll(d.roster().assignments().stream()
                    .map(a -> new jp.tsumugi.web.plans.PlanAssignment(plan, a.slot(),
                            a.worker() == null ? null : workerByCode.get(a.worker()), a.pinned()))
                    .toList());
        }
    }

    /** Workers refer to each other (buddies): cut those links before the bulk delete. */
    private void clearWorkers(long c) {
        List<Worker> all = workers.findByCooperativeId(c);
        all.forEach(w -> w.setRequiredBuddy(null));
        workers.saveAll(all);
        for (Worker w : all) {
            workers.delete(w);
        }
    }

    private Dataset.Settings settingsOf(long c) {
        Settings s = settings.findFirstByCooperativeId(c).orElse(null);
        Map<String, Long> weightMap = new LinkedHashMap<>();
        weights.findByCooperativeIdOrderByConstraintId(c).forEach(w -> weightMap.put(w.getConstraintId(), w.getWeight()));
        List<Dataset.Period> busy = busyPeriods.findByCooperativeIdOrderByFrom(c).stream()
                .map(p -> new Dataset.Period(p.getFrom(), p.getTo())).toList();
        if (s == null) {
            return new Dataset.Settings(null, null, null, null, null, null, null, null, null, null, null, busy, null,
                    null, Set.of(), null, null, null, null, null, null, null, null, null, null, null, weightMap);
        }
        Dataset.SpecialClause clause = s.getSpecialMonthlyCapMinutes() == null ? null
                : new Dataset.SpecialClause(s.getSpecialMonthlyCapMinutes(), s.getSpecialAnnualCapMinutes(),
                        s.getSpecialMaxMonths());
        return new Dataset.Settings(s.getRegime() == null ? null : s.getRegime().name(), s.getWeekStart(),
                s.getRestDayRule() == null ? null : s.getRestDayRule().name(), s.getFiscalYearStartMonth(),
                s.getStandardDailyMaxMinutes(), s.getStandardWeeklyMaxMinutes(), s.getVariableDailyMaxMinutes(),
                s.getVariableWeeklyMaxMinutes(), s.getMonthlyOvertimeCapMinutes(), s.getAnnualOvertimeCapMinutes(),
                clause, busy, s.getRestIntervalTargetMinutes(), s.getRestIntervalMinimumMinutes(),
                splitCodes(s.getAreaMunicipalityCodes()), s.getNonMemberCapPercent(),
                s.getNonMemberWithMunicipalitiesCapPercent(), s.getRelatedMunicipalityAllowance(),
                s.getMinDistinctMembersPerWorker(), s.getMaxSharePercentAtOneMember(), s.getRoadFactor(),
                s.getTravelSpeedKmh(), s.getTravelCountsAsWork(), s.getMaxSiteChangesPerDay(),
                s.getApplyAgricultureExemption(), s.getFeePerHourYen(), weightMap);
    }

    private void saveSettings(long c, Dataset.Settings in) {
        Settings s = new Settings(c);
        if (in != null) {
            s.setRegime(in.regime() == null ? null : WorkingTimeRegime.valueOf(in.regime()));
            s.setWeekStart(in.weekStart());
            s.setRestDayRule(in.restDayRule() == null ? null : RestDayRule.valueOf(in.restDayRule()));
            s.setFiscalYearStartMonth(in.fiscalYearStartMonth());
            s.setStandardDailyMaxMinutes(in.standardDailyMaxMinutes());
            s.setStandardWeeklyMaxMinutes(in.standardWeeklyMaxMinutes());
            s.setVariableDailyMaxMinutes(in.variableDailyMaxMinutes());
            s.setVariableWeeklyMaxMinutes(in.variableWeeklyMaxMinutes());
            s.setMonthlyOvertimeCapMinutes(in.monthlyOvertimeCapMinutes());
            s.setAnnualOvertimeCapMinutes(in.annualOvertimeCapMinutes());
            if (in.specialClause() != null) {
                s.setSpecialMonthlyCapMinutes(in.specialClause().monthlyCapMinutes());
                s.setSpecialAnnualCapMinutes(in.specialClause().annualCapMinutes());
                s.setSpecialMaxMonths(in.specialClause().maxMonthsOverRegularCap());
            }
            s.setRestIntervalTargetMinutes(in.restIntervalTargetMinutes());
            s.setRestIntervalMinimumMinutes(in.restIntervalMinimumMinutes());
            s.setAreaMunicipalityCodes(in.areaMunicipalityCodes() == null ? null
                    : in.areaMunicipalityCodes().stream().sorted().collect(Collectors.joining(",")));
            s.setNonMemberCapPercent(in.nonMemberCapPercent());
            s.setNonMemberWithMunicipalitiesCapPercent(in.nonMemberWithMunicipalitiesCapPercent());
            s.setRelatedMunicipalityAllowance(in.relatedMunicipalityAllowance());
            s.setMinDistinctMembersPerWorker(in.minDistinctMembersPerWorker());
            s.setMaxSharePercentAtOneMember(in.maxShareAtOneMemberPercent());
            s.setRoadFactor(in.roadFactor());
            s.setTravelSpeedKmh(in.travelSpeedKmh());
            s.setTravelCountsAsWork(in.travelCountsAsWork());
            s.setMaxSiteChangesPerDay(in.maxSiteChangesPerDay());
            s.setApplyAgricultureExemption(in.applyAgricultureExemption());
            s.setFeePerHourYen(in.feePerHourYen());
            if (in.variableBusyPeriods() != null) {
                busyPeriods.saveAll(in.variableBusyPeriods().stream()
                        .map(p -> new BusyPeriod(c, p.from(), p.to())).toList());
            }
            if (in.constraintWeights() != null) {
                weights.saveAll(in.constraintWeights().entrySet().stream()
                        .map(e -> new ConstraintWeight(c, e.getKey(), e.getValue())).toList());
            }
        }
        settings.save(s);
    }

    private static Set<String> splitCodes(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(joined.split(",")).map(String::trim).toList());
    }

    private static Dataset.Worker worker(Worker w) {
        Map<String, Integer> perType = new LinkedHashMap<>();
        if (w.getMaxShiftsPerType() != null && !w.getMaxShiftsPerType().isBlank()) {
            for (String pair : w.getMaxShiftsPerType().split(",")) {
                String[] kv = pair.split("=");
                perType.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
            }
        }
        boolean hasContract = !perType.isEmpty() || w.getMinTotalMinutes() != null || w.getMaxTotalMinutes() != null
                || w.getMinConsecutiveWorkDays() != null || w.getMaxConsecutiveWorkDays() != null
                || w.getMinConsecutiveDaysOff() != null || w.getMaxWeekendsWorked() != null;
        Dataset.Contract contract = hasContract
                ? new Dataset.Contract(perType, w.getMinTotalMinutes(), w.getMaxTotalMinutes(),
                        w.getMinConsecutiveWorkDays(), w.getMaxConsecutiveWorkDays(), w.getMinConsecutiveDaysOff(),
                        w.getMaxWeekendsWorked())
                : null;
        List<Dataset.HeldSkill> held = w.getSkills().stream()
                .map(s -> new Dataset.HeldSkill(s.getSkill().getCode(), s.getValidFrom(), s.getValidUntil())).toList();
        return new Dataset.Worker(w.getCode(), w.getName(), w.getLatitude(), w.getLongitude(), w.isOpenEnded(),
                w.getResidenceStatus().name(), w.getMonthlyTargetMinutes(), w.getDailyCapMinutes(), w.isNoNightWork(),
                w.getRequiredBuddy() == null ? null : w.getRequiredBuddy().getCode(), w.getLegalRestDay(), held,
                contract);
    }

    private static void fillWorker(Worker worker, Dataset.Worker w) {
        worker.setLatitude(w.latitude());
        worker.setLongitude(w.longitude());
        worker.setOpenEnded(w.openEnded());
        worker.setResidenceStatus(ResidenceStatus.valueOf(w.residenceStatus()));
        worker.setDailyCapMinutes(w.dailyCapMinutes());
        worker.setNoNightWork(w.noNightWork());
        worker.setLegalRestDay(w.legalRestDay());
        Dataset.Contract k = w.contract();
        if (k != null) {
            worker.setMinTotalMinutes(k.minTotalMinutes());
            worker.setMaxTotalMinutes(k.maxTotalMinutes());
            worker.setMinConsecutiveWorkDays(k.minConsecutiveWorkDays());
            worker.setMaxConsecutiveWorkDays(k.maxConsecutiveWorkDays());
            worker.setMinConsecutiveDaysOff(k.minConsecutiveDaysOff());
            worker.setMaxWeekendsWorked(k.maxWeekendsWorked());
            if (k.maxShiftsPerType() != null && !k.maxShiftsPerType().isEmpty()) {
                worker.setMaxShiftsPerType(k.maxShiftsPerType().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")));
            }
        }
    }

    private static Dataset.DemandPattern pattern(DemandPattern p) {
        return new Dataset.DemandPattern(p.getCode(), p.getSite().getCode(), p.getJobType().getCode(), p.getFrom(),
                p.getTo(), p.getWeekdayList(), p.getStart(), p.getEnd(), p.getBreakMinutes(), p.getRequired(),
                p.getOptional(), p.getPriority(), p.getShiftTypeCode(), p.isSkipHolidays(),
                codes(p.getRequiredSkills()), p.getNote(), weather(p));
    }

    private static Dataset.WeatherFallback weather(DemandPattern p) {
        if (p.getWeatherFallback() == jp.tsumugi.web.demand.WeatherFallback.NONE) {
            return null;
        }
        return new Dataset.WeatherFallback(p.getWeatherFallback().name(), p.getRainTask(),
                p.getRainSite() == null ? null : p.getRainSite().getCode(),
                p.getRainJobType() == null ? null : p.getRainJobType().getCode(), p.getHalfDayEnd());
    }

    private static List<String> codes(Set<Skill> skills) {
        return skills.stream().map(Skill::getCode).sorted().toList();
    }

    private static List<Skill> refs(List<String> codes, Map<String, Skill> byCode) {
        return codes.stream().map(byCode::get).toList();
    }

    private static <T> Map<String, T> byCode(List<T> rows, Function<T, String> code) {
        Map<String, T> map = new HashMap<>();
        rows.forEach(row -> map.put(code.apply(row), row));
        return map;
    }

    /** Kept for three years, contracts name members (RESTRICT): an import that deletes members is refused. */
    @org.springframework.beans.factory.annotation.Autowired
    private jp.tsumugi.web.contracts.DispatchContractRepository dispatchContracts;

    private void refuseOverContracts(long cooperativeId) {
        if (dispatchContracts.countByCooperativeId(cooperativeId) > 0) {
            throw new ContractRecordsException();
        }
    }
}
