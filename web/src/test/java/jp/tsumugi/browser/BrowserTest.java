package jp.tsumugi.browser;

import jp.tsumugi.PostgresSpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the end-to-end tests: the app on a random port with PostgreSQL
 * ({@link jp.tsumugi.PostgresSpringBootTest}, one context with the MockMvc tests) driven by the system's headless Chromium through Playwright.
 *
 * <p>One Playwright driver and one browser per test class; a fresh {@link BrowserContext}
 * (no cookies, locale ja-JP) and {@link Page} per test. Playwright never downloads a browser:
 * it launches {@code /usr/bin/chromium} ({@code apt-get install -y chromium}, done by
 * {@code .ci/run}). If Chromium is missing the tests fail, they never skip. A failing test
 * leaves a screenshot in {@code web/target/browser-screenshots/}.
 */
@PostgresSpringBootTest
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /**
     * No browser download. The driver runs on the Node.js bundled with Playwright (extracted to the temp folder
     * and removed on close): a fresh machine's system Node may be older than the version 20 Playwright 1.62 needs.
     * Surefire sets the same variable (web/pom.xml) for the driver's children.
     */
    private static final Map<String, String> DRIVER_ENV = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

    /** Headless, and quiet: no background, update or sync traffic on the closed network. */
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic");

    private static Playwright playwright;

    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext context;

    /** The page of the running test. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " not found: browser tests need Debian's Chromium"
                    + " (apt-get install -y chromium; .ci/run installs it). Playwright never downloads one.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(DRIVER_ENV));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
        } catch (RuntimeException e) {
            playwright.close();
            playwright = null;
            throw e;
        }
    }

    @AfterAll
    static void closeBrowser() {
        // Closing the driver also deletes what it extracted to the temp folder.
        if (playwright != null) {
            playwright.close();
        }
        browser = null;
        playwright = null;
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        context = null;
        page = null;
    }

    /** {@code http://localhost:<port>}, without a trailing slash. */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Navigates the test's page to {@code path} (e.g. {@code "/login"}) and waits for the load event. */
    protected Page open(String path) {
        page.navigate(baseUrl() + path);
        return page;
    }

    /** For {@link ScreenshotOnFailure}: the page of the running test, or null. */
    Page currentPage() {
        return page;
    }
}
