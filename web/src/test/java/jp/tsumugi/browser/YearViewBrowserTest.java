package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The year at a glance in Chromium: clicking a day with work opens its details beside the grid, without a reload. */
class YearViewBrowserTest extends BrowserTest {

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private CooperativeRepository cooperatives;

    @Test
    void clickingAFilledCellShowsItsDetailsInThePanel() {
        long demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        long planId = plans.save(new Plan(demo, "年間一覧 (ブラウザ)", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 31))).getId();
        Roster roster = rosters.load(demo, planId);
        Slot slot = roster.getSlots().stream().filter(s -> s.getDate().equals(LocalDate.of(2026, 5, 11)))
                .min(Comparator.comparing(Slot::getId)).orElseThrow();
        slot.setWorker(roster.getWorkers().stream().filter(w -> w.getId().equals("w02")).findFirst().orElseThrow());
        rosters.save(demo, planId, roster);

        logIn();
        open("/plans/" + planId + "/year");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("年間一覧"))).isVisible();
        page.evaluate("window.notReloaded = true");

        Locator cell = page.locator("tr[data-worker='w02'] a[href$='date=2026-05-11']");
        cell.click();

        Locator details = page.getByTestId("cell-panel").getByTestId("cell-details");
        assertThat(details).isVisible();
        assertThat(details).containsText(slot.getMember().getName());
        assertThat(details).containsText(slot.getSite().getName());
        assertThat(details.locator("a[href*='/slot?slot=']")).hasCount(1);
        assertThat(page.evaluate("window.notReloaded === true")).as("same page, no reload").isEqualTo(true);
        assertThat(page).hasURL(baseUrl() + "/plans/" + planId + "/year");
        if (Boolean.getBoolean("tsumugi.screenshots")) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser-screenshots/year-view.png"))
                    .setFullPage(true));
        }
    }

    private void logIn() {
        open("/login");
        page.getByLabel("ユーザー名").fill("office");
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }
}
