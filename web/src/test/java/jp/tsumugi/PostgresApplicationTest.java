package jp.tsumugi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on real PostgreSQL, as it runs in production with the postgres profile. */
@PostgresSpringBootTest
class PostgresApplicationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private Flyway flyway;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void runsOnPostgresql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void flywayAppliedTheFirstMigration() {
        assertThat(flyway.info().applied())
                .extracting(info -> info.getVersion().getVersion(), MigrationInfo::getState)
                .contains(tuple("1", MigrationState.SUCCESS));
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM flyway_schema_history WHERE version = '1' AND success", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void cooperativeTableHoldsTheDemoCooperative() {
        List<String> columns = jdbc.queryForList(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'cooperative'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "code", "name", "plan_from", "plan_to", "created_at", "version");

        assertThat(jdbc.queryForList("SELECT code, name, version FROM cooperative WHERE code = 'hagi'"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("code")).isEqualTo("hagi");
                    assertThat(row.get("name")).isEqualTo("はぎ地域づくり協同組合 (デモ)");
                    // created, then given its planning year when the demo data was loaded
                    assertThat(row.get("version")).isEqualTo(1L);
                });
    }

    /**
     * Tenancy is in the schema: every table but the tenant itself and the link tables (skills, a contract's patterns)
     * names its cooperative.
     */
    @Test
    void everyTableBelongsToACooperative() {
        List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'", String.class);
        List<String> withCooperative = jdbc.queryForList("SELECT table_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND column_name = 'cooperative_id'", String.class);
        assertThat(tables).contains("worker", "demand_pattern", "plan", "plan_assignment", "published_version");
        assertThat(tables).filteredOn(table -> !withCooperative.contains(table))
                .containsExactlyInAnyOrder("cooperative", "flyway_schema_history", "job_type_skill", "site_skill",
                        "demand_pattern_skill", "dispatch_contract_pattern");
    }

    @Test
    void homePageIsJapaneseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("<html lang=\"ja\">")))
                .andExpect(content().string(containsString("<title>紡ぎ Tsumugi — 年間派遣計画</title>")))
                .andExpect(content().string(containsString("協同組合が職員を組合員の事業所へ派遣する")))
                .andExpect(content().string(containsString("はぎ地域づくり協同組合 (デモ)")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void homePageSwitchesToEnglishAndRemembersIt() throws Exception {
        Cookie language = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("<title>Tsumugi — year-round dispatch rosters</title>")))
                .andExpect(content().string(containsString("Try the demo")))
                .andExpect(content().string(not(containsString("年間派遣計画"))))
                .andExpect(cookie().value("tsumugi-lang", "en"))
                .andReturn()
                .getResponse()
                .getCookie("tsumugi-lang");

        mvc.perform(get("/").cookie(language))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\">")));
    }

    @Test
    @org.springframework.security.test.context.support.WithUserDetails("office")
    void theSecretariatSeesItsCooperativeAndTheNextSteps() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("はぎ地域づくり協同組合 (デモ)")))
                .andExpect(content().string(containsString("組合員 28・職員 5 人・需要パターン 94 件")))
                .andExpect(content().string(containsString("計画を作って計算する")))
                .andExpect(content().string(not(containsString("デモを試す"))));
    }

    @Test
    void unsupportedLanguageFallsBackToJapanese() throws Exception {
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ja\">")));
    }
}
