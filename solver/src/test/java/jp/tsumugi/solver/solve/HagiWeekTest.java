package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.DemandPattern;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.score.DemandConstraints;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week in early July at a Hagi-like cooperative: the JA tomato packing house, the daikon grading line, a farm and an
 * early-start food processor all want people, and four workers cannot cover it. The roster must stay legal, fill what it
 * can, and its medium score must be exactly the unfilled required minutes (all priorities are 1).
 */
class HagiWeekTest {

    @Test
    void overDemandedWeekStaysLegalAndMediumEqualsUnfilledMinutes() {
        CooperativeSettings settings = new CooperativeSettings();
        PlanCalendar calendar = new PlanCalendar(new DateRange(LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 11)), settings);
        Member ja = new Member("ja", "JA山口県 萩統括本部");
        Member daikon = new Member("daikon", "千石台だいこん生産組合");
        Member farm = new Member("farm", "農事組合法人 むつみ");
        Member food = new Member("food", "萩の食品加工");
        Site packingHouse = new Site("ja-takasa", ja, "高佐選果場", new GeoPoint(34.45, 131.52), "35204", Industry.OTHER, false, List.of());
        Site grading = new Site("daikon-yoshibe", daikon, "吉部集荷場", new GeoPoint(34.32, 131.45), "35204", Industry.AGRICULTURE, false, List.of());
        Site field = new Site("farm-mutsumi", farm, "むつみ圃場", new GeoPoint(34.38, 131.60), "35204", Industry.AGRICULTURE, false, List.of());
        Site plant = new Site("food-plant", food, "加工場", new GeoPoint(34.41, 131.39), "35204", Industry.FOOD_PROCESSING, false, List.of());
        JobType packing = new JobType("packing", "選果・箱詰め");
        JobType harvest = new JobType("harvest", "収穫");
        JobType processing = new JobType("processing", "加工");
        DateRange week = calendar.getWindow();
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        List<DemandPattern> patterns = List.of(
                new DemandPattern("tomato", packingHouse, packing, week, weekdays, LocalTime.of(8, 0), LocalTime.of(17, 0), 60, 2, 1, 1, null, false, List.of()),
                new DemandPattern("daikon", grading, packing, week, weekdays, LocalTime.of(7, 0), LocalTime.of(16, 0), 60, 2, 0, 1, null, false, List.of()),
                new DemandPattern("harvest", field, harvest, week, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(6, 0), LocalTime.of(10, 0), 0, 1, 0, 1, null, false, List.of()),
                new DemandPattern("plant", plant, processing, week, weekdays, LocalTime.of(13, 0), LocalTime.of(17, 0), 0, 1, 0, 1, null, false, List.of()));
        List<Cover> covers = new ArrayList<>();
        patterns.forEach(p -> covers.addAll(p.expand(calendar, Set.of())));
        List<Worker> workers = List.of(
                new Worker("yamada", "山田").withHome(new GeoPoint(34.40, 131.40)).withMonthlyTargetMinutes(160 * 60),
                new Worker("sato", "佐藤").withHome(new GeoPoint(34.42, 131.41)).withMonthlyTargetMinutes(160 * 60),
                new Worker("tanaka", "田中").withHome(new GeoPoint(34.36, 131.47)).withMonthlyTargetMinutes(160 * 60),
                new Worker("suzuki", "鈴木").withHome(new GeoPoint(34.44, 131.50)).withMonthlyTargetMinutes(120 * 60));
        Roster problem = new Roster(calendar, List.of(ja, daikon, farm, food), List.of(packingHouse, grading, field, plant),
                List.of(packing, harvest, processing), List.of(), List.of(), workers, covers, List.of(), List.of(), List.of(), null);

        RosterSolver solver = new RosterSolver();
        SolveResult result = solver.solve(problem, SolveLimits.spent(Duration.ofSeconds(5)));
        Roster roster = result.roster();

        assertThat(roster.getScore().hardScore()).isZero();
        long required = covers.stream().mapToLong(c -> (long) c.getRequiredHeadcount() * c.getNetMinutes()).sum();
        long workerCapacity = workers.size() * 40L * 60;
        assertThat(required).as("the week is over-demanded").isGreaterThan(workerCapacity);
        assertThat(result.summary().unfilledRequiredMinutes()).isEqualTo(-roster.getScore().mediumScore());
        assertThat(result.summary().unfilledRequiredMinutes()).isPositive();
        // Workers were used: the roster fills at least 80 % of the legal capacity of four people.
        assertThat(result.summary().assignedMinutes()).isGreaterThan(workerCapacity * 8 / 10);
        for (Worker worker : workers) {
            long weekMinutes = roster.getSlots().stream().filter(s -> s.getWorker() == worker).mapToLong(Slot::getNetMinutes).sum();
            assertThat(weekMinutes).as(worker.getName()).isLessThanOrEqualTo(40 * 60);
        }

        // Every unfilled cover is explained, in Japanese, naming the member.
        List<Explanation> unfilled = solver.explain(roster).stream()
                .filter(e -> e.ruleId().equals(DemandConstraints.UNFILLED_REQUIRED)).toList();
        assertThat(unfilled).isNotEmpty();
        assertThat(unfilled.stream().mapToLong(e -> e.detail().actual()).sum())
                .isEqualTo(result.summary().unfilledRequiredMinutes());
        assertThat(unfilled.get(0).message(Locale.JAPANESE)).contains("未充足").containsAnyOf("JA", "だいこん", "むつみ", "食品");
    }
}
