package jp.tsumugi.benchmarks.domain;

import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.generator.CooperativeGenerator;
import jp.tsumugi.fixtures.generator.Preset;

import java.util.Arrays;
import java.util.List;

/**
 * The generator's presets ({@code hagi}, {@code tsuwano}, {@code medium}, {@code large}, {@code prefecture}) as
 * problems: generated in memory with {@link CooperativeGenerator}, FY{@value Preset#DEFAULT_FISCAL_YEAR}, seed
 * {@value Preset#DEFAULT_SEED} unless another is given, so runs are reproducible and match the committed
 * {@code datasets/hagi.json} and {@code tsuwano.json}.
 */
final class Presets {
    /** The preset names, smallest first. */
    static final List<String> NAMES = Arrays.stream(Preset.values()).map(Preset::id).toList();

    private Presets() {
    }

    static Dataset load(String name, long seed) {
        return CooperativeGenerator.generate(Preset.byId(name.trim()), seed);
    }
}
