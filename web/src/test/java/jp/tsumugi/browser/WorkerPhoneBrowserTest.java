package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * A dispatched worker on a phone (375 × 740): logs in through the form, opens "my schedule" from the menu and reads
 * the days of a published week: where, when and what for, without scrolling sideways.
 */
class WorkerPhoneBrowserTest extends BrowserTest {

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Test
    void aWorkerSeesTheirDaysOnAPhone() {
        long coop = cooperatives.findByCode("hagi").orElseThrow().getId();
        PublishedFixture.ensure(coop, plans, rosters, edits);
        page.setViewportSize(375, 740);

        open("/login");
        page.getByLabel("ユーザー名").fill("worker");
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForLoadState(LoadState.LOAD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("予定").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("わたしの予定"))).isVisible();
        assertThat(page.getByTestId("month-hours")).containsText("目標");

        open("/worker?from=" + PublishedFixture.FROM);
        Locator days = page.getByTestId("day-list").locator("> li");
        assertThat(days).hasCount(8);
        Locator shift = page.getByTestId("shift").first();
        assertThat(shift).isVisible();
        assertThat(shift).containsText("〜");
        assertThat(shift).containsText("場所");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling on a phone").isLessThanOrEqualTo(0);
    }
}
