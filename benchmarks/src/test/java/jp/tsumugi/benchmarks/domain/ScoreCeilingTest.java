package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCeilingTest {
    @Test
    void everyMoveIsUndoneSoTheRosterAndItsScoreAreAsBefore() {
        Roster roster = ScoreCeiling.construct(DatasetMapper.toRoster(Problem.preset("tsuwano", 1).dataset()));
        List<Worker> before = roster.getSlots().stream().map(Slot::getWorker).toList();

        ScoreCeiling.Result all = ScoreCeiling.measure(roster, "all", 500);
        ScoreCeiling.Result demand = ScoreCeiling.measure(roster, "only:demand", 500);

        assertThat(roster.getSlots().stream().map(Slot::getWorker).toList()).isEqualTo(before);
        assertThat(all.end()).isEqualTo(all.start());
        assertThat(demand.end()).isEqualTo(demand.start());
        assertThat(all.start()).isNotEqualTo(demand.start());
        assertThat(all.cpuSeconds()).isPositive();
    }
}
