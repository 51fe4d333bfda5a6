package jp.tsumugi.solver.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import jp.tsumugi.solver.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster cloner copies the slots (the planning entities) and shares every fact. */
class RosterClonerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 7, 6);

    /** Two slots on Monday and Tuesday: Yamada's, pinned and published to Sato, and an open one. */
    private record Fixture(Worker yamada, Worker sato, Roster original) {
        static Fixture create() {
            TestData data = new TestData().window(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
            Worker yamada = data.worker("yamada");
            Worker sato = data.worker("sato");
            Slot worked = data.slot(yamada, MONDAY, "08:00", "17:00", 60).withPinned(true).withPublishedWorker(sato);
            Slot open = data.slot(null, MONDAY.plusDays(1), "08:00", "17:00", 60);
            return new Fixture(yamada, sato, data.roster(List.of(worked, open)));
        }
    }

    @Test
    void clonesSlotsAndSharesFacts() {
        Fixture fixture = Fixture.create();
        Worker sato = fixture.sato();
        Roster original = fixture.original();
        original.setScore(HardMediumSoftLongScore.of(0, -1, -2));

        Roster clone = new RosterCloner().cloneSolution(original);

        assertThat(clone).isNotSameAs(original);
        assertThat(clone.getScore()).isEqualTo(original.getScore());
        assertThat(clone.getSlots()).hasSameSizeAs(original.getSlots()).isNotSameAs(original.getSlots());
        for (int i = 0; i < original.getSlots().size(); i++) {
            Slot from = original.getSlots().get(i);
            Slot copy = clone.getSlots().get(i);
            assertThat(copy).isNotSameAs(from);
            assertThat(copy.getId()).isEqualTo(from.getId());
            assertThat(copy.getCover()).isSameAs(from.getCover());
            assertThat(copy.getWorker()).isSameAs(from.getWorker());
            assertThat(copy.isPinned()).isEqualTo(from.isPinned());
            assertThat(copy.getPublishedWorker()).isSameAs(from.getPublishedWorker());
        }
        assertThat(clone.getWorkers()).isSameAs(original.getWorkers());
        assertThat(clone.getCovers()).isSameAs(original.getCovers());
        assertThat(clone.getWorkerMonths()).isSameAs(original.getWorkerMonths());
        assertThat(clone.getUnavailabilities()).isSameAs(original.getUnavailabilities());
        assertThat(clone.getPreferences()).isSameAs(original.getPreferences());
        assertThat(clone.getShiftRequests()).isSameAs(original.getShiftRequests());
        assertThat(clone.getCalendar()).isSameAs(original.getCalendar());
        assertThat(clone.getSettings()).isSameAs(original.getSettings());
        assertThat(clone.getConstraintWeightOverrides()).isSameAs(original.getConstraintWeightOverrides());

        // The clone is independent: changing it leaves the original alone.
        clone.getSlots().get(1).setWorker(sato);
        assertThat(original.getSlots().get(1).getWorker()).isNull();
    }

    @Test
    void cloneKeepsWhatTheSlotsHeldWhenClonedThoughItCopiesThemOnlyWhenRead() {
        Fixture fixture = Fixture.create();
        Worker yamada = fixture.yamada();
        Worker sato = fixture.sato();
        Roster original = fixture.original();

        Roster clone = new RosterCloner().cloneSolution(original);
        // The working roster moves on before anyone reads the clone (as the local search does after a new best).
        Slot first = original.getSlots().get(0);
        Slot second = original.getSlots().get(1);
        first.setWorker(null);
        first.setPinned(false);
        first.setPublishedWorker(null);
        second.setWorker(yamada);

        assertThat(clone.getSlots()).hasSize(2);
        assertThat(clone.getSlots().get(0).getWorker()).isSameAs(yamada);
        assertThat(clone.getSlots().get(0).isPinned()).isTrue();
        assertThat(clone.getSlots().get(0).getPublishedWorker()).isSameAs(sato);
        assertThat(clone.getSlots().get(1).getWorker()).isNull();
        assertThat(clone.getSlots().get(1).isPinned()).isFalse();
        // Read twice, the same copies; a clone of the clone copies them again.
        assertThat(clone.getSlots().get(0)).isSameAs(clone.getSlots().get(0)).isNotSameAs(first);
        Roster again = new RosterCloner().cloneSolution(clone);
        assertThat(again.getSlots().get(0)).isNotSameAs(clone.getSlots().get(0));
        assertThat(again.getSlots().get(0).getWorker()).isSameAs(yamada);
        // The clone's list can be changed like the ArrayList it was.
        clone.getSlots().remove(1);
        assertThat(clone.getSlots()).hasSize(1);
        assertThat(original.getSlots()).hasSize(2);
    }
}
