package jp.tsumugi.web.demo;

import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Gives a brand-new installation something to look at: when the database holds no cooperative
 * at all, it adds the demo cooperative. Running it again changes nothing. A production
 * deployment can switch it off with {@code tsumugi.demo-data.enabled=false}.
 *
 * <p>Runs once all beans exist and before the web server accepts requests, so that the first page a new user
 * opens already shows the demo (an {@code ApplicationRunner} would run after the server is up).
 */
@Component
@ConditionalOnProperty(name = "tsumugi.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements SmartInitializingSingleton {

    static final String DEMO_CODE = "hagi";

    static final String DEMO_NAME = "はぎ地域づくり協同組合 (デモ)";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final CooperativeRepository cooperatives;

    DemoDataLoader(CooperativeRepository cooperatives) {
        this.cooperatives = cooperatives;
    }

    @Override
    public void afterSingletonsInstantiated() {
        loadIfEmpty();
    }

    void loadIfEmpty() {
        if (cooperatives.count() > 0) {
            return;
        }
        // No explicit id: the identity column must stay the only source of ids (PostgreSQL).
        cooperatives.save(new Cooperative(DEMO_CODE, DEMO_NAME));
        log.info("Empty database: added the demo cooperative '{}'", DEMO_CODE);
    }
}
