package jp.tsumugi.web.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.ConstraintWeights;
import jp.tsumugi.solver.domain.WorkingTimeRegime;
import jp.tsumugi.web.members.TestCooperatives;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PostgresSpringBootTest
class SettingsControllerTest {

    private static final List<String> RULES = List.copyOf(ConstraintWeights.levels().keySet());

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SettingsRepository settings;

    @Autowired
    private ConstraintWeightRepository weights;

    private TestCooperatives.Secretariat own;

    @BeforeEach
    void ownCooperative() {
        own = TestCooperatives.create(context, "settings");
    }

    /** A post of the settings form as the page sends it: every rule's row, the rest as given. */
    private MockHttpServletRequestBuilder save(String... fields) {
        MockHttpServletRequestBuilder request = post("/settings").with(user(own.user())).with(csrf());
        for (int i = 0; i < RULES.size(); i++) {
            request.param("weights[" + i + "].id", RULES.get(i));
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    @WithUserDetails("office")
    void showsTheDemoSettingsWithTheSolversDefaultsAndEveryRule() throws Exception {
        mvc.perform(get("/settings"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("計画の設定")))
                .andExpect(content().string(containsString("既定値: 45")))
                .andExpect(content().string(containsString("既定値: 1,100")))
                .andExpect(content().string(containsString("value=\"1100\"")))
                .andExpect(content().string(containsString("value=\"35204,35502\"")))
                .andExpect(content().string(containsString("派遣禁止業務")))
                .andExpect(content().string(containsString(RULES.get(RULES.size() - 1))));
    }

    @Test
    void savesHoursAsMinutesAndTheCooperativesOwnWeights() throws Exception {
        String rule = RULES.get(RULES.size() - 1);
        mvc.perform(save("regime", "VARIABLE_ONE_YEAR", "monthlyOvertimeCapHours", "40",
                        "restIntervalTargetHours", "10.5", "feePerHourYen", "1200",
                        "areaMunicipalityCodes", "35502, 35204", "travelCountsAsWork", "false",
                        "weights[" + (RULES.size() - 1) + "].weight", "0"))
                .andExpect(redirectedUrl("/settings"))
                .andExpect(flash().attributeExists("notice"));

        assertThat(settings.findFirstByCooperativeId(own.cooperativeId())).hasValueSatisfying(s -> {
            assertThat(s.getRegime()).isEqualTo(WorkingTimeRegime.VARIABLE_ONE_YEAR);
            assertThat(s.getMonthlyOvertimeCapMinutes()).isEqualTo(40 * 60);
            assertThat(s.getRestIntervalTargetMinutes()).isEqualTo(630);
            assertThat(s.getAnnualOvertimeCapMinutes()).isNull();
            assertThat(s.getFeePerHourYen()).isEqualTo(1200);
            assertThat(s.getAreaMunicipalityCodes()).isEqualTo("35204,35502");
            assertThat(s.getTravelCountsAsWork()).isFalse();
            assertThat(s.getApplyAgricultureExemption()).isNull();
        });
        assertThat(weights.findByCooperativeIdOrderByConstraintId(own.cooperativeId()))
                .singleElement().satisfies(w -> {
                    assertThat(w.getConstraintId()).isEqualTo(rule);
                    assertThat(w.getWeight()).isZero();
                });
        mvc.perform(get("/settings").with(user(own.user())))
                .andExpect(content().string(containsString("value=\"10.5\"")))
                .andExpect(content().string(containsString("value=\"40\"")));
    }

    @Test
    void refusesValuesOutOfRangeAndAnIncompleteSpecialClause() throws Exception {
        mvc.perform(save("fiscalYearStartMonth", "13", "specialClause", "true", "specialMonthlyCapHours", "80",
                        "weights[0].weight", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「年度の始まり」は1〜12の月で入力してください。")))
                .andExpect(content().string(containsString("特別条項がある場合は、月の上限・年の上限・月数をすべて入力してください。")))
                .andExpect(content().string(containsString("重みは0〜1,000,000の整数で入力してください。")));
        mvc.perform(save("specialClause", "true", "specialMonthlyCapHours", "100", "specialAnnualCapHours", "720",
                        "specialMaxMonths", "6"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「特別条項: 月の上限」は100時間未満で入力してください。")));
        assertThat(settings.findFirstByCooperativeId(own.cooperativeId())).isEmpty();
    }

    @Test
    void savesASpecialClause() throws Exception {
        mvc.perform(save("specialClause", "true", "specialMonthlyCapHours", "80", "specialAnnualCapHours", "720",
                        "specialMaxMonths", "6"))
                .andExpect(redirectedUrl("/settings"));
        assertThat(settings.findFirstByCooperativeId(own.cooperativeId())).hasValueSatisfying(s -> {
            assertThat(s.getSpecialMonthlyCapMinutes()).isEqualTo(80 * 60);
            assertThat(s.getSpecialAnnualCapMinutes()).isEqualTo(720 * 60);
            assertThat(s.getSpecialMaxMonths()).isEqualTo(6);
        });
    }

    @Test
    void aStaleSaveKeepsTheInputAndChangesNothing() throws Exception {
        Settings stored = settings.save(new Settings(own.cooperativeId()));
        long seen = stored.getVersion();
        stored.setFeePerHourYen(1000L);
        settings.save(stored);

        mvc.perform(save("settingsId", String.valueOf(stored.getId()), "version", String.valueOf(seen),
                        "feePerHourYen", "1234", "weights[0].weight", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")))
                .andExpect(content().string(containsString("value=\"1234\"")))
                .andExpect(content().string(containsString("value=\"7\"")));
        assertThat(settings.findFirstByCooperativeId(own.cooperativeId()))
                .hasValueSatisfying(s -> assertThat(s.getFeePerHourYen()).isEqualTo(1000L));
        assertThat(weights.countByCooperativeId(own.cooperativeId())).isZero();
    }

    @Test
    void changingOnlyAWeightStillMovesTheVersion() throws Exception {
        Settings stored = settings.save(new Settings(own.cooperativeId()));

        mvc.perform(save("settingsId", String.valueOf(stored.getId()), "version", String.valueOf(stored.getVersion()),
                        "weights[0].weight", "3"))
                .andExpect(redirectedUrl("/settings"));
        // A second page opened before that save is now stale.
        mvc.perform(save("settingsId", String.valueOf(stored.getId()), "version", String.valueOf(stored.getVersion()),
                        "weights[0].weight", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("他の人がこの間に変更しました。")));
        assertThat(weights.findByCooperativeIdOrderByConstraintId(own.cooperativeId()))
                .singleElement().satisfies(w -> assertThat(w.getWeight()).isEqualTo(3));
    }
}
