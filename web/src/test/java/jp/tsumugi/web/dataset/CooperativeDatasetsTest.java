package jp.tsumugi.web.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.fixtures.dataset.InvalidDatasetException;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The JPA ↔ dataset mapping on real PostgreSQL: import, export, the plan window, all-or-nothing. */
@PostgresSpringBootTest
class CooperativeDatasetsTest {

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PublishedVersionRepository published;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    static Dataset hagi() throws Exception {
        try (InputStream in = CooperativeDatasetsTest.class.getResourceAsStream("/datasets/hagi.json")) {
            return DatasetReader.read(in).orElseThrow();
        }
    }

    private long newCooperative(String code) {
        return cooperatives.save(new Cooperative(code, code)).getId();
    }

    @Test
    void exportGivesBackEveryFieldThatWasImported() throws Exception {
        long c = newCooperative("roundtrip");
        Dataset hagi = hagi();

        datasets.replaceAll(c, hagi, "imported");
        Dataset exported = datasets.export(c);

        Dataset expected = DatasetReader.check(withCooperative(hagi, "roundtrip")).orElseThrow();
        Dataset actual = DatasetReader.check(exported).orElseThrow();
        // The order of leave, wishes and requests carries no meaning; everything else must match field by field.
        assertThat(actual).usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(expected);
    }

    @Test
    void theExportedYearBuildsTheSameProblemAsTheFile() throws Exception {
        long c = newCooperative("problem");
        datasets.replaceAll(c, hagi(), "imported");

        Roster fromDb = DatasetMapper.toRoster(datasets.export(c));
        Roster fromFile = DatasetMapper.toRoster(hagi());

        assertThat(fromDb.getSlots()).hasSameSizeAs(fromFile.getSlots()).isNotEmpty();
        assertThat(fromDb.getWorkers()).hasSize(5);
    }

    @Test
    void aWindowKeepsOnlyWhatTouchesIt() throws Exception {
        long c = newCooperative("window");
        datasets.replaceAll(c, hagi(), "imported");

        LocalDate from = LocalDate.of(2026, 5, 1);
        LocalDate to = LocalDate.of(2026, 5, 31);
        Dataset may = datasets.window(c, from, to);

        assertThat(may.planning().from()).isEqualTo(from);
        assertThat(may.demandPatterns()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.to()).isAfterOrEqualTo(from))
                .allSatisfy(p -> assertThat(p.from()).isBeforeOrEqualTo(to));
        assertThat(may.availability()).allSatisfy(a -> assertThat(a.date()).isBetween(from, to));
        assertThat(may.holidays()).contains(LocalDate.of(2026, 5, 5)).allSatisfy(d -> assertThat(d).isBetween(from, to));
        Roster roster = DatasetMapper.toRoster(may);
        assertThat(roster.getSlots()).isNotEmpty()
                .allSatisfy(slot -> assertThat(slot.getDate()).isBetween(from, to));
    }

    @Test
    void anInvalidDatasetChangesNothing() throws Exception {
        long c = newCooperative("invalid");
        datasets.replaceAll(c, hagi(), "imported");
        Dataset hagi = hagi();
        List<Dataset.Worker> badWorkers = new ArrayList<>(hagi.workers());
        Dataset.Worker w = badWorkers.get(0);
        badWorkers.set(0, new Dataset.Worker(w.id(), w.name(), w.latitude(), w.longitude(), w.openEnded(),
                w.residenceStatus(), w.monthlyTargetMinutes(), w.dailyCapMinutes(), w.noNightWork(), w.requiredBuddy(),
                w.legalRestDay(), List.of(new Dataset.HeldSkill("no-such-skill", null, null)), w.contract()));
        Dataset bad = new Dataset(hagi.format(), hagi.cooperative(), hagi.planning(), hagi.skills(), hagi.jobTypes(),
                hagi.members(), hagi.sites(), hagi.shiftTypes(), List.of(), hagi.availability(), hagi.preferences(),
                hagi.shiftRequests(), hagi.holidays(), hagi.demandPatterns(), null);
        Dataset badSkill = new Dataset(hagi.format(), hagi.cooperative(), hagi.planning(), hagi.skills(),
                hagi.jobTypes(), hagi.members(), hagi.sites(), hagi.shiftTypes(), badWorkers, hagi.availability(),
                hagi.preferences(), hagi.shiftRequests(), hagi.holidays(), hagi.demandPatterns(), null);

        assertThatThrownBy(() -> datasets.replaceAll(c, bad, "x")).isInstanceOf(InvalidDatasetException.class);
        assertThatThrownBy(() -> datasets.replaceAll(c, badSkill, "x")).isInstanceOf(InvalidDatasetException.class)
                .hasMessageContaining("$.workers[0].skills[0].skill");

        assertThat(workers.countByCooperativeId(c)).isEqualTo(5);
    }

    @Test
    void anImportNeverReplacesPublishedRosters() throws Exception {
        long c = newCooperative("published");
        datasets.replaceAll(c, hagi(), "imported");
        Plan plan = plans.save(new Plan(c, "plan", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
        published.save(new PublishedVersion(plan, 1, OffsetDateTime.now(), "office", LocalDate.of(2026, 4, 30)));

        assertThatThrownBy(() -> datasets.replaceAll(c, hagi(), "again")).isInstanceOf(PublishedRecordsException.class);
        assertThat(plans.countByCooperativeId(c)).isEqualTo(1);
    }

    @Test
    void weatherFallbacksSurviveImportAndExport() throws Exception {
        long c = newCooperative("weather");
        Dataset hagi = hagi();
        List<Dataset.DemandPattern> patterns = new ArrayList<>(hagi.demandPatterns());
        // m01 has two sites: the rain alternative moves to the other one, with another job type
        Dataset.DemandPattern first = patterns.get(0);
        String otherSite = hagi.sites().stream()
                .filter(site -> site.member().equals(memberOf(hagi, first.site())) && !site.id().equals(first.site()))
                .findFirst().orElseThrow().id();
        String otherJob = hagi.jobTypes().stream()
                .filter(j -> "ORDINARY".equals(j.category()) && !j.id().equals(first.jobType()))
                .findFirst().orElseThrow().id();
        patterns.set(0, withWeather(first, new Dataset.WeatherFallback("RAIN_TASK", "倉庫で箱折り", otherSite, otherJob,
                null)));
        Dataset.DemandPattern second = patterns.get(1);
        java.time.LocalTime middle = second.start().plusMinutes(
                java.time.Duration.between(second.start(), second.end()).toMinutes() / 2);
        patterns.set(1, withWeather(second, new Dataset.WeatherFallback("HALF_DAY", null, null, null, middle)));
        Dataset withWeather = withPatterns(hagi, patterns);

        datasets.replaceAll(c, withWeather, "imported");
        Dataset exported = datasets.export(c);

        assertThat(exported.demandPatterns()).filteredOn(p -> p.id().equals(first.id())).singleElement()
                .satisfies(p -> assertThat(p.weatherFallback()).isEqualTo(patterns.get(0).weatherFallback()));
        assertThat(exported.demandPatterns()).filteredOn(p -> p.id().equals(second.id())).singleElement()
                .satisfies(p -> assertThat(p.weatherFallback()).isEqualTo(patterns.get(1).weatherFallback()));
        assertThat(exported.demandPatterns()).filteredOn(p -> p.weatherFallback() != null).hasSize(2);
        Dataset expected = DatasetReader.check(withCooperative(withWeather, "weather")).orElseThrow();
        assertThat(DatasetReader.check(exported).orElseThrow()).usingRecursiveComparison().ignoringCollectionOrder()
                .isEqualTo(expected);
    }

    @Test
    void anImportNeverDeletesMembersActualHours() throws Exception {
        long c = newCooperative("actuals");
        datasets.replaceAll(c, hagi(), "imported");
        long member = jdbc.queryForObject("SELECT min(id) FROM member WHERE cooperative_id = ?", Long.class, c);
        jdbc.update("INSERT INTO actual_work (cooperative_id, member_id, worker_code, worker_name, on_date, start_time,"
                + " end_time, break_minutes, recorded_at, recorded_by) VALUES (?, ?, 'w01', '派遣 太郎', DATE '2026-07-13',"
                + " TIME '08:00', TIME '17:00', 60, CURRENT_TIMESTAMP, 'member')", c, member);

        assertThatThrownBy(() -> datasets.replaceAll(c, hagi(), "again")).isInstanceOf(PublishedRecordsException.class)
                .satisfies(e -> assertThat(((PublishedRecordsException) e).messageKey())
                        .isEqualTo(PublishedRecordsException.ACTUALS));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM actual_work WHERE cooperative_id = ?", Long.class, c))
                .isOne();
        assertThat(workers.countByCooperativeId(c)).isEqualTo(5);
    }

    private static String memberOf(Dataset d, String site) {
        return d.sites().stream().filter(s -> s.id().equals(site)).findFirst().orElseThrow().member();
    }

    private static Dataset.DemandPattern withWeather(Dataset.DemandPattern p, Dataset.WeatherFallback weather) {
        return new Dataset.DemandPattern(p.id(), p.site(), p.jobType(), p.from(), p.to(), p.weekdays(), p.start(),
                p.end(), p.breakMinutes(), p.required(), p.optional(), p.priority(), p.shiftType(), p.skipHolidays(),
                p.requiredSkills(), p.note(), weather);
    }

    private static Dataset withPatterns(Dataset d, List<Dataset.DemandPattern> patterns) {
        return new Dataset(d.format(), d.cooperative(), d.planning(), d.skills(), d.jobTypes(), d.members(), d.sites(),
                d.shiftTypes(), d.workers(), d.availability(), d.preferences(), d.shiftRequests(), d.holidays(),
                patterns, d.roster());
    }

    @Test
    void aRosterInTheDatasetBecomesAPlan() throws Exception {
        long c = newCooperative("withroster");
        Dataset hagi = hagi();
        Roster roster = DatasetMapper.toRoster(hagi);
        roster.getSlots().get(0).setWorker(roster.getWorkers().get(0));
        roster.getSlots().get(1).setPinned(true);
        Dataset withRoster = DatasetMapper.fromRoster(hagi, roster);

        datasets.replaceAll(c, withRoster, "imported");

        assertThat(plans.findByCooperativeIdOrderByIdDesc(c)).singleElement().satisfies(plan -> {
            assertThat(plan.getName()).isEqualTo("imported");
            assertThat(plan.getFrom()).isEqualTo(hagi.planning().from());
        });
    }

    private static Dataset withCooperative(Dataset d, String codeAndName) {
        return new Dataset(d.format(), new Dataset.Cooperative(codeAndName, codeAndName, d.cooperative().settings()),
                d.planning(), d.skills(), d.jobTypes(), d.members(), d.sites(), d.shiftTypes(), d.workers(),
                d.availability(), d.preferences(), d.shiftRequests(), d.holidays(), d.demandPatterns(), d.roster());
    }
}
