package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's first visit, end to end in Chromium: log in to the demo, create a plan, solve it for a few seconds
 * and watch the progress update without a page reload, then read why the roster is as it is.
 */
class SecretariatJourneyBrowserTest extends BrowserTest {

    @Test
    void solveTheDemoAndReadAnExplanation() {
        open("/login");
        page.getByLabel("ユーザー名").fill("office");
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForLoadState(LoadState.LOAD);

        open("/plans");
        page.getByLabel("名前").fill("ブラウザの計画");
        page.getByLabel("開始日").fill("2026-05-11");
        page.getByLabel("終了日").fill("2026-05-24");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("計画を作成")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ブラウザの計画"))).isVisible();
        assertThat(page.getByTestId("plan-status")).hasText("未計算");

        page.locator("select[name=seconds]").selectOption("10");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("計算開始")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByTestId("plan-status")).hasText("計算中");

        // From here on the page must not reload: htmx swaps the progress block in place.
        AtomicInteger navigations = new AtomicInteger();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.incrementAndGet();
            }
        });
        Locator elapsed = page.getByTestId("progress-elapsed");
        String first = elapsed.textContent();
        page.waitForCondition(() -> !elapsed.textContent().equals(first),
                new Page.WaitForConditionOptions().setTimeout(15_000));
        assertThat(page.getByTestId("progress-score")).containsText("違反");
        assertThat(page.getByTestId("plan-status")).hasText("計算済み",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(navigations.get()).as("page reloads while solving").isZero();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("理由 (ルール違反)")).click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("この勤務表になった理由"))).isVisible();
        Locator explanations = page.getByTestId("explanations").locator("li");
        assertThat(explanations.first()).isVisible();
        assertThat(explanations.first()).not().isEmpty();
    }
}
