package jp.tsumugi;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Tests only: wipe the schema, then migrate, so each test context starts from the same empty
 * database even though CI reuses it. Needs {@code spring.flyway.clean-disabled=false}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CleanMigrateFlyway {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
