package jp.tsumugi.benchmarks.curtois;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The Curtois instances copied unchanged into src/test/resources/curtois, so tests need no shared folder. */
final class Resources {
    private Resources() {
    }

    static String text(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/curtois/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource curtois/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CurtoisInstance instance(int n) {
        String name = "Instance" + n + ".txt";
        return CurtoisParser.parse(name, text(name));
    }

    static Path folder() {
        try {
            return Path.of(Resources.class.getResource("/curtois/best-known.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
