package jp.tsumugi.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PostgresSpringBootTest
class DemoDataLoaderTest {

    @Autowired
    private DemoDataLoader loader;

    @Autowired
    private CooperativeRepository cooperatives;

    @Test
    void addsTheDemoCooperativeOnceAndOnlyOnce() {
        assertThat(cooperatives.count()).isEqualTo(1);

        loader.afterSingletonsInstantiated();

        assertThat(cooperatives.count()).isEqualTo(1);
        assertThat(cooperatives.findByCode(DemoDataLoader.DEMO_CODE))
                .hasValueSatisfying(demo -> {
                    assertThat(demo.getName()).isEqualTo(DemoDataLoader.DEMO_NAME);
                    assertThat(demo.getId()).isNotNull();
                    assertThat(demo.getCreatedAt()).isNotNull();
                });
    }
}
