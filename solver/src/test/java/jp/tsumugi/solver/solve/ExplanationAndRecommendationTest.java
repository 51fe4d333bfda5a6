package jp.tsumugi.solver.solve;

import jp.tsumugi.solver.TestData;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.solver.explain.Explanation;
import jp.tsumugi.solver.score.EligibilityConstraints;
import jp.tsumugi.solver.score.LegalConstraints;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationAndRecommendationTest {
    private final RosterSolver solver = new RosterSolver();

    @Test
    void weeklyHoursBreakReadsLikeTheSecretariatWouldSayIt() {
        TestData data = new TestData();
        data.settings.withStandardDailyMaxMinutes(10 * 60).withStandardWeeklyMaxMinutes(60 * 60);
        Worker yamada = new Worker("yamada", "山田").withMonthlyTargetMinutes(160 * 60);
        List<Slot> slots = new ArrayList<>();
        // Week of Sunday 5 July 2026: Mon–Fri 10 h + Sat 2 h = 52 h (4 h of breaks taken separately).
        for (int d = 1; d <= 5; d++) {
            slots.add(data.slot(yamada, LocalDate.of(2026, 7, 5).plusDays(d), "07:00", "18:00", 60));
        }
        slots.add(data.slot(yamada, LocalDate.of(2026, 7, 11), "08:00", "10:00", 0));
        data.settings.withStandardWeeklyMaxMinutes(40 * 60);
        Roster roster = new Roster(data.calendar(), List.of(data.member), List.of(data.site), List.of(data.job), List.of(),
                List.of(), List.of(yamada), data.covers(), List.of(), List.of(), List.of(), slots);

        List<Explanation> weekly = solver.explain(roster).stream()
                .filter(e -> e.ruleId().equals(LegalConstraints.WEEKLY_HOURS)).toList();

        assertThat(weekly).hasSize(1);
        assertThat(weekly.get(0).level()).isEqualTo(Explanation.Level.HARD);
        assertThat(weekly.get(0).message(Locale.JAPANESE))
                .isEqualTo("山田さん: 2026年7月5日〜2026年7月11日 の週 52時間（上限 40時間）");
        assertThat(weekly.get(0).message(Locale.ENGLISH))
                .isEqualTo("山田: week 5 Jul 2026 – 11 Jul 2026 52 h (limit 40 h)");
        assertThat(weekly.get(0).title(Locale.JAPANESE)).isEqualTo("1週の労働時間");
    }

    @Test
    void whoCanCoverRanksTheFreeWorkerFirstAndSaysWhyTheOthersAreWorse() {
        TestData data = new TestData();
        Worker busy = data.worker("busy");
        Worker onLeave = data.worker("onLeave");
        Worker free = data.worker("free");
        LocalDate day = LocalDate.of(2026, 7, 7);
        Slot taken = data.slot(busy, day, "08:00", "17:00", 60);
        Cover open = data.cover(day, "09:00", "12:00", 0);
        Slot unfilled = open.createSlots().get(0);
        Unavailability leave = Unavailability.wholeDay(onLeave, day, AvailabilityKind.PAID_LEAVE);
        Roster roster = new Roster(data.calendar(), List.of(data.member), List.of(data.site), List.of(data.job), List.of(),
                List.of(), data.workers(), data.covers(), List.of(leave), List.of(), List.of(), List.of(taken, unfilled));

        List<Candidate> candidates = solver.whoCanCover(roster, unfilled);

        assertThat(candidates).extracting(Candidate::worker).first().isEqualTo(free);
        assertThat(candidates.get(0).isFeasible()).isTrue();
        Candidate leaveCandidate = candidates.stream().filter(c -> c.worker() == onLeave).findFirst().orElseThrow();
        assertThat(leaveCandidate.isFeasible()).isFalse();
        assertThat(leaveCandidate.addedBreaks()).extracting(b -> b.ruleId()).contains(EligibilityConstraints.UNAVAILABLE);
        Candidate busyCandidate = candidates.stream().filter(c -> c.worker() == busy).findFirst().orElseThrow();
        assertThat(busyCandidate.addedBreaks()).extracting(b -> b.ruleId()).contains(EligibilityConstraints.OVERLAP_OR_TRAVEL);
        assertThat(unfilled.getWorker()).as("the roster is left as it was").isNull();
    }
}
