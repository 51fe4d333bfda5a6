package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import jp.tsumugi.solver.domain.Roster;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RowSearchSpeed}: a round proposes rows, and the same seed proposes the same ones (the cost sum it compares). */
class RowSearchSpeedTest {
    @Test
    void theSameSeedProposesTheSameRowsAndAnotherSeedOthers() throws Exception {
        Path instance = Path.of(RowSearchSpeedTest.class.getResource("/curtois/Instance2.txt").toURI());
        Roster roster = CurtoisMapping.of(CurtoisParser.parse(instance)).roster();
        RowSearchSpeed.Round first = RowSearchSpeed.round(roster, 40, 7);
        RowSearchSpeed.Round again = RowSearchSpeed.round(roster, 40, 7);
        RowSearchSpeed.Round other = RowSearchSpeed.round(roster, 40, 8);
        assertThat(first.proposals()).isEqualTo(40);
        assertThat(again.costSum()).isEqualTo(first.costSum());
        assertThat(other.costSum()).isNotEqualTo(first.costSum());
        assertThat(first.cpuNanos()).isPositive();
    }
}
