package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.workerportal.PublishedFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat prints a month's contract papers in a few clicks: from the menu to the contracts, a member's §26
 * summary, then the month's documents and a §35 notice of a published week.
 */
class ContractPapersBrowserTest extends BrowserTest {

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Test
    void fromTheMenuToAContractSummaryAndANotice() {
        long coop = cooperatives.findByCode("hagi").orElseThrow().getId();
        long plan = PublishedFixture.ensure(coop, plans, rosters, edits);

        open("/login");
        page.getByLabel("ユーザー名").fill("office");
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForLoadState(LoadState.LOAD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("派遣契約").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("個別契約 (労働者派遣契約)")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("開く")).first().click();
        assertThat(page.getByTestId("summary")).containsText("JA萩 三見営農センター 御中");
        assertThat(page.getByTestId("summary")).containsText("指揮命令者");

        open("/contracts/documents?plan=" + plan + "&month=2026-06");
        assertThat(page.getByTestId("notices")).isVisible();
        page.getByTestId("notices").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("開く")).first().click();
        assertThat(page.getByTestId("notice")).containsText("派遣先通知書 (第35条)");
        assertThat(page.getByTestId("notice")).containsText("協定対象派遣労働者か否か");
    }
}
