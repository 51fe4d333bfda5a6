package jp.tsumugi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The one application-test setup: the whole app on a random port (for the browser tests), with MockMvc, on real
 * PostgreSQL
 * ({@code tsumugi_test} on 127.0.0.1:5432, created by {@code .ci/run}), schema wiped and
 * migrated once per context. Use it unchanged on every such test so Spring reuses one context.
 * If PostgreSQL is unreachable, the context fails and so do the tests: they never skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@TestPropertySource("classpath:postgres-test.properties")
@Import(CleanMigrateFlyway.class)
public @interface PostgresSpringBootTest {
}
