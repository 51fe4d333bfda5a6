package jp.tsumugi.web.imports;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.ResidenceStatus;
import jp.tsumugi.web.cooperative.CodedEntity;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandForm;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberForm;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteForm;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerForm;
import jp.tsumugi.web.workers.WorkerRepository;
import jp.tsumugi.web.workers.WorkerSkill;
import jp.tsumugi.web.workers.WorkerSkillForm;
import jp.tsumugi.web.workers.WorkerSkillRepository;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports workers, members, sites or demand patterns of one cooperative from a spreadsheet: every row is read and
 * checked by the same forms and rules as the pages, and only a file without a single problem is imported, all in one
 * transaction. A code that exists updates that row; a new code adds one; nothing is ever deleted.
 */
@Service
class ImportService {

    /** Rows that need the database's words: who they are and what they would become. */
    private record Planned(int row, String code, CodedEntity existing, Object form, Map<String, Object> extra) {
    }

    private final MemberRepository members;

    private final SiteRepository sites;

    private final WorkerRepository workers;

    private final WorkerSkillRepository workerSkills;

    private final DemandPatternRepository patterns;

    private final JobTypeRepository jobTypes;

    private final SkillRepository skills;

    private final CooperativeRepository cooperatives;

    private final SpringValidatorAdapter validator;

    private final MessageSource messages;

    private final ImportLabels labels;

    private final EntityManager entityManager;

    ImportService(MemberRepository members, SiteRepository sites, WorkerRepository workers,
            WorkerSkillRepository workerSkills, DemandPatternRepository patterns, JobTypeRepository jobTypes,
            SkillRepository skills, CooperativeRepository cooperatives, jakarta.validation.Validator validator,
            MessageSource messages, ImportLabels labels, EntityManager entityManager) {
        this.members = members;
        this.sites = sites;
        this.workers = workers;
        this.workerSkills = workerSkills;
        this.patterns = patterns;
        this.jobTypes = jobTypes;
        this.skills = skills;
        this.cooperatives = cooperatives;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
        this.labels = labels;
        this.entityManager = entityManager;
    }

    /** Reads and checks the file; changes nothing. Throws {@link ImportRefusedException} for an unreadable file. */
    @Transactional(readOnly = true)
    ImportPreview preview(long cooperativeId, ImportKind kind, String fileName, byte[] bytes, Locale locale) {
        return analyse(cooperativeId, kind, fileName, bytes, locale).preview();
    }

    /**
     * Imports the file if it is still exactly what was previewed: no problems, and every code still new or at the
     * version it was checked against. Otherwise throws {@link ImportChangedException} (nothing imported); a change
     * that races this very transaction ends in an optimistic-locking exception, also importing nothing.
     */
    @Transactional
    ImportPreview apply(long cooperativeId, ImportKind kind, String fileName, byte[] bytes,
            Map<String, Long> previewed, Locale locale) {
        Analysis analysis = analyse(cooperativeId, kind, fileName, bytes, locale);
        ImportPreview now = analysis.preview();
        if (!now.isImportable() || !now.fingerprint().equals(previewed)) {
            throw new ImportChangedException(now);
        }
        switch (kind) {
            case MEMBERS -> applyMembers(cooperativeId, analysis.planned);
            case SITES -> applySites(cooperativeId, analysis.planned);
            case WORKERS -> applyWorkers(cooperativeId, analysis.planned);
            case DEMAND -> applyDemand(cooperativeId, analysis.planned);
        }
        entityManager.flush();
        return now;
    }

    // ---------------------------------------------------------------------------------------------- reading

    private final class Analysis {

        final ImportKind kind;

        final String fileName;

        final List<ImportProblem> problems = new ArrayList<>();

        final List<String> ignoredHeaders = new ArrayList<>();

        final List<Planned> planned = new ArrayList<>();

        int dataRows;

        String sheetName;

        Analysis(ImportKind kind, String fileName) {
            this.kind = kind;
            this.fileName = fileName;
        }

        ImportPreview preview() {
            problems.sort(Comparator.comparing((ImportProblem p) -> p.row() == null ? -1 : p.row())
                    .thenComparingInt(ImportProblem::order));
            Map<String, Long> fingerprint = new LinkedHashMap<>();
            List<String> created = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            for (Planned p : planned) {
                fingerprint.put(p.code(), p.existing() == null ? -1L : p.existing().getVersion());
                (p.existing() == null ? created : updated).add(p.code());
            }
            return new ImportPreview(kind, fileName, sheetName, dataRows, List.copyOf(problems), List.copyOf(ignoredHeaders),
                    created, updated, fingerprint);
        }

        void fileProblem(Integer row, String header, String key, Object... arguments) {
            problems.add(new ImportProblem(row, null, header, null, messages.getMessage(key, arguments, locale()),
                    -1));
        }
    }

    private Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }

    private Analysis analyse(long cooperativeId, ImportKind kind, String fileName, byte[] bytes, Locale locale) {
        List<SheetTable> sheets = SheetReader.read(bytes);
        Analysis analysis = new Analysis(kind, fileName);
        Map<String, String> headerKeys = labels.headerKeys(kind);
        Map<String, String> labelByField = new LinkedHashMap<>();
        kind.columns().forEach(c -> labelByField.put(c.field(), labels.header(kind, c, locale)));

        // the header row: the first of the first rows that names the code column (a title may stand above it), on
        // the first sheet that has one (a cover or explanation sheet may come first)
        SheetTable table = null;
        int headerIndex = -1;
        for (SheetTable sheet : sheets) {
            for (int i = 0; i < Math.min(10, sheet.rows().size()) && headerIndex < 0; i++) {
                for (Object cell : sheet.rows().get(i).cells()) {
                    if ("code".equals(headerKeys.get(CellValues.matchKey(CellValues.text(cell))))) {
                        headerIndex = i;
                        table = sheet;
                        break;
                    }
                }
            }
            if (table != null) {
                break;
            }
        }
        if (table == null) {
            analysis.fileProblem(null, null, "imports.error.noHeader", labelByField.get("code"),
                    String.join("、", labelByField.values()));
            return analysis;
        }
        analysis.sheetName = sheets.size() > 1 ? table.sheetName() : null;
        SheetTable.Row header = table.rows().get(headerIndex);
        Map<String, Integer> indexByField = new LinkedHashMap<>();
        Map<String, String> fileHeaderByField = new HashMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String text = CellValues.text(header.cell(c));
            if (text == null) {
                continue;
            }
            String field = headerKeys.get(CellValues.matchKey(text));
            if (field == null) {
                analysis.ignoredHeaders.add(SheetTable.columnLetter(c) + ":" + text);
            } else if (indexByField.containsKey(field)) {
                analysis.problems.add(new ImportProblem(header.number(), SheetTable.columnLetter(c), text, null,
                        messages.getMessage("imports.error.header.repeated",
                                new Object[] {SheetTable.columnLetter(indexByField.get(field))}, locale), c));
            } else {
                indexByField.put(field, c);
                fileHeaderByField.put(field, text);
            }
        }
        for (ImportColumn column : kind.columns()) {
            if (column.required() && !indexByField.containsKey(column.field())) {
                analysis.fileProblem(header.number(), labelByField.get(column.field()), "imports.error.column.missing",
                        labelByField.get(column.field()));
            }
        }
        if (!analysis.problems.isEmpty()) {
            return analysis;
        }
        RowReader.Columns columns = new RowReader.Columns(indexByField, fileHeaderByField, labelByField);
        List<RowReader> rows = new ArrayList<>();
        for (SheetTable.Row row : table.rows().subList(headerIndex + 1, table.rows().size())) {
            if (!row.isBlank()) {
                rows.add(new RowReader(row, columns, analysis.problems, messages, locale));
            }
        }
        analysis.dataRows = rows.size();
        if (rows.isEmpty()) {
            analysis.fileProblem(null, null, "imports.error.noRows");
            return analysis;
        }
        if (rows.size() > SheetReader.MAX_ROWS) {
            throw new ImportRefusedException("imports.refused.tooManyRows", SheetReader.MAX_ROWS);
        }
        RowChecker checker = switch (kind) {
            case MEMBERS -> new MemberRows(cooperativeId);
            case SITES -> new SiteRows(cooperativeId);
            case WORKERS -> new WorkerRows(cooperativeId);
            case DEMAND -> new DemandRows(cooperativeId);
        };
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        List<Planned> candidates = new ArrayList<>();
        for (RowReader row : rows) {
            String code = row.code("code");
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.number);
                if (first != null) {
                    row.reject("code", "imports.error.code.duplicateInFile", code, first);
                }
            }
            Planned planned = checker.check(row, code);
            if (planned != null && !row.hasProblems()) {
                candidates.add(planned);
            }
        }
        checker.checkAcrossRows(rows, firstRowOfCode);
        if (analysis.problems.isEmpty()) {
            analysis.planned.addAll(candidates);
        }
        return analysis;
    }

    private interface RowChecker {

        /** Reads and checks one row; null when it has problems. */
        Planned check(RowReader row, String code);

        /** Checks between rows (a buddy named in the same file). */
        default void checkAcrossRows(List<RowReader> rows, Map<String, Integer> codesInFile) {
        }
    }

    private void validate(RowReader row, Object form, UnaryOperator<String> fieldOf,
            java.util.function.Consumer<Errors> crossChecks) {
        Errors errors = new BeanPropertyBindingResult(form, "row");
        validator.validate(form, errors);
        crossChecks.accept(errors);
        row.addErrors(errors, fieldOf);
    }

    /** Skills by code, or by name when the name is unique. */
    private static Map<String, Skill> skillIndex(List<Skill> all) {
        Map<String, Skill> byKey = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        all.forEach(s -> nameCount.merge(CellValues.matchKey(s.getName()), 1, Integer::sum));
        for (Skill skill : all) {
            if (nameCount.get(CellValues.matchKey(skill.getName())) == 1) {
                byKey.put(CellValues.matchKey(skill.getName()), skill);
            }
        }
        all.forEach(s -> byKey.put(CellValues.matchKey(s.getCode()), s));
        return byKey;
    }

    /** The skills a cell lists, resolved; unknown ones are rejected. Null if the column is not in the file. */
    private List<Skill> requiredSkills(RowReader row, Map<String, Skill> index) {
        if (!row.has("skills")) {
            return null;
        }
        List<SkillCells.Entry> entries = row.read("skills", raw -> SkillCells.parse(raw, false));
        if (entries == null) {
            return null;
        }
        List<Skill> found = new ArrayList<>();
        for (SkillCells.Entry entry : entries) {
            Skill skill = index.get(CellValues.matchKey(entry.label()));
            if (skill == null) {
                row.reject("skills", "imports.error.skill.unknown", entry.label());
            } else if (!found.contains(skill)) {
                found.add(skill);
            }
        }
        return found;
    }

    private <E extends Enum<E>> E choice(RowReader row, String field, Class<E> type) {
        String text = row.code(field);
        if (text == null) {
            return null;
        }
        Enum<?> value = labels.choice(field, text);
        if (value == null) {
            row.reject(field, "imports.error.choice", text, String.join("、", labels.choiceLabels(field, locale())));
            return null;
        }
        return type.cast(value);
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    private static <T extends CodedEntity> Map<String, T> byCode(List<T> all) {
        Map<String, T> map = new HashMap<>();
        all.forEach(e -> map.put(e.getCode(), e));
        return map;
    }

    // ---------------------------------------------------------------------------------------------- members

    private final class MemberRows implements RowChecker {

        final Map<String, Member> existing;

        MemberRows(long cooperativeId) {
            existing = byCode(members.findByCooperativeIdOrderByCode(cooperativeId));
        }

        @Override
        public Planned check(RowReader row, String code) {
            Member member = code == null ? null : existing.get(code);
            MemberForm form = member == null ? new MemberForm() : MemberForm.of(member);
            form.setCode(code);
            form.setName(row.text("name"));
            if (row.has("kind")) {
                MemberKind kind = choice(row, "kind", MemberKind.class);
                if (kind != null) {
                    form.setKind(kind);
                }
            }
            validate(row, form, f -> f, errors -> { });
            return new Planned(row.number, code, member, form, Map.of());
        }
    }

    private void applyMembers(long cooperativeId, List<Planned> planned) {
        for (Planned p : planned) {
            MemberForm form = (MemberForm) p.form();
            if (p.existing() instanceof Member member) {
                form.applyTo(member);
            } else {
                members.save(new Member(cooperativeId, form.getCode(), form.getName(), form.getKind()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- sites

    private final class SiteRows implements RowChecker {

        final Map<String, Site> existing;

        final Map<String, Member> memberByCode;

        final Map<String, Skill> skillIndex;

        SiteRows(long cooperativeId) {
            existing = byCode(sites.findByCooperativeIdOrderByCode(cooperativeId));
            memberByCode = byCode(members.findByCooperativeIdOrderByCode(cooperativeId));
            skillIndex = skillIndex(skills.findByCooperativeIdOrderByCode(cooperativeId));
        }

        @Override
        public Planned check(RowReader row, String code) {
            Site site = code == null ? null : existing.get(code);
            SiteForm form = site == null ? new SiteForm() : SiteForm.of(site);
            form.setCode(code);
            String memberCode = row.code("member");
            Member member = memberCode == null ? null : memberByCode.get(memberCode);
            if (memberCode != null && member == null) {
                row.reject("member", "imports.error.member.unknown", memberCode);
            }
            form.setMemberId(member == null ? null : member.getId());
            form.setName(row.text("name"));
            if (row.has("address")) {
                form.setAddress(row.text("address"));
            }
            if (row.has("latitude")) {
                form.setLatitude(row.read("latitude", raw -> CellValues.number(raw, null)));
            }
            if (row.has("longitude")) {
                form.setLongitude(row.read("longitude", raw -> CellValues.number(raw, null)));
            }
            if (row.has("municipalityCode")) {
                form.setMunicipalityCode(row.code("municipalityCode"));
            }
            Industry industry = choice(row, "industry", Industry.class);
            form.setIndustry(industry);
            if (row.has("agricultureExempt")) {
                Boolean exempt = row.read("agricultureExempt", CellValues::yesNo);
                if (exempt != null) {
                    form.setAgricultureExempt(exempt);
                }
            }
            List<Skill> required = requiredSkills(row, skillIndex);
            if (required != null) {
                form.setSkillIds(new ArrayList<>(required.stream().map(Skill::getId).toList()));
            }
            validate(row, form, f -> switch (f) {
                case "memberId" -> "member";
                case "locationComplete" -> "latitude";
                case "skillIds" -> "skills";
                default -> f;
            }, errors -> { });
            return new Planned(row.number, code, site, form, Map.of("member", Objects.requireNonNullElse(member, "")));
        }
    }

    private void applySites(long cooperativeId, List<Planned> planned) {
        Map<Long, Skill> skillById = new HashMap<>();
        skills.findByCooperativeIdOrderByCode(cooperativeId).forEach(s -> skillById.put(s.getId(), s));
        for (Planned p : planned) {
            SiteForm form = (SiteForm) p.form();
            Member member = (Member) p.extra().get("member");
            List<Skill> chosen = form.getSkillIds().stream().map(skillById::get).filter(Objects::nonNull).toList();
            Site site = p.existing() instanceof Site s ? s
                    : new Site(cooperativeId, form.getCode(), member, form.getName(), form.getIndustry());
            form.applyTo(site, member, chosen);
            if (p.existing() == null) {
                sites.save(site);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- workers

    private final class WorkerRows implements RowChecker {

        final Map<String, Worker> existing;

        final Map<String, Skill> skillIndex;

        WorkerRows(long cooperativeId) {
            existing = byCode(workers.findByCooperativeIdOrderByCode(cooperativeId));
            skillIndex = skillIndex(skills.findByCooperativeIdOrderByCode(cooperativeId));
        }

        @Override
        public Planned check(RowReader row, String code) {
            Worker worker = code == null ? null : existing.get(code);
            WorkerForm form = worker == null ? new WorkerForm() : WorkerForm.of(worker);
            Map<String, Object> extra = new HashMap<>();
            form.setCode(code);
            form.setName(row.text("name"));
            if (row.has("latitude")) {
                form.setLatitude(toDouble(row.read("latitude", raw -> CellValues.number(raw, null))));
            }
            if (row.has("longitude")) {
                form.setLongitude(toDouble(row.read("longitude", raw -> CellValues.number(raw, null))));
            }
            if (row.has("openEnded")) {
                Boolean openEnded = row.read("openEnded", CellValues::yesNo);
                if (openEnded != null) {
                    form.setOpenEnded(openEnded);
                }
            }
            if (row.has("residenceStatus")) {
                ResidenceStatus status = choice(row, "residenceStatus", ResidenceStatus.class);
                if (status != null) {
                    form.setResidenceStatus(status);
                }
            }
            form.setMonthlyTargetHours(hours(row, "monthlyTargetHours", form.getMonthlyTargetHours()));
            form.setDailyCapHours(hours(row, "dailyCapHours", form.getDailyCapHours()));
            if (row.has("noNightWork")) {
                Boolean noNight = row.read("noNightWork", CellValues::yesNo);
                if (noNight != null) {
                    form.setNoNightWork(noNight);
                }
            }
            if (row.has("legalRestDay")) {
                form.setLegalRestDay(row.read("legalRestDay", CellValues::weekday));
            }
            form.setMinTotalHours(hours(row, "minTotalHours", form.getMinTotalHours()));
            form.setMaxTotalHours(hours(row, "maxTotalHours", form.getMaxTotalHours()));
            form.setMinConsecutiveWorkDays(days(row, "minConsecutiveWorkDays", form.getMinConsecutiveWorkDays()));
            form.setMaxConsecutiveWorkDays(days(row, "maxConsecutiveWorkDays", form.getMaxConsecutiveWorkDays()));
            form.setMinConsecutiveDaysOff(days(row, "minConsecutiveDaysOff", form.getMinConsecutiveDaysOff()));
            form.setMaxWeekendsWorked(days(row, "maxWeekendsWorked", form.getMaxWeekendsWorked()));
            if (row.has("requiredBuddy")) {
                extra.put("buddy", Objects.requireNonNullElse(row.code("requiredBuddy"), ""));
            }
            if (row.has("sex")) {
                ImportLabels.Sex sex = choice(row, "sex", ImportLabels.Sex.class);
                extra.put("sex", sex == null ? "" : sex.name());
            }
            LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
            if (row.has("birthDate")) {
                LocalDate birth = row.read("birthDate", CellValues::date);
                if (birth != null && (birth.isAfter(today.minusYears(15)) || birth.isBefore(LocalDate.of(1900, 1, 1)))) {
                    row.reject("birthDate", "imports.error.birthDate.range");
                }
                extra.put("birthDate", birth == null ? "" : birth);
            }
            if (row.has("hiredOn")) {
                LocalDate hired = row.read("hiredOn", CellValues::date);
                if (hired != null && hired.isBefore(LocalDate.of(1950, 1, 1))) {
                    row.reject("hiredOn", "imports.error.hiredOn.range");
                }
                extra.put("hiredOn", hired == null ? "" : hired);
            }
            for (String flag : List.of("healthInsurance", "pensionInsurance", "employmentInsurance",
                    "agreementCovered")) {
                if (row.has(flag)) {
                    Boolean value = row.read(flag, CellValues::yesNo);
                    if (value != null) {
                        extra.put(flag, value);
                    }
                }
            }
            if (row.has("paidLeaveDaysGranted")) {
                Integer days = row.read("paidLeaveDaysGranted", raw -> CellValues.integer(raw, "日"));
                if (days != null && (days < 0 || days > 40)) {
                    row.reject("paidLeaveDaysGranted", "imports.error.paidLeave.range");
                }
                extra.put("paidLeaveDaysGranted", days == null ? "" : days);
            }
            if (row.has("skills")) {
                extra.put("skills", heldSkills(row));
            }
            validate(row, form, f -> f.equals("requiredBuddyId") ? "requiredBuddy" : f, form::checkCrossFields);
            return new Planned(row.number, code, worker, form, extra);
        }

        private List<WorkerSkillForm> heldSkills(RowReader row) {
            List<WorkerSkillForm> held = new ArrayList<>();
            List<SkillCells.Entry> entries = row.read("skills", raw -> SkillCells.parse(raw, true));
            if (entries == null) {
                return held;
            }
            for (SkillCells.Entry entry : entries) {
                Skill skill = skillIndex.get(CellValues.matchKey(entry.label()));
                if (skill == null) {
                    row.reject("skills", "imports.error.skill.unknown", entry.label());
                    continue;
                }
                if (held.stream().anyMatch(h -> h.getSkillId().equals(skill.getId()))) {
                    row.reject("skills", "imports.error.skill.repeated", entry.label());
                    continue;
                }
                WorkerSkillForm form = new WorkerSkillForm();
                form.setSkillId(skill.getId());
                form.setValidFrom(entry.from());
                form.setValidUntil(entry.until());
                validate(row, form, f -> "skills", form::checkCrossFields);
                held.add(form);
            }
            return held;
        }

        @Override
        public void checkAcrossRows(List<RowReader> rows, Map<String, Integer> codesInFile) {
            for (RowReader row : rows) {
                String buddy = row.has("requiredBuddy") ? row.code("requiredBuddy") : null;
                if (buddy == null) {
                    continue;
                }
                if (buddy.equals(row.code("code"))) {
                    row.reject("requiredBuddy", "workers.error.buddy.self");
                } else if (!existing.containsKey(buddy) && !codesInFile.containsKey(buddy)) {
                    row.reject("requiredBuddy", "imports.error.buddy.unknown", buddy);
                }
            }
        }

        private BigDecimal hours(RowReader row, String field, BigDecimal current) {
            return row.has(field) ? row.read(field, raw -> CellValues.number(raw, "時間|h")) : current;
        }

        private Integer days(RowReader row, String field, Integer current) {
            return row.has(field) ? row.read(field, raw -> CellValues.integer(raw, "日|回")) : current;
        }
    }

    @SuppressWarnings("unchecked")
    private void applyWorkers(long cooperativeId, List<Planned> planned) {
        Map<String, Worker> byCode = byCode(workers.findByCooperativeIdOrderByCode(cooperativeId));
        Map<Planned, Worker> saved = new LinkedHashMap<>();
        for (Planned p : planned) {
            WorkerForm form = (WorkerForm) p.form();
            Worker worker = p.existing() instanceof Worker w ? w
                    : new Worker(cooperativeId, form.getCode(), form.getName(), 0);
            form.applyTo(worker, worker.getRequiredBuddy());
            Map<String, Object> extra = p.extra();
            if (extra.containsKey("sex")) {
                worker.setSex(blankToNull(extra.get("sex"), String.class));
            }
            if (extra.containsKey("birthDate")) {
                worker.setBirthDate(blankToNull(extra.get("birthDate"), LocalDate.class));
            }
            if (extra.containsKey("hiredOn")) {
                worker.setHiredOn(blankToNull(extra.get("hiredOn"), LocalDate.class));
            }
            if (extra.containsKey("paidLeaveDaysGranted")) {
                worker.setPaidLeaveDaysGranted(blankToNull(extra.get("paidLeaveDaysGranted"), Integer.class));
            }
            if (extra.get("healthInsurance") instanceof Boolean b) {
                worker.setHealthInsurance(b);
            }
            if (extra.get("pensionInsurance") instanceof Boolean b) {
                worker.setPensionInsurance(b);
            }
            if (extra.get("employmentInsurance") instanceof Boolean b) {
                worker.setEmploymentInsurance(b);
            }
            if (extra.get("agreementCovered") instanceof Boolean b) {
                worker.setAgreementCovered(b);
            }
            if (p.existing() == null) {
                worker = workers.save(worker);
            }
            byCode.put(worker.getCode(), worker);
            saved.put(p, worker);
        }
        Map<Long, Skill> skillById = new HashMap<>();
        skills.findByCooperativeIdOrderByCode(cooperativeId).forEach(s -> skillById.put(s.getId(), s));
        for (Map.Entry<Planned, Worker> entry : saved.entrySet()) {
            Map<String, Object> extra = entry.getKey().extra();
            Worker worker = entry.getValue();
            if (extra.containsKey("buddy")) {
                String buddy = (String) extra.get("buddy");
                worker.setRequiredBuddy(buddy.isEmpty() ? null : byCode.get(buddy));
            }
            if (extra.containsKey("skills")) {
                List<WorkerSkill> held = entry.getKey().existing() == null ? List.of()
                        : workerSkills.findByCooperativeIdAndWorkerOrderByIdAsc(cooperativeId, worker);
                for (WorkerSkillForm form : (List<WorkerSkillForm>) extra.get("skills")) {
                    WorkerSkill same = held.stream().filter(h -> h.getSkill().getId().equals(form.getSkillId()))
                            .findFirst().orElse(null);
                    if (same != null) {
                        same.setValidFrom(form.getValidFrom());
                        same.setValidUntil(form.getValidUntil());
                    } else {
                        workerSkills.save(new WorkerSkill(worker, skillById.get(form.getSkillId()),
                                form.getValidFrom(), form.getValidUntil()));
                    }
                }
            }
        }
    }

    private static <T> T blankToNull(Object value, Class<T> type) {
        return "".equals(value) || value == null ? null : type.cast(value);
    }

    // ---------------------------------------------------------------------------------------------- demand

    private final class DemandRows implements RowChecker {

        final Map<String, DemandPattern> existing;

        final Map<String, Site> siteByCode;

        final Map<String, JobType> jobTypeByKey = new HashMap<>();

        final Map<String, Skill> skillIndex;

        final Cooperative cooperative;

        DemandRows(long cooperativeId) {
            existing = byCode(patterns.findByCooperativeIdOrderByCode(cooperativeId));
            siteByCode = byCode(sites.findByCooperativeIdOrderByCode(cooperativeId));
            List<JobType> types = jobTypes.findByCooperativeIdOrderByCode(cooperativeId);
            types.forEach(t -> jobTypeByKey.putIfAbsent(CellValues.matchKey(t.getName()), t));
            types.forEach(t -> jobTypeByKey.put(CellValues.matchKey(t.getCode()), t));
            skillIndex = skillIndex(skills.findByCooperativeIdOrderByCode(cooperativeId));
            cooperative = cooperatives.findById(cooperativeId).orElseThrow();
        }

        @Override
        public Planned check(RowReader row, String code) {
            DemandPattern pattern = code == null ? null : existing.get(code);
            DemandForm form = pattern == null ? new DemandForm() : DemandForm.of(pattern);
            form.setCode(code);
            String siteCode = row.code("site");
            Site site = siteCode == null ? null : siteByCode.get(siteCode);
            if (siteCode != null && site == null) {
                row.reject("site", "imports.error.site.unknown", siteCode);
            }
            form.setSiteId(site == null ? null : site.getId());
            String jobTypeText = row.code("jobType");
            JobType jobType = jobTypeText == null ? null : jobTypeByKey.get(CellValues.matchKey(jobTypeText));
            if (jobTypeText != null && jobType == null) {
                row.reject("jobType", "imports.error.jobType.unknown", jobTypeText);
            } else if (jobType != null && jobType.isProhibited()) {
                row.reject("jobType", "demand.error.jobType.prohibited");
            }
            form.setJobTypeId(jobType == null ? null : jobType.getId());
            form.setFrom(row.read("from", CellValues::date));
            form.setTo(row.read("to", CellValues::date));
            if (row.has("weekdays")) {
                Set<DayOfWeek> days = row.read("weekdays", CellValues::weekdays);
                form.setWeekdays(days == null ? new ArrayList<>() : new ArrayList<>(days));
            }
            form.setStart(row.read("start", CellValues::time));
            form.setEnd(row.read("end", CellValues::time));
            form.setBreakMinutes(given(row, "breakMinutes", "分", form.getBreakMinutes()));
            form.setRequired(given(row, "required", "人", form.getRequired()));
            form.setOptional(given(row, "optional", "人", form.getOptional()));
            form.setPriority(given(row, "priority", null, form.getPriority()));
            if (row.has("skipHolidays")) {
                Boolean skip = row.read("skipHolidays", CellValues::yesNo);
                if (skip != null) {
                    form.setSkipHolidays(skip);
                }
            }
            List<Skill> required = requiredSkills(row, skillIndex);
            if (required != null) {
                form.setRequiredSkillIds(new ArrayList<>(required.stream().map(Skill::getId).toList()));
            }
            if (row.has("note")) {
                form.setNote(row.text("note"));
            }
            validate(row, form, f -> switch (f) {
                case "siteId" -> "site";
                case "jobTypeId" -> "jobType";
                case "requiredSkillIds" -> "skills";
                default -> f;
            }, errors -> form.checkCrossFields(errors, cooperative.getPlanFrom(), cooperative.getPlanTo()));
            Map<String, Object> extra = new HashMap<>();
            if (site != null) {
                extra.put("site", site);
            }
            if (jobType != null) {
                extra.put("jobType", jobType);
            }
            return new Planned(row.number, code, pattern, form, extra);
        }

        /** A blank cell (or a missing column) keeps the value; these fields always have one. */
        private Integer given(RowReader row, String field, String unit, Integer current) {
            if (!row.has(field) || CellValues.text(row.raw(field)) == null) {
                return current;
            }
            return row.read(field, raw -> CellValues.integer(raw, unit));
        }
    }

    private void applyDemand(long cooperativeId, List<Planned> planned) {
        Map<Long, Skill> skillById = new HashMap<>();
        skills.findByCooperativeIdOrderByCode(cooperativeId).forEach(s -> skillById.put(s.getId(), s));
        for (Planned p : planned) {
            DemandForm form = (DemandForm) p.form();
            Site site = (Site) p.extra().get("site");
            JobType jobType = (JobType) p.extra().get("jobType");
            List<Skill> wanted = form.getRequiredSkillIds() == null ? List.of()
                    : form.getRequiredSkillIds().stream().distinct().map(skillById::get).filter(Objects::nonNull)
                            .toList();
            if (p.existing() instanceof DemandPattern pattern) {
                pattern.setSite(site);
                pattern.setJobType(jobType);
                form.applyTo(pattern);
                if (!pattern.getRequiredSkills().equals(Set.copyOf(wanted))) {
                    pattern.getRequiredSkills().clear();
                    pattern.getRequiredSkills().addAll(wanted);
                }
            } else {
                DemandPattern pattern = new DemandPattern(cooperativeId, form.getCode(), site, jobType);
                form.applyTo(pattern);
                pattern.getRequiredSkills().addAll(wanted);
                patterns.save(pattern);
            }
        }
    }
}
