package jp.tsumugi.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.Charset;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.members.MemberRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat imports members from a CSV saved by Japanese Excel (Shift_JIS): from the data page to the import
 * page, a file too large is refused with a message, a file with a slip is explained row by row, and the corrected one
 * is previewed and imported.
 */
class ImportBrowserTest extends BrowserTest {

    private static final String CODE = "browser-import-1";

    @Autowired
    private MemberRepository members;

    @Autowired
    private CooperativeRepository cooperatives;

    @AfterEach
    void removeTheMember() {
        long demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        members.findByCooperativeIdAndCode(demo, CODE).ifPresent(members::delete);
    }

    private static FilePayload csv(String text) {
        return new FilePayload("組合員.csv", "text/csv", text.getBytes(Charset.forName("windows-31j")));
    }

    @Test
    void aSecretariatImportsMembersFromAnExcelCsv() {
        open("/login");
        page.getByLabel("ユーザー名").fill("office");
        page.getByLabel("パスワード").fill("tsumugi-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
        page.waitForLoadState(LoadState.LOAD);

        open("/data");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Excel・CSVの取り込みへ")).click();
        page.waitForLoadState(LoadState.LOAD);
        page.getByLabel("取り込むもの").selectOption("members");
        // through the real server: a file above the page's limit is refused with a message, not an error page
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        page.getByLabel("ファイル（xlsx・CSV）").setInputFiles(new FilePayload("big.csv", "text/csv", big));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認する")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByText("ファイルが大きすぎます。", new Page.GetByTextOptions().setExact(false))).isVisible();
        page.getByLabel("取り込むもの").selectOption("members");
        page.getByLabel("ファイル（xlsx・CSV）").setInputFiles(csv("コード,名称,区分\r\n" + CODE + ",ブラウザ農園,組合員さん\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認する")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByText("2行目")).isVisible();
        assertThat(page.getByText("C列「区分」")).isVisible();
        assertThat(page.getByText("「組合員さん」は選べる値ではありません。", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む"))).hasCount(0);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← 別のファイルを選ぶ")).click();
        page.waitForLoadState(LoadState.LOAD);
        page.getByLabel("ファイル（xlsx・CSV）").setInputFiles(csv("コード,名称,区分\r\n" + CODE + ",ブラウザ農園,組合員\r\n"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認する")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByText("新規追加: 1件")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む（追加 1件・更新 0件）")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertThat(page.getByText("「組合員.csv」を取り込みました（追加 1件、更新 0件）。")).isVisible();

        open("/members?q=" + CODE);
        assertThat(page.getByText("ブラウザ農園").first()).isVisible();
    }
}
