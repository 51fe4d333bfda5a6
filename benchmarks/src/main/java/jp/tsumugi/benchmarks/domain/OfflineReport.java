package jp.tsumugi.benchmarks.domain;

import org.webjars.WebJarVersionLocator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes Timefold's benchmark report render without a network. Its template ({@code benchmarkReport.html.ftl} in
 * timefold-solver-benchmark) loads Bootstrap, Font Awesome, jQuery, Chart.js, the Chart.js box-plot plugin and the
 * GitHub buttons script from CDNs. This copies local copies from the WebJars on the classpath into
 * {@code website/offline/<webjar>/<version>/} beside {@code index.html} (with the files a stylesheet refers to, such as
 * Font Awesome's web fonts) and points the tags at them; the GitHub buttons script is dropped (the star link stays a
 * plain link). An asset whose WebJar is not on the classpath is dropped with a note in the page: the box-plot plugin
 * has no WebJar on Maven Central, so offline the "Best score distribution" box plots are not drawn. Any other
 * external script or stylesheet (a newer template's) is left alone and reported as unresolved.
 */
public final class OfflineReport {
    static final String OFFLINE_FOLDER = "website/offline/";
    private static final String WEBJARS_PREFIX = "META-INF/resources/webjars/";
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>\\s*</script>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<link\\b([^>]*?)/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL = Pattern.compile("^(https?:)?//", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
    private static final String DISTRIBUTION_PANE = "id=\"summary_bestScoreDistribution-tab-pane\">";

    /** A CDN file the template links, and where its WebJar keeps the same file. */
    record Asset(String label, Pattern url, String webJar, String path) {
        Asset(String label, String url, String webJar, String path) {
            this(label, Pattern.compile(url), webJar, path);
        }
    }

    static final List<Asset> ASSETS = List.of(
            new Asset("Bootstrap CSS", "/bootstrap@[^/]+/dist/css/bootstrap(\\.min)?\\.css$", "bootstrap",
                    "css/bootstrap.min.css"),
            new Asset("Bootstrap JS", "/bootstrap@[^/]+/dist/js/bootstrap\\.bundle(\\.min)?\\.js$", "bootstrap",
                    "js/bootstrap.bundle.min.js"),
            new Asset("Font Awesome", "/font-awesome/[^/]+/css/all(\\.min)?\\.css$", "font-awesome", "css/all.min.css"),
            new Asset("jQuery", "/jquery-\\d[^/]*\\.js$", "jquery", "jquery.min.js"),
            new Asset("Chart.js", "/chart\\.js@[^/]+/dist/chart\\.umd(\\.min)?\\.js$", "chart.js", "dist/chart.umd.js"),
            // No WebJar on Maven Central (checked for 4.2.0); used if one ever appears on the classpath.
            new Asset("Chart.js box-plot plugin", "/@sgratzl/chartjs-chart-boxplot(@[^/]+)?", "sgratzl__chartjs-chart-boxplot",
                    "build/index.umd.min.js"));

    /** External scripts that only decorate the page. */
    static final List<Pattern> DROPPED = List.of(Pattern.compile("^(https?:)?//buttons\\.github\\.io/"));

    /**
     * What the rewrite did, by URL: localized (now local copies), dropped (decoration), missing (known, but no WebJar on
     * the classpath: dropped), unresolved (unknown external script or stylesheet, left in place).
     */
    public record Result(Path index, List<String> localized, List<String> dropped, List<String> missing,
            List<String> unresolved) {
        public boolean isOffline() {
            return unresolved.isEmpty();
        }
    }

    record Rewrite(String html, List<String> localized, List<String> dropped, List<String> missing,
            List<String> unresolved) {
    }

    private OfflineReport() {
    }

    /** Rewrites {@code reportDir/index.html} in place and copies the assets it now needs. */
    public static Result makeOffline(Path reportDir) throws IOException {
        Path index = reportDir.resolve("index.html");
        String html = Files.readString(index, StandardCharsets.UTF_8);
        WebJarVersionLocator locator = new WebJarVersionLocator();
        Rewrite rewrite = rewrite(html, asset -> {
            String fullPath = locator.fullPath(asset.webJar(), asset.path());
            if (fullPath == null) {
                return null;
            }
            String local = OFFLINE_FOLDER + fullPath.substring(WEBJARS_PREFIX.length());
            copyWithReferences(fullPath, reportDir.resolve(local));
            return local;
        });
        Files.writeString(index, rewrite.html(), StandardCharsets.UTF_8);
        return new Result(index, rewrite.localized(), rewrite.dropped(), rewrite.missing(), rewrite.unresolved());
    }

    /**
     * The pure part: rewrites external script and stylesheet tags. {@code localize} gives the local URL of an asset (and
     * puts the file there), or null when it has none.
     */
    static Rewrite rewrite(String html, Function<Asset, String> localize) {
        List<String> localized = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> unresolved = new LinkedHashSet<>();
        Function<Matcher, String> replace = tag -> {
            String attributes = tag.group(1);
            boolean script = tag.group().regionMatches(true, 0, "<script", 0, 7);
            Matcher url = attribute(attributes, script ? "src" : "href");
            if (url == null || !EXTERNAL.matcher(value(url)).find()) {
                return tag.group();
            }
            String address = value(url);
            if (DROPPED.stream().anyMatch(p -> p.matcher(address).find())) {
                dropped.add(address);
                return "<!-- offline report: decoration script dropped -->";
            }
            for (Asset asset : ASSETS) {
                if (asset.url().matcher(stripQuery(address)).find()) {
                    String local = localize.apply(asset);
                    if (local == null) {
                        missing.add(address);
                        return "<!-- offline report: " + asset.label() + " has no WebJar; dropped -->";
                    }
                    localized.add(address);
                    String rewritten = attributes.substring(0, url.start(1)) + "\"" + local + "\""
                            + attributes.substring(url.end(1));
                    rewritten = removeAttribute(removeAttribute(rewritten, "integrity"), "crossorigin");
                    return script ? "<script" + rewritten + "></script>" : "<link" + rewritten + ">";
                }
            }
            unresolved.add(address);
            return tag.group();
        };
        String result = replaceAll(SCRIPT, html, replace);
        result = replaceAll(LINK, result, replace);
        if (missing.stream().anyMatch(url -> url.contains("chartjs-chart-boxplot"))) {
            result = result.replace(DISTRIBUTION_PANE, DISTRIBUTION_PANE + "\n<div class=\"alert alert-warning\">"
                    + "This offline copy of the report cannot draw box plots: the Chart.js box-plot plugin is not"
                    + " available as a WebJar.</div>");
        }
        return new Rewrite(result, localized, dropped, missing, List.copyOf(unresolved));
    }

    private static String replaceAll(Pattern pattern, String text, Function<Matcher, String> replace) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replace.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The attribute's match, group 1 its quoted value (quotes included); null when the tag has none. */
    private static Matcher attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?<![\\w-])" + name + "\\s*=\\s*(\"[^\"]*\"|'[^']*')", Pattern.CASE_INSENSITIVE)
                .matcher(attributes);
        return m.find() ? m : null;
    }

    private static String value(Matcher attribute) {
        String quoted = attribute.group(1);
        return quoted.substring(1, quoted.length() - 1);
    }

    private static String removeAttribute(String attributes, String name) {
        return attributes.replaceAll("(?i)\\s+" + name + "(\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?", "");
    }

    private static String stripQuery(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return url.substring(0, cut);
    }

    /** Copies a classpath resource, and for a stylesheet also the relative files it refers to (fonts, images). */
    static void copyWithReferences(String resource, Path target) {
        byte[] bytes = readResource(resource);
        if (bytes == null) {
            throw new IllegalStateException("resource " + resource + " is not on the classpath");
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!resource.endsWith(".css")) {
            return;
        }
        String css = new String(bytes, StandardCharsets.UTF_8);
        Matcher url = CSS_URL.matcher(css);
        Set<String> seen = new LinkedHashSet<>();
        while (url.find()) {
            String ref = stripQuery(url.group(2).trim());
            if (ref.isEmpty() || ref.startsWith("data:") || EXTERNAL.matcher(ref).find() || ref.startsWith("/")
                    || !seen.add(ref)) {
                continue;
            }
            String referenced = Path.of(resource).resolveSibling(ref).normalize().toString().replace('\\', '/');
            byte[] file = readResource(referenced);
            if (file == null) {
                continue; // a stylesheet may name files its package does not ship (e.g. old font formats)
            }
            try {
                Path to = target.resolveSibling(ref).normalize();
                Files.createDirectories(to.getParent());
                Files.write(to, file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = OfflineReport.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every URL that a script or link tag of the HTML loads from http(s) or a protocol-relative address. */
    static List<String> externalResources(String html) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : List.of(SCRIPT, LINK, Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE))) {
            Matcher tag = pattern.matcher(html);
            while (tag.find()) {
                boolean script = tag.group().regionMatches(true, 0, "<script", 0, 7);
                Matcher url = attribute(tag.group(1), script ? "src" : "href");
                if (url != null && EXTERNAL.matcher(value(url)).find() && !found.contains(value(url))) {
                    found.add(value(url));
                }
            }
        }
        return found;
    }
}
