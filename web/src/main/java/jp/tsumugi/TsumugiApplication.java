package jp.tsumugi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the Tsumugi web application.
 *
 * <p>It lives in {@code jp.tsumugi}, the parent of both {@code jp.tsumugi.web} and
 * {@code jp.tsumugi.solver}, so that component, entity and Timefold planning-class scanning
 * all start from here. Adding {@code @EntityScan} would narrow Timefold's scan too.
 */
@SpringBootApplication
public class TsumugiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TsumugiApplication.class, args);
    }
}
