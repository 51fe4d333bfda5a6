package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPatternRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member enters a seasonal request in its portal; the secretariat then sees it among the demand. */
class MemberRequestBrowserTest extends BrowserTest {

    private static final String CODE = "browser-request-1";

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private CooperativeRepository cooperatives;

    @AfterEach
    void removeTheRequest() {
        long demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        patterns.findByCooperativeIdAndCode(demo, CODE).ifPresent(patterns::delete);
    }

    private void logIn(String username) {
        open("/login");
        page.getByLabel("ユーザー名").fill(username);
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForLoadState(LoadState.LOAD);
    }

    @Test
    void aMembersNewRequestBecomesDemandForTheSecretariat() {
        logIn("member");
        open("/member/demand/new");
        page.locator("[name=code]").fill(CODE);
        page.locator("select[name=siteId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("select[name=jobTypeId]").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        page.locator("[name=from]").fill("2026-10-05");
        page.locator("[name=to]").fill("2026-10-09");
        page.locator("[name=start]").fill("08:00");
        page.locator("[name=end]").fill("17:00");
        page.locator("[name=breakMinutes]").fill("60");
        page.locator("[name=required]").fill("1");
        page.locator("[name=optional]").fill("0");
        page.locator("[name=note]").fill("ブラウザからの依頼");
        page.locator("form[action='/member/demand/new'] button[type=submit]").click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByText(CODE).first()).isVisible();

        page.context().clearCookies();
        logIn("office");
        open("/demand?q=" + CODE);
        assertThat(page.getByText(CODE).first()).isVisible();
        assertThat(page.getByText("ブラウザからの依頼").first()).isVisible();
    }
}
