package jp.tsumugi.benchmarks.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineReportTest {
    /** A script or link tag that loads from http(s) or a protocol-relative address. */
    private static final Pattern CDN_TAG = Pattern.compile(
            "<(script|link)\\b[^>]*\\b(src|href)\\s*=\\s*[\"']?(https?:)?//", Pattern.CASE_INSENSITIVE);

    @TempDir
    Path report;

    @Test
    void sampleReportLoadsNothingFromTheNetworkAfterTheRewrite() throws IOException {
        Files.write(report.resolve("index.html"), resource("sample-report.html"));

        OfflineReport.Result result = OfflineReport.makeOffline(report);

        String html = Files.readString(report.resolve("index.html"));
        assertThat(CDN_TAG.matcher(html).find()).as("a CDN script or link is left:\n" + html).isFalse();
        assertThat(OfflineReport.externalResources(html)).isEmpty();
        assertThat(result.isOffline()).isTrue();
        assertThat(result.localized()).hasSize(5);
        assertThat(result.dropped()).containsExactly("https://buttons.github.io/buttons.js");
        assertThat(result.missing()).containsExactly("https://unpkg.com/@sgratzl/chartjs-chart-boxplot@4.2.0");

        // Every rewritten tag points at a file that is there.
        Matcher local = Pattern.compile("(?:src|href)=\"(website/offline/[^\"]+)\"").matcher(html);
        int count = 0;
        while (local.find()) {
            assertThat(report.resolve(local.group(1))).as(local.group(1)).isRegularFile();
            count++;
        }
        assertThat(count).isEqualTo(5);
        assertThat(html).contains("src=\"website/offline/jquery/3.6.4/jquery.min.js\"")
                .contains("href=\"website/offline/bootstrap/5.2.3/css/bootstrap.min.css\"")
                .contains("src=\"website/offline/chart.js/4.3.3/dist/chart.umd.js\"")
                .doesNotContain("integrity=").doesNotContain("crossorigin=");
        // Font Awesome's stylesheet brings its fonts.
        assertThat(report.resolve("website/offline/font-awesome/6.4.2/webfonts/fa-solid-900.woff2")).isRegularFile();
        assertThat(report.resolve("website/offline/font-awesome/6.4.2/webfonts/fa-brands-400.woff2")).isRegularFile();
        // Local tags, plain links and the page itself stay as they were.
        assertThat(html).contains("<script src=\"website/js/app.js\"></script>")
                .contains("<link href=\"website/css/app.css\" rel=\"stylesheet\"/>")
                .contains("<a href=\"https://timefold.ai\">Timefold</a>")
                .contains("<canvas id=\"chart_distribution\"></canvas>");
        // Without the box-plot plugin the distribution tab says why it is empty.
        assertThat(html).contains("cannot draw box plots");
    }

    @Test
    void timefoldsReportTemplateHasNoExternalAssetTheRewriteDoesNotKnow() throws IOException {
        String template = new String(resource("/ai/timefold/solver/benchmark/impl/report/benchmarkReport.html.ftl"),
                StandardCharsets.UTF_8);
        assertThat(OfflineReport.externalResources(template)).as("the template links CDNs").isNotEmpty();

        OfflineReport.Rewrite rewrite = OfflineReport.rewrite(template, asset -> "website/offline/" + asset.webJar());

        assertThat(rewrite.unresolved()).isEmpty();
        assertThat(OfflineReport.externalResources(rewrite.html())).isEmpty();
        assertThat(rewrite.localized()).hasSize(OfflineReport.ASSETS.size());
    }

    @Test
    void everyAssetButTheBoxPlotPluginHasItsWebJarOnTheClasspath() {
        WebJarVersionLocator locator = new WebJarVersionLocator();
        for (OfflineReport.Asset asset : OfflineReport.ASSETS) {
            String path = locator.fullPath(asset.webJar(), asset.path());
            if (asset.webJar().contains("boxplot")) {
                assertThat(path).as(asset.label()).isNull();
            } else {
                assertThat(path).as(asset.label()).isNotNull();
            }
        }
    }

    @Test
    void leavesAnUnknownCdnInPlaceAndReportsIt() {
        String html = "<script src=\"https://cdn.example.org/other.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"//cdn.example.org/x.css\">";
        OfflineReport.Rewrite rewrite = OfflineReport.rewrite(html, asset -> "local");
        assertThat(rewrite.html()).isEqualTo(html);
        assertThat(rewrite.unresolved()).containsExactly("https://cdn.example.org/other.js", "//cdn.example.org/x.css");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OfflineReportTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
