package jp.tsumugi.benchmarks.curtois;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published best values ({@code best-known.csv}: instance,days,employees,shift_types,lower_bound,best_known). */
public final class BestKnown {
    private final Map<String, Long> values;
    private final Path source;

    private BestKnown(Map<String, Long> values, Path source) {
        this.values = Map.copyOf(values);
        this.source = source;
    }

    public static BestKnown none() {
        return new BestKnown(Map.of(), null);
    }

    /** Looks for best-known.csv in the data folder's parent, then in the data folder itself. */
    public static BestKnown find(Path dataDir) {
        Path parent = dataDir.toAbsolutePath().normalize().getParent();
        for (Path candidate : parent == null ? List.of(dataDir.resolve("best-known.csv"))
                : List.of(parent.resolve("best-known.csv"), dataDir.resolve("best-known.csv"))) {
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return none();
    }

    public static BestKnown read(Path csv) {
        try {
            return parse(csv.getFileName().toString(), Files.readString(csv, StandardCharsets.UTF_8), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    static BestKnown parse(String name, String text, Path source) {
        String[] lines = text.split("\r\n|\r|\n");
        if (lines.length == 0) {
            throw new CurtoisFormatException(name, 0, "empty file");
        }
        List<String> header = Arrays.stream(lines[0].split(",")).map(String::trim).toList();
        int instance = header.indexOf("instance");
        int best = header.indexOf("best_known");
        if (instance < 0 || best < 0) {
            throw new CurtoisFormatException(name, 1, "header needs the columns instance and best_known");
        }
        Map<String, Long> values = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length <= Math.max(instance, best)) {
                throw new CurtoisFormatException(name, i + 1, "too few columns");
            }
            try {
                values.put(f[instance].trim(), Long.parseLong(f[best].trim()));
            } catch (NumberFormatException e) {
                throw new CurtoisFormatException(name, i + 1, "best_known is not a whole number: '" + f[best].trim() + "'");
            }
        }
        return new BestKnown(values, source);
    }

    public Optional<Long> of(String instanceName) {
        return Optional.ofNullable(values.get(instanceName));
    }

    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }
}
