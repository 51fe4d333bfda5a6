package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Smoke test of the browser setup: the public pages render in Chromium, in Japanese, offline. */
class HomePageBrowserTest extends BrowserTest {

    @Test
    void homePageRendersInJapaneseWithHtmxFromThisServerOnly() {
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));

        open("/");

        assertThat(page).hasTitle("紡ぎ Tsumugi — 年間派遣計画");
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(heading("紡ぎ Tsumugi")).isVisible();
        assertThat(heading("デモを試す")).isVisible();
        assertThat(page.getByText("はぎ地域づくり協同組合 (デモ)")).isVisible();

        assertThat(page.evaluate("typeof htmx !== 'undefined'"))
                .as("htmx is defined in the page")
                .isEqualTo(true);
        assertThat(requests)
                .as("requests made by the home page")
                .anyMatch(url -> url.startsWith(baseUrl() + "/webjars/htmx.org/") && url.endsWith("/dist/htmx.min.js"))
                .allMatch(url -> url.startsWith(baseUrl() + "/") || url.startsWith("data:") || url.startsWith("about:"));
    }

    @Test
    void loginPageShowsTheSignInForm() {
        open("/login");

        assertThat(page).hasTitle("ログイン — 紡ぎ Tsumugi");
        assertThat(heading("ログイン")).isVisible();
        assertThat(page.getByLabel("ユーザー名")).isVisible();
        assertThat(page.getByLabel("ユーザー名")).isEditable();
        assertThat(page.getByLabel("パスワード")).hasAttribute("type", "password");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")))
                .isVisible();
        assertThat(page.locator("form[action='/login'][method='post'] input[name='_csrf']"))
                .hasAttribute("value", Pattern.compile(".+"));
    }

    private Locator heading(String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
