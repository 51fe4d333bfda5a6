package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.benchmarks.curtois.CurtoisMapping;
import jp.tsumugi.benchmarks.curtois.CurtoisParser;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.dataset.DatasetMapper;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.Roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One problem to measure: a name (the preset, or the file name without {@code .json}), where it came from, and the
 * dataset. A dataset file that is not valid stops the run with every problem the reader found.
 */
record Problem(String name, String source, Dataset dataset) {

    static Problem preset(String name, long seed) {
        String id = name.trim().toLowerCase(java.util.Locale.ROOT);
        return new Problem(id, "preset " + id + ", seed " + seed, Presets.load(id, seed));
    }

    /**
     * The roster of a tuning harness's problem argument: a Curtois instance file ({@code ….txt}) mapped by
     * {@link CurtoisMapping}, else a preset generated with {@code seed}.
     */
    static Roster roster(String presetOrInstance, long seed) {
        return presetOrInstance.endsWith(".txt")
                ? CurtoisMapping.of(CurtoisParser.parse(Path.of(presetOrInstance))).roster()
                : DatasetMapper.toRoster(preset(presetOrInstance, seed).dataset());
    }

    static Problem file(Path file) {
        try {
            Dataset dataset = DatasetReader.read(file).orElseThrow();
            String fileName = file.getFileName().toString();
            String name = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
            return new Problem(name, file.toString(), dataset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dataset " + file, e);
        }
    }

    /** Presets first, then files, in the order given; names must be unique (they name report rows and folders). */
    static List<Problem> resolve(List<String> presets, long seed, List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        presets.forEach(p -> problems.add(preset(p, seed)));
        files.forEach(f -> problems.add(file(f)));
        Set<String> names = new HashSet<>();
        for (Problem problem : problems) {
            if (!names.add(problem.name())) {
                throw new IllegalArgumentException("two problems are named '" + problem.name()
                        + "'; rename one of the dataset files");
            }
        }
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("nothing to run: give --presets and/or --dataset FILE");
        }
        return problems;
    }

    int workerCount() {
        return dataset.workers().size();
    }
}
