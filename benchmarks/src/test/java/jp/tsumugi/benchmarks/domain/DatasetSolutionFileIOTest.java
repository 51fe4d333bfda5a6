package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatasetSolutionFileIOTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSolvedAssignmentsBackIntoTheDatasetItRead() throws IOException {
        DatasetSolutionFileIO io = new DatasetSolutionFileIO();
        Roster roster = io.read(TestData.tiny().toFile());
        Slot open = roster.getSlots().stream().filter(s -> s.getWorker() == null && !s.isPinned()).findFirst().orElseThrow();
        open.setWorker(roster.getWorkers().get(0));

        Path out = dir.resolve("solved.json");
        io.write(roster, out.toFile());

        Dataset written = DatasetReader.read(out).orElseThrow();
        Dataset input = DatasetReader.read(TestData.tiny()).orElseThrow();
        assertThat(written.workers()).isEqualTo(input.workers());
        assertThat(written.roster().assignments()).contains(
                new Dataset.Assignment(open.getId(), roster.getWorkers().get(0).getId(), false));
        assertThat(written.roster().assignments()).hasSize(input.roster().assignments().size() + 1);
    }

    @Test
    void aRosterItDidNotReadCannotBeWritten() throws IOException {
        Roster elsewhere = DatasetMapper.toRoster(DatasetReader.read(TestData.tiny()).orElseThrow());
        assertThatThrownBy(() -> new DatasetSolutionFileIO().write(elsewhere, dir.resolve("x.json").toFile()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
