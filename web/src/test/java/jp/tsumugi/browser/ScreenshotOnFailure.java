package jp.tsumugi.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Saves a full-page screenshot of a failed {@link BrowserTest} to
 * {@code target/browser-screenshots/<TestClass>.<method>.png}, for debugging CI runs. Runs right
 * after the test method, before {@code @AfterEach} closes the page.
 */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    /** Set by surefire (web/pom.xml); the fallback is for IDE runs from the module folder. */
    static final Path DIRECTORY =
            Path.of(System.getProperty("tsumugi.browser.screenshots", "target/browser-screenshots"));

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        Throwable failure = extension.getExecutionException().orElse(null);
        if (failure == null || !(extension.getRequiredTestInstance() instanceof BrowserTest test)) {
            return;
        }
        Page page = test.currentPage();
        if (page == null || page.isClosed()) {
            return;
        }
        Path file = DIRECTORY.resolve(
                extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName()
                        + ".png");
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            failure.addSuppressed(new ScreenshotSaved(file.toAbsolutePath(), page.url()));
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Shows the screenshot's location in the failure report; not an error of its own. */
    private static final class ScreenshotSaved extends RuntimeException {

        ScreenshotSaved(Path file, String url) {
            super("Screenshot of " + url + " saved to " + file, null, false, false);
        }
    }
}
