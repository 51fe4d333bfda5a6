package jp.tsumugi.benchmarks.domain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} / {@code --name=value} options; a name may repeat. Unknown names are an error. */
final class Args {
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Args() {
    }

    static Args parse(String[] args, Set<String> known) {
        Args result = new Args();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name;
            String value;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(2, eq);
                value = arg.substring(eq + 1);
            } else {
                name = arg.substring(2);
                if (name.equals("help")) {
                    value = "";
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: --" + String.join(", --", known));
            }
            result.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name, String fallback) {
        List<String> list = values.get(name);
        return list == null ? fallback : list.get(list.size() - 1);
    }

    /** Every value of a repeatable option, each split at commas. */
    List<String> list(String name) {
        List<String> result = new ArrayList<>();
        for (String value : values.getOrDefault(name, List.of())) {
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(result::add);
        }
        return result;
    }

    List<Path> paths(String name) {
        return values.getOrDefault(name, List.of()).stream().map(Path::of).toList();
    }

    Duration duration(String name, Duration fallback) {
        return has(name) ? Durations.parse(get(name, null)) : fallback;
    }

    List<Duration> durations(String name, List<Duration> fallback) {
        return has(name) ? list(name).stream().map(Durations::parse).toList() : fallback;
    }

    /** {@code --seed} for the generator's presets; the generator's default seed when absent. */
    long seed() {
        return Long.parseLong(get("seed", String.valueOf(jp.tsumugi.fixtures.generator.Preset.DEFAULT_SEED)));
    }

    /** The default output folder: under the repository root when the script says where that is. */
    static Path defaultOut(String relative) {
        String root = System.getProperty("tsumugi.root");
        return root == null ? Path.of(relative) : Path.of(root).resolve(relative);
    }
}
