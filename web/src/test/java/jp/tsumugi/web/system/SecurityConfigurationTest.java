package jp.tsumugi.web.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jp.tsumugi.PostgresSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

@PostgresSpringBootTest
class SecurityConfigurationTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserDetailsService users;

    @Test
    void pagesOtherThanThePublicOnesNeedSigningIn() throws Exception {
        mvc.perform(get("/members").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void loginPageIsPublicAndJapanese() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>ログイン</h1>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void signingInNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", "nobody").param("password", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void wrongCredentialsGoBackToTheLoginPage() throws Exception {
        mvc.perform(post("/login").param("username", "nobody").param("password", "x").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void noGeneratedDefaultUser() {
        assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "SECRETARIAT")
    void actuatorExposesOnlyHealth() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/env")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().isNotFound());
    }
}
