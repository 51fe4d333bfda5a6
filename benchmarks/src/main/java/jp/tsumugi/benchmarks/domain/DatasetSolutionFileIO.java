package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.fixtures.dataset.DatasetWriter;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code tsumugi-dataset/1} JSON files as rosters for Timefold's Benchmarker, and writes solved rosters back as
 * datasets (the input with its roster replaced by the solved assignments, {@link DatasetMapper#fromRoster}).
 *
 * <p>A roster does not carry the dataset it came from, so writing needs the dataset read for it. This class remembers
 * it by the roster's {@link PlanCalendar}: a problem fact, so the solver's planning clones (the best solution the
 * benchmark writes) share the very same instance. Matched by identity and held weakly, so equal calendars of two
 * cooperatives never mix and finished benchmarks free their datasets.
 */
public final class DatasetSolutionFileIO implements SolutionFileIO<Roster> {
    private static final List<Base> BASES = new ArrayList<>();

    private record Base(WeakReference<PlanCalendar> calendar, Dataset dataset) {
    }

    /** For Timefold, which instantiates the class named in the benchmark configuration. */
    public DatasetSolutionFileIO() {
    }

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public Roster read(File inputSolutionFile) {
        try {
            Dataset dataset = DatasetReader.read(inputSolutionFile.toPath()).orElseThrow();
            Roster roster = DatasetMapper.toRoster(dataset);
            remember(roster, dataset);
            return roster;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + inputSolutionFile, e);
        }
    }

    @Override
    public void write(Roster roster, File outputSolutionFile) {
        Dataset base = baseOf(roster);
        if (base == null) {
            throw new IllegalArgumentException("this roster was not read by " + getClass().getSimpleName()
                    + ", so there is no dataset to write it into");
        }
        try {
            DatasetWriter.write(DatasetMapper.fromRoster(base, roster), outputSolutionFile.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset " + outputSolutionFile, e);
        }
    }

    /** Lets a roster built elsewhere (from a generated dataset, say) be written by {@link #write}. */
    static void remember(Roster roster, Dataset dataset) {
        synchronized (BASES) {
            BASES.removeIf(base -> base.calendar().get() == null);
            BASES.add(new Base(new WeakReference<>(roster.getCalendar()), dataset));
        }
    }

    static Dataset baseOf(Roster roster) {
        synchronized (BASES) {
            for (Base base : BASES) {
                if (base.calendar().get() == roster.getCalendar()) {
                    return base.dataset();
                }
            }
            return null;
        }
    }
}
