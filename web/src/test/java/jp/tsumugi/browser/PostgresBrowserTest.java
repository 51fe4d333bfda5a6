package jp.tsumugi.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jp.tsumugi.CleanMigrateFlyway;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The one browser-test setup: the whole app on a random port, on real PostgreSQL
 * ({@code tsumugi_test} on 127.0.0.1:5432, created by {@code .ci/run}), schema wiped and
 * migrated once per context. {@link BrowserTest} carries it; use it unchanged so Spring reuses
 * one context for all browser tests. If PostgreSQL is unreachable, the context fails and so do
 * the tests: they never skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@TestPropertySource("classpath:postgres-test.properties")
@Import(CleanMigrateFlyway.class)
public @interface PostgresBrowserTest {
}
