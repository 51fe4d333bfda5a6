package jp.tsumugi.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.workers.WorkerRepository;

@PostgresSpringBootTest
class DemoDataLoaderTest {

    @Autowired
    private DemoDataLoader loader;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Test
    void loadsTheHagiPresetAndTheSecretariatLoginOnce() {
        loader.afterSingletonsInstantiated();

        long demo = cooperatives.findByCode(DemoDataLoader.DEMO_CODE).orElseThrow().getId();
        assertThat(workers.countByCooperativeId(demo)).isEqualTo(5);
        assertThat(patterns.countByCooperativeId(demo)).isEqualTo(94);
        assertThat(accounts.findByUsername(DemoDataLoader.MEMBER_USERNAME)).hasValueSatisfying(account -> {
            assertThat(account.getRole()).isEqualTo(Role.MEMBER);
            assertThat(account.getMemberId()).isNotNull();
        });
        assertThat(accounts.findByUsername(DemoDataLoader.WORKER_USERNAME)).hasValueSatisfying(account -> {
            assertThat(account.getRole()).isEqualTo(Role.WORKER);
            assertThat(account.getWorkerId()).isNotNull();
        });
        assertThat(accounts.findByUsername(DemoDataLoader.ADMIN_USERNAME)).hasValueSatisfying(account -> {
            assertThat(account.getRole()).isEqualTo(Role.SUPPORT_ADMIN);
            assertThat(account.getCooperativeId()).isNull();
        });
        assertThat(accounts.findByUsername(DemoDataLoader.SECRETARIAT_USERNAME)).hasValueSatisfying(account -> {
            assertThat(account.getRole()).isEqualTo(Role.SECRETARIAT);
            assertThat(account.getCooperativeId()).isEqualTo(demo);
            assertThat(account.getPasswordHash()).startsWith("$2").isNotEqualTo(DemoDataLoader.SECRETARIAT_PASSWORD);
            assertThat(passwordEncoder.matches(DemoDataLoader.SECRETARIAT_PASSWORD, account.getPasswordHash())).isTrue();
        });
    }

    @Test
    void addsTheDemoCooperativeOnceAndOnlyOnce() {
        // Other test classes share this context and add cooperatives of their own.
        long before = cooperatives.count();

        loader.afterSingletonsInstantiated();

        assertThat(cooperatives.count()).isEqualTo(before);
        assertThat(cooperatives.findByCode(DemoDataLoader.DEMO_CODE))
                .hasValueSatisfying(demo -> {
                    assertThat(demo.getName()).isEqualTo(DemoDataLoader.DEMO_NAME);
                    assertThat(demo.getId()).isNotNull();
                    assertThat(demo.getCreatedAt()).isNotNull();
                });
    }
}
