package jp.tsumugi.benchmarks.domain;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The test dataset: a hand-written cooperative of 2 workers, 2 members and 3 demand patterns over two summer months. */
final class TestData {
    private TestData() {
    }

    static Path tiny() {
        try {
            return Path.of(TestData.class.getResource("tiny.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
