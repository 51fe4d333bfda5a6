package jp.tsumugi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The default setup a new user gets from the run command: no profile, embedded H2 file
 * database (here under target/ and wiped first), htmx served from the WebJar, health endpoint.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"tsumugi.data-dir=./target/h2-test", "spring.flyway.clean-disabled=false"})
@Import(CleanMigrateFlyway.class)
class H2ApplicationTest {

    private static final Pattern HTMX_SCRIPT = Pattern.compile("<script src=\"([^\"]*htmx[^\"]*)\"");

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private DataSource dataSource;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Flyway flyway;

    @Autowired
    private CooperativeRepository cooperatives;

    @Test
    void runsOnEmbeddedH2FileUnderTheDataDirectory() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            assertThat(connection.getMetaData().getURL()).isEqualTo("jdbc:h2:file:./target/h2-test/tsumugi");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'MODE'",
                        String.class))
                .isEqualTo("PostgreSQL");
    }

    @Test
    void flywayMigratedAndTheDemoCooperativeIsThere() {
        assertThat(flyway.info().applied()).extracting(info -> info.getVersion().getVersion()).contains("1");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(cooperatives.findByCode("hagi")).isPresent();
    }

    @Test
    void homePageLoadsHtmxAndStylesFromThisServer() throws Exception {
        String page = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("はぎ地域づくり協同組合 (デモ)")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String htmx = firstGroup(HTMX_SCRIPT, page);
        assertThat(htmx).startsWith("/webjars/htmx.org/").endsWith("/dist/htmx.min.js");
        mvc.perform(get(htmx))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));

        String css = firstGroup(STYLESHEET, page);
        assertThat(css).isEqualTo("/css/tsumugi.css");
        mvc.perform(get(css)).andExpect(status().isOk());
    }

    @Test
    void pageCarriesTheCsrfHeaderForHtmx() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;: &quot;")));
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    private static String firstGroup(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern + " in the home page").isTrue();
        return matcher.group(1);
    }
}
