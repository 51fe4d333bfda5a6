package jp.tsumugi.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.members.TestCooperatives;
import jp.tsumugi.web.skills.Skill;
import jp.tsumugi.web.skills.SkillRepository;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports from Excel and CSV, on PostgreSQL, into a cooperative of the test's own. Every refused file must leave the
 * database exactly as it was (rows counted before and after), and every problem must name its row and column.
 */
@PostgresSpringBootTest
class ImportControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private SkillRepository skills;

    @Autowired
    private MemberRepository members;

    @Autowired
    private SiteRepository sites;

    @Autowired
    private JobTypeRepository jobTypes;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private TransactionTemplate transactions;

    private TestCooperatives.Secretariat own;

    private MockHttpSession session;

    private static final Charset SJIS = Charset.forName("windows-31j");

    private static final String WORKER_HEADER = "コード,氏名,性別,生年月日,月間目標時間,無期雇用,資格";

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "imports");
        session = new MockHttpSession();
        long c = own.cooperativeId();
        skills.save(new Skill(c, "forklift", "フォークリフト"));
        skills.save(new Skill(c, "driving", "普通自動車免許"));
        skills.save(new Skill(c, "food", "食品衛生"));
        Member ja = members.save(new Member(c, "m01", "JAあぶらんど萩", MemberKind.MEMBER));
        Site site = new Site(c, "s01", ja, "萩選果場", Industry.AGRICULTURE);
        sites.save(site);
        jobTypes.save(new JobType(c, "packing", "選果・箱詰め", JobCategory.ORDINARY));
        jobTypes.save(new JobType(c, "port", "港湾運送", JobCategory.PROHIBITED));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private MvcResult upload(String kind, String fileName, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/data/imports/preview").file(new MockMultipartFile("file", fileName,
                        "application/octet-stream", bytes)).param("kind", kind).session(session).with(csrf())
                        .with(user(own.user())))
                .andExpect(status().isOk()).andReturn();
    }

    private static ImportPreview preview(MvcResult result) {
        return (ImportPreview) result.getModelAndView().getModel().get("preview");
    }

    private MvcResult confirm(MvcResult previewed) throws Exception {
        String token = (String) previewed.getModelAndView().getModel().get("token");
        assertThat(token).as("a token to confirm with").isNotNull();
        return mvc.perform(post("/data/imports/confirm").param("token", token).session(session).with(csrf())
                .with(user(own.user()))).andReturn();
    }

    /** Rows of the cooperative in every table an import writes. */
    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String table : List.of("worker", "worker_skill", "member", "site", "site_skill", "demand_pattern",
                "demand_pattern_skill")) {
            String where = table.endsWith("_skill") && !table.equals("worker_skill")
                    ? " t join " + table.replace("_skill", "") + " o on o.id = t." + table.replace("_skill", "")
                            + "_id where o.cooperative_id = ?"
                    : " where cooperative_id = ?";
            counts.put(table, jdbc.queryForObject("select count(*) from " + table + where, Integer.class,
                    own.cooperativeId()));
        }
        return counts;
    }

    private String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> messages(ImportPreview preview) {
        return preview.problems().stream().map(p -> p.row() + "|" + p.column() + "|" + p.header() + "|"
                + p.message()).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bom(String text) {
        return utf8("\uFEFF" + text);
    }

    // ------------------------------------------------------------------------------------------ encodings

    @Test
    void importsMembersFromUtf8CsvWithoutBom() throws Exception {
        MvcResult checked = upload("members", "members.csv", utf8("コード,名称,区分\nm02,大井酒造,組合員\nm03,萩市,関係市町村\n"));
        assertThat(preview(checked).problems()).isEmpty();
        assertThat(preview(checked).created()).containsExactly("m02", "m03");
        assertThat(body(checked)).contains("新規追加: 2件");
        assertThat(counts().get("member")).isEqualTo(1);
        MvcResult done = confirm(checked);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/data/imports?kind=members");
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m03").orElseThrow().getKind())
                .isEqualTo(MemberKind.RELATED_MUNICIPALITY);
        assertThat(counts().get("member")).isEqualTo(3);
    }

    @Test
    void acceptsTheEnglishHeadersAndValuesToo() throws Exception {
        MvcResult checked = upload("members", "members.csv", utf8("Code,Name,Kind\nm30,Sake brewery,NON_MEMBER\n"));
        assertThat(messages(preview(checked))).isEmpty();
        confirm(checked);
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m30").orElseThrow().getKind())
                .isEqualTo(MemberKind.NON_MEMBER);
    }

    @Test
    void importsSitesFromCsvWithBomAndUpdatesByCode() throws Exception {
        String csv = "コード,組合員コード,名称,所在地,緯度,経度,業種,必要な資格\r\n"
                + "s01,m01,萩選果場（新）,山口県萩市椿東,34.4078,131.3992,農業,フォークリフト\r\n"
                + "s02,m01,\"むつみ集荷場, 第2\",,,,農業,\r\n";
        MvcResult checked = upload("sites", "sites.csv", bom(csv));
        assertThat(messages(preview(checked))).isEmpty();
        assertThat(preview(checked).updated()).containsExactly("s01");
        assertThat(preview(checked).created()).containsExactly("s02");
        confirm(checked);
        transactions.executeWithoutResult(t -> {
            Site s01 = sites.findByCooperativeIdAndCode(own.cooperativeId(), "s01").orElseThrow();
            assertThat(s01.getName()).isEqualTo("萩選果場（新）");
            assertThat(s01.getLatitude()).isEqualTo(34.4078);
            assertThat(s01.getRequiredSkills()).extracting(Skill::getCode).containsExactly("forklift");
            assertThat(sites.findByCooperativeIdAndCode(own.cooperativeId(), "s02").orElseThrow().getName())
                    .isEqualTo("むつみ集荷場, 第2");
        });
    }

    @Test
    void importsWorkersFromShiftJisAsJapaneseExcelSavesIt() throws Exception {
        String csv = WORKER_HEADER + "\r\n"
                + "w01,山田 太郎,男,1985/4/12,１４０,はい,フォークリフト(2024/4/1～2027/3/31)、普通自動車免許\r\n"
                + "w02,髙橋 花子,女性,昭和62年11月3日,120.5,×,\r\n";
        byte[] sjis = csv.getBytes(SJIS);
        assertThat(new String(sjis, StandardCharsets.UTF_8)).as("not valid UTF-8").contains("\uFFFD");
        MvcResult checked = upload("workers", "職員.csv", sjis);
        assertThat(messages(preview(checked))).isEmpty();
        confirm(checked);
        transactions.executeWithoutResult(t -> {
            Worker w01 = workers.findByCooperativeIdAndCode(own.cooperativeId(), "w01").orElseThrow();
            assertThat(w01.getName()).isEqualTo("山田 太郎");
            assertThat(w01.getSex()).isEqualTo("MALE");
            assertThat(w01.getBirthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
            assertThat(w01.getMonthlyTargetMinutes()).isEqualTo(140 * 60);
            Worker w02 = workers.findByCooperativeIdAndCode(own.cooperativeId(), "w02").orElseThrow();
            assertThat(w02.getName()).isEqualTo("髙橋 花子");
            assertThat(w02.getBirthDate()).isEqualTo(LocalDate.of(1987, 11, 3));
            assertThat(w02.isOpenEnded()).isFalse();
            assertThat(w02.getMonthlyTargetMinutes()).isEqualTo(7230);
        });
        List<Map<String, Object>> held = jdbc.queryForList("select s.code, ws.valid_from, ws.valid_until from "
                + "worker_skill ws join skill s on s.id = ws.skill_id join worker w on w.id = ws.worker_id "
                + "where w.cooperative_id = ? and w.code = 'w01' order by s.code", own.cooperativeId());
        assertThat(held).hasSize(2);
        assertThat(held.get(1).get("code")).isEqualTo("forklift");
        assertThat(held.get(1).get("valid_until").toString()).isEqualTo("2027-03-31");
    }

    @Test
    void refusesAFileInAnUnknownEncodingAndChangesNothing() throws Exception {
        Map<String, Integer> before = counts();
        // Latin-1 (not UTF-8, not Shift_JIS)
        MvcResult latin = upload("workers", "workers.csv", "コード,氏名\nw01,Müller\n".replace("コード,氏名",
                "code,name").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(body(latin)).contains("文字コードが分かりません");
        // UTF-16 as Excel's "Unicode text"
        MvcResult utf16 = upload("workers", "workers.txt", "\uFEFFコード\t氏名\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(body(utf16)).contains("UTF-16");
        assertThat(latin.getModelAndView().getModel()).doesNotContainKey("token");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void updatesByCodeAndKeepsWhatTheFileDoesNotSay() throws Exception {
        confirm(upload("workers", "first.csv", utf8(WORKER_HEADER + "\nw01,山田 太郎,男,1985/4/12,140,はい,フォークリフト\n")));
        long w01 = workers.findByCooperativeIdAndCode(own.cooperativeId(), "w01").orElseThrow().getId();
        // fewer columns: the sex and birth date are not in the file, so they stay; skills are added, never removed
        String csv = "コード,氏名,月間目標時間,資格,必ず一緒に働く職員\n"
                + "w01,山田 太郎（改）,150,食品衛生(～2027/3/31),w02\n"
                + "w02,新人 次郎,100,,\n";
        MvcResult checked = upload("workers", "second.csv", utf8(csv));
        assertThat(preview(checked).updated()).containsExactly("w01");
        assertThat(preview(checked).created()).containsExactly("w02");
        confirm(checked);
        transactions.executeWithoutResult(t -> {
            Worker worker = workers.findByCooperativeIdAndCode(own.cooperativeId(), "w01").orElseThrow();
            assertThat(worker.getId()).isEqualTo(w01);
            assertThat(worker.getName()).isEqualTo("山田 太郎（改）");
            assertThat(worker.getSex()).isEqualTo("MALE");
            assertThat(worker.getBirthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
            assertThat(worker.getMonthlyTargetMinutes()).isEqualTo(150 * 60);
            assertThat(worker.getRequiredBuddy().getCode()).isEqualTo("w02");
        });
        assertThat(jdbc.queryForList("select s.code from worker_skill ws join skill s on s.id = ws.skill_id "
                + "where ws.worker_id = ? order by s.code", String.class, w01)).containsExactly("food", "forklift");
        // a buddy nobody has heard of
        ImportPreview unknown = preview(upload("workers", "third.csv",
                utf8("コード,氏名,月間目標時間,必ず一緒に働く職員\nw03,三郎,100,w99\nw04,四郎,100,w04\n")));
        assertThat(messages(unknown)).containsExactly(
                "2|D|必ず一緒に働く職員|「必ず一緒に働く職員」のコード「w99」は、登録済みの職員にもこのファイルにもありません。",
                "3|D|必ず一緒に働く職員|「必ず一緒に働く職員」に本人は選べません。");
    }

    // ------------------------------------------------------------------------------------------ problems

    @Test
    void namesEveryMissingRequiredColumn() throws Exception {
        Map<String, Integer> before = counts();
        MvcResult checked = upload("workers", "workers.csv", utf8("コード,性別,おやつ\nw01,男,せんべい\n"));
        ImportPreview preview = preview(checked);
        assertThat(preview.isImportable()).isFalse();
        assertThat(messages(preview)).containsExactly(
                "1|null|氏名|必須の列「氏名」がありません。",
                "1|null|月間目標時間|必須の列「月間目標時間」がありません。");
        assertThat(preview.ignoredHeaders()).containsExactly("C:おやつ");
        assertThat(body(checked)).contains("1行目", "必須の列「氏名」がありません。");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void namesEveryBadDateWithItsRowAndColumn() throws Exception {
        Map<String, Integer> before = counts();
        String csv = WORKER_HEADER + "\n"
                + "w01,山田 太郎,男,1985/4/12,140,はい,\n"
                + "w02,佐藤 一郎,男,1985/13/45,140,はい,\n"
                + "w03,鈴木 次郎,男,そのうち,140,はい,フォークリフト(2027/3/31〜2024/4/1)\n";
        ImportPreview preview = preview(upload("workers", "workers.csv", bom(csv)));
        assertThat(messages(preview)).containsExactly(
                "3|D|生年月日|「1985/13/45」という日付はありません。",
                "4|D|生年月日|「そのうち」は日付として読めません（例: 2026/4/1、2026年4月1日、令和8年4月1日）。",
                "4|G|資格|「有効期限」は有効期間の開始日以降にしてください。");
        assertThat(preview.badRows()).containsExactly(3, 4);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void namesUnknownSkillsAndReusesThePagesRules() throws Exception {
        Map<String, Integer> before = counts();
        String csv = WORKER_HEADER + ",自宅の緯度\n"
                + "w01,山田 太郎,男,1985/4/12,140,はい,クレーン、フォークリフト,34.4\n"
                + "w02,,男,1985/4/12,800,はい,,\n"
                + "w 03,佐藤 三郎,不明,1985/4/12,140,たぶん,,\n";
        ImportPreview preview = preview(upload("workers", "workers.csv", utf8(csv)));
        assertThat(messages(preview)).containsExactly(
                "2|G|資格|資格「クレーン」は登録されていません。資格の画面で登録するか、コード・名称を確かめてください。",
                "2|null|自宅の経度|「自宅の緯度」と「自宅の経度」は両方入力するか、両方空欄にしてください。",
                "3|B|氏名|「氏名」を入力してください。",
                "3|E|月間目標時間|「月間目標時間」は0〜744時間にしてください。",
                "4|A|コード|「コード」は半角英数字と _ . @ - のみ、64文字までで入力してください。",
                "4|C|性別|「不明」は選べる値ではありません。選べる値: 男性、女性",
                "4|F|無期雇用|「たぶん」は「はい」「いいえ」（または ○・×）で入力してください。");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void explainsAFileWithoutHeadersOrWithoutRows() throws Exception {
        Map<String, Integer> before = counts();
        assertThat(messages(preview(upload("members", "members.csv", utf8("m01,JA萩\nm02,大井酒造\n")))))
                .containsExactly("null|null|null|見出しの行が見つかりません。どれかのシートの最初の10行のどこかに「コード」の列を含む見出しを"
                        + "置いてください（列: コード、名称、区分）。");
        assertThat(messages(preview(upload("members", "members.csv", utf8("コード,名称\n,\n\n")))))
                .containsExactly("null|null|null|見出しの下にデータの行がありません。");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void speaksEnglishWhenAskedTo() throws Exception {
        String page = mvc.perform(get("/data/imports").param("lang", "en").with(user(own.user()))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Excel and CSV import", "Templates");
        MvcResult checked = mvc.perform(multipart("/data/imports/preview").file(new MockMultipartFile("file",
                        "m.csv", "text/csv", utf8("Code,Name\nm40,\n"))).param("kind", "members").param("lang", "en")
                        .session(session).with(csrf()).with(user(own.user())))
                .andExpect(status().isOk()).andReturn();
        assertThat(body(checked)).contains("Row 2", "Column B &quot;Name&quot;");
    }

    @Test
    void refusesACodeUsedTwiceInTheFile() throws Exception {
        Map<String, Integer> before = counts();
        String csv = "コード,名称\nm10,一\nm11,二\nｍ10,三\n";
        ImportPreview preview = preview(upload("members", "members.csv", utf8(csv)));
        assertThat(messages(preview)).containsExactly(
                "4|A|コード|コード「m10」は2行目と重複しています。ファイルの中で同じコードは1回だけ使えます。");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesDemandForUnknownSitesAndProhibitedWork() throws Exception {
        Map<String, Integer> before = counts();
        String csv = "コード,事業所コード,作業の種類,開始日,終了日,曜日,開始時刻,終了時刻\n"
                + "d1,s99,packing,2026/7/1,2026/11/30,月火水木金,8:00,17:00\n"
                + "d2,s01,港湾運送,2026/7/1,2026/6/30,平日,17:00,8:00\n";
        ImportPreview preview = preview(upload("demand", "demand.csv", utf8(csv)));
        assertThat(messages(preview)).containsExactly(
                "2|B|事業所コード|事業所コード「s99」は登録されていません。先に事業所を登録（取り込み）してください。",
                "3|C|作業の種類|派遣禁止業務には派遣できません",
                "3|E|終了日|「終了日」は開始日以降にしてください。",
                "3|H|終了時刻|「終了時刻」は開始時刻より後にしてください。");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesAFileTooLargeClearly() throws Exception {
        byte[] big = new byte[SheetReader.MAX_CSV_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        MvcResult result = upload("workers", "big.csv", big);
        assertThat(body(result)).contains("ファイルが大きすぎます。Excelは2MBまで、CSVは5MBまでです。");
    }

    @Test
    void uploadsNeedTheCsrfTokenAndTheSecretariat() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "m.csv", "text/csv", utf8("コード,名称\nm09,x\n"));
        mvc.perform(multipart("/data/imports/preview").file(file).param("kind", "members").with(user(own.user())))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/data/imports/preview").file(file).param("kind", "members").with(csrf())
                .with(user(context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                        .loadUserByUsername("member")))).andExpect(status().isForbidden());
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m09")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------ confirmation

    @Test
    void confirmsOnlyWhatWasPreviewed() throws Exception {
        MvcResult checked = upload("members", "members.csv", utf8("コード,名称\nm01,JA萩\nm20,新しい組合員\n"));
        assertThat(preview(checked).updated()).containsExactly("m01");
        // someone edits m01 between the preview and the confirmation
        transactions.executeWithoutResult(t -> members.findByCooperativeIdAndCode(own.cooperativeId(), "m01")
                .orElseThrow().setName("JAあぶらんど萩（改）"));
        Map<String, Integer> before = counts();
        MvcResult refused = confirm(checked);
        assertThat(body(refused)).contains("確認した後にデータが変わったため、取り込みませんでした。");
        assertThat(counts()).isEqualTo(before);
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m01").orElseThrow().getName())
                .isEqualTo("JAあぶらんど萩（改）");
        // the re-check can be confirmed, and then it imports
        confirm(refused);
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m01").orElseThrow().getName())
                .isEqualTo("JA萩");
        assertThat(members.findByCooperativeIdAndCode(own.cooperativeId(), "m20")).isPresent();
    }

    @Test
    void aTokenIsGoodForOneConfirmationOnly() throws Exception {
        MvcResult checked = upload("members", "members.csv", utf8("コード,名称\nm21,一回だけ\n"));
        confirm(checked);
        MvcResult again = confirm(checked);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/data/imports");
        assertThat(again.getFlashMap().get("problem")).isNotNull();
        assertThat(counts().get("member")).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------ 10 000 rows

    @Test
    void tenThousandDemandPatternsImportAllOrNothing() throws Exception {
        StringBuilder csv = new StringBuilder("コード,事業所コード,作業の種類,開始日,終了日,曜日,開始時刻,終了時刻,休憩（分）,必須人数,必要な資格\n");
        for (int i = 1; i <= 10_000; i++) {
            LocalDate from = LocalDate.of(2026, 4, 1).plusDays(i % 300);
            csv.append("d").append(i).append(",s01,packing,").append(from).append(',').append(from.plusDays(30))
                    .append(",月水金,8:00,17:00,60,").append(1 + i % 3).append(i % 2 == 0 ? ",forklift\n" : ",\n");
        }
        Map<String, Integer> before = counts();
        String bad = csv + "d10001,s01,packing,2026/4/1,2026/4/31,月,8:00,17:00,60,1,\n";
        ImportPreview refused = preview(upload("demand", "demand.csv", utf8(bad)));
        assertThat(refused.dataRows()).isEqualTo(10_001);
        assertThat(messages(refused)).containsExactly("10002|E|終了日|「2026/4/31」という日付はありません。");
        assertThat(counts()).isEqualTo(before);

        MvcResult clean = upload("demand", "demand.csv", utf8(csv.toString()));
        assertThat(preview(clean).created()).hasSize(10_000);
        confirm(clean);
        assertThat(counts().get("demand_pattern")).isEqualTo(before.get("demand_pattern") + 10_000);
        assertThat(counts().get("demand_pattern_skill")).isEqualTo(5_000);
    }

    // ------------------------------------------------------------------------------------------ Excel

    @Test
    void templatesHaveTheJapaneseHeadersAndAFilledOneImports() throws Exception {
        byte[] csv = mvc.perform(get("/data/imports/template").param("kind", "members").param("format", "csv")
                .with(user(own.user()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFコード,名称,区分\r\n");
        byte[] xlsx = mvc.perform(get("/data/imports/template").param("kind", "workers").param("format", "xlsx")
                .with(user(own.user()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("職員");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("コード", "氏名", "性別", "生年月日").contains("資格", "月間目標時間");
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).isEqualTo("必須");
            // fill the template in as a secretariat would, and import it
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("w50");
            row.createCell(1).setCellValue("テンプレ 花子");
            row.createCell(headers.indexOf("月間目標時間")).setCellValue(150);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            MvcResult checked = upload("workers", "template.xlsx", out.toByteArray());
            assertThat(messages(preview(checked))).isEmpty();
            confirm(checked);
        }
        assertThat(workers.findByCooperativeIdAndCode(own.cooperativeId(), "w50").orElseThrow()
                .getMonthlyTargetMinutes()).isEqualTo(150 * 60);
    }

    /**
     * The done-when sentence: a real-looking Excel sheet of 30 workers, typed the way an office types it (a title
     * row, Japanese headers, dates both as Excel dates and as text, full-width digits, ○ and ×), imports; the same
     * sheet with a few slips explains exactly which cells are wrong, and imports nothing.
     */
    @Test
    void aRealLookingSheetOfThirtyWorkersImportsOrExplainsWhyNot() throws Exception {
        Map<String, Integer> before = counts();
        byte[] good = thirtyWorkers(false);
        MvcResult checked = upload("workers", "職員名簿2026.xlsx", good);
        assertThat(messages(preview(checked))).isEmpty();
        assertThat(preview(checked).created()).hasSize(30);
        assertThat(preview(checked).ignoredHeaders()).containsExactly("K:備考");
        assertThat(preview(checked).sheetName()).isEqualTo("職員名簿");
        assertThat(body(checked)).contains("シート「職員名簿」を読みました");

        byte[] slips = thirtyWorkers(true);
        ImportPreview refused = preview(upload("workers", "職員名簿2026.xlsx", slips));
        assertThat(messages(refused)).containsExactly(
                "9|D|生年月日|「昭和62年2月30日」という日付はありません。",
                "15|E|月間目標時間|「百四十」は数値として読めません。",
                "22|I|資格|資格「クレーン」は登録されていません。資格の画面で登録するか、コード・名称を確かめてください。",
                "33|A|コード|コード「W-010」は13行目と重複しています。ファイルの中で同じコードは1回だけ使えます。");
        String page = body(upload("workers", "職員名簿2026.xlsx", slips));
        assertThat(page).contains("問題: 4件（4行）", "9行目", "D列「生年月日」", "昭和62年2月30日", "33行目", "A列「コード」",
                "このファイルからは何も取り込みません。").doesNotContain("name=\"token\"");
        assertThat(counts()).isEqualTo(before);

        confirm(upload("workers", "職員名簿2026.xlsx", good));
        assertThat(counts().get("worker")).isEqualTo(30);
        transactions.executeWithoutResult(t -> {
            Worker first = workers.findByCooperativeIdAndCode(own.cooperativeId(), "W-001").orElseThrow();
            assertThat(first.getName()).isEqualTo("阿部 一郎");
            assertThat(first.getBirthDate()).isEqualTo(LocalDate.of(1971, 5, 2));
            assertThat(first.getHiredOn()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(first.getMonthlyTargetMinutes()).isEqualTo(140 * 60);
            Worker second = workers.findByCooperativeIdAndCode(own.cooperativeId(), "W-002").orElseThrow();
            assertThat(second.getBirthDate()).isEqualTo(LocalDate.of(1987, 2, 1));
            assertThat(second.isOpenEnded()).isFalse();
            assertThat(second.getSex()).isEqualTo("FEMALE");
        });
        assertThat(jdbc.queryForObject("select count(*) from worker_skill where cooperative_id = ?", Integer.class,
                own.cooperativeId())).isEqualTo(30 + 10);
    }

    /**
     * 30 workers on rows 4–33 below a title (row 1) and the headers (row 3), on the second sheet after a cover, as
     * typed in an office.
     */
    private static byte[] thirtyWorkers(boolean withSlips) throws Exception {
        String[] family = {"阿部", "伊藤", "上田", "江藤", "小野", "加藤", "木村", "工藤", "佐藤", "清水"};
        String[] given = {"一郎", "花子", "次郎"};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d"));
            // a cover sheet first, as offices like them
            workbook.createSheet("表紙").createRow(0).createCell(0).setCellValue("職員名簿（令和8年4月1日現在）");
            Sheet sheet = workbook.createSheet("職員名簿");
            sheet.createRow(0).createCell(0).setCellValue("令和8年度 職員名簿（萩地域づくり協同組合）");
            String[] headers = {"コード", "氏名", "性別", "生年月日", "月間目標時間", "無期雇用", "雇入れ日", "法定休日", "資格",
                    "自宅の緯度", "備考"};
            Row head = sheet.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            head.createCell(11).setCellValue("自宅の経度");
            for (int n = 1; n <= 30; n++) {
                Row row = sheet.createRow(2 + n);
                int excelRow = 3 + n;
                row.createCell(0).setCellValue(String.format("W-%03d", n));
                if (withSlips && excelRow == 33) {
                    row.getCell(0).setCellValue("W-010");
                }
                row.createCell(1).setCellValue(family[(n - 1) % 10] + " " + given[(n - 1) / 10]);
                row.createCell(2).setCellValue(n % 2 == 1 ? "男" : "女");
                if (n % 2 == 1) {
                    // an Excel date
                    row.createCell(3).setCellValue(LocalDate.of(1970 + n, 5, 2));
                    row.getCell(3).setCellStyle(dateStyle);
                } else {
                    // typed as text, in the Japanese calendar, with full-width digits
                    row.createCell(3).setCellValue(withSlips && excelRow == 9 ? "昭和62年2月30日" : "昭和６２年２月１日");
                }
                if (n % 3 == 0) {
                    row.createCell(4).setCellValue("１４０");
                } else {
                    row.createCell(4).setCellValue(140);
                }
                if (withSlips && excelRow == 15) {
                    row.getCell(4).setCellValue("百四十");
                }
                row.createCell(5).setCellValue(n % 2 == 1 ? "○" : "×");
                row.createCell(6).setCellValue(n % 2 == 1 ? "2024/4/1" : "令和6年4月1日");
                row.createCell(7).setCellValue("日");
                String skill = n % 3 == 0 ? "フォークリフト(2024/4/1〜2027/3/31)、driving" : "普通自動車免許";
                row.createCell(8).setCellValue(withSlips && excelRow == 22 ? "クレーン" : skill);
                row.createCell(9).setCellValue(34.4 + n / 1000.0);
                row.createCell(10).setCellValue(n == 5 ? "4月から復帰" : "");
                row.createCell(11).setCellValue(131.4);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
