package jp.tsumugi.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Accounts and login safety: one-time passwords, password change, throttling, CSRF, session fixation, admin. */
@PostgresSpringBootTest
class AccountsTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private PasswordEncoder encoder;

    @Autowired
    private MemberRepository members;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private jp.tsumugi.web.plans.PlanRepository plans;

    private long demo() {
        return cooperatives.findByCode("hagi").orElseThrow().getId();
    }

    private UserAccount account(String username, String password, Role role) {
        return accounts.findByUsername(username).orElseGet(() -> accounts.save(
                new UserAccount(demo(), username, encoder.encode(password), role, username)));
    }

    @Test
    void aNewWorkerAccountGetsAOneTimePasswordThatMustBeReplaced() throws Exception {
        long w03 = workers.findByCooperativeIdAndCode(demo(), "w03").orElseThrow().getId();
        MvcResult created = mvc.perform(post("/accounts").with(csrf()).with(user(users.loadUserByUsername("office")))
                        .param("username", "worker-w03").param("role", "WORKER").param("workerId", String.valueOf(w03)))
                .andExpect(status().is3xxRedirection()).andReturn();
        String oneTime = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(oneTime).hasSize(12);
        UserAccount account = accounts.findByUsername("worker-w03").orElseThrow();
        assertThat(account.getPasswordHash()).startsWith("$2").doesNotContain(oneTime);
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getWorkerId()).isEqualTo(w03);

        mvc.perform(formLogin().user("worker-w03").password(oneTime)).andExpect(redirectedUrl("/account/password"));

        var me = user(users.loadUserByUsername("worker-w03"));
        mvc.perform(post("/account/password").with(csrf()).with(me).param("current", oneTime)
                        .param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").with(csrf()).with(me).param("current", oneTime)
                        .param("password", "a-long-new-secret").param("confirmation", "a-long-new-secret"))
                .andExpect(redirectedUrl("/account/password/done"));
        assertThat(accounts.findByUsername("worker-w03").orElseThrow().isMustChangePassword()).isFalse();
        mvc.perform(formLogin().user("worker-w03").password("a-long-new-secret")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("worker-w03").password(oneTime)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aUserWhoMustChangeThePasswordGetsNothingElseUntilTheyHave() throws Exception {
        UserAccount account = account("must-change", "one-time-pw-1", Role.SECRETARIAT);
        account.setMustChangePassword(true);
        accounts.save(account);
        long plansBefore = plans.countByCooperativeId(demo());
        var me = user(users.loadUserByUsername("must-change"));
        for (String page : List.of("/", "/plans", "/demand", "/members", "/accounts", "/account/password/done")) {
            mvc.perform(get(page).with(me)).andExpect(redirectedUrl("/account/password"));
        }
        mvc.perform(post("/plans").with(me).with(csrf()).param("name", "x").param("from", "2026-05-01")
                .param("to", "2026-05-02")).andExpect(redirectedUrl("/account/password"));
        assertThat(plans.countByCooperativeId(demo())).isEqualTo(plansBefore);
        // an htmx request is told to load the password page as a whole
        mvc.perform(get("/demand").with(me).header("HX-Request", "true"))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Redirect", "/account/password"));
        // what stays open: the password page, static files, errors, logging out
        mvc.perform(get("/account/password").with(me)).andExpect(status().isOk());
        mvc.perform(get("/css/tsumugi.css").with(me)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(me).with(csrf())).andExpect(redirectedUrl("/login?logout"));

        mvc.perform(post("/account/password").with(csrf()).with(me).param("current", "one-time-pw-1")
                        .param("password", "a-new-long-secret").param("confirmation", "a-new-long-secret"))
                .andExpect(redirectedUrl("/account/password/done"));
        // the same session goes on at once
        mvc.perform(get("/account/password/done").with(me)).andExpect(status().isOk());
        mvc.perform(get("/plans").with(me)).andExpect(status().isOk());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheSecretariatResetsIt() throws Exception {
        UserAccount account = account("throttled", "right-password-1", Role.SECRETARIAT);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            mvc.perform(formLogin().user("throttled").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user("throttled").password("right-password-1")).andExpect(redirectedUrl("/"));
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin().user("throttled").password("wrong"));
        }
        // locked: even the right password is refused now
        mvc.perform(formLogin().user("throttled").password("right-password-1")).andExpect(redirectedUrl("/login?locked"));
        assertThat(accounts.findByUsername("throttled").orElseThrow().getLockedUntil()).isNotNull();

        mvc.perform(post("/accounts/" + account.getId() + "/reset").with(csrf())
                .with(user(users.loadUserByUsername("office")))).andExpect(status().is3xxRedirection());
        UserAccount reset = accounts.findByUsername("throttled").orElseThrow();
        assertThat(reset.getLockedUntil()).isNull();
        assertThat(reset.isMustChangePassword()).isTrue();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var office = user(users.loadUserByUsername("office"));
        mvc.perform(post("/accounts").with(office).param("username", "no-csrf").param("role", "SECRETARIAT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans").with(office).param("name", "x").param("from", "2026-05-01").param("to", "2026-05-02"))
                .andExpect(status().isForbidden());
        assertThat(accounts.existsByUsername("no-csrf")).isFalse();
    }

    @Test
    void loggingInGivesANewSessionId() throws Exception {
        account("fixation", "right-password-2", Role.SECRETARIAT);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf()).param("username", "fixation")
                .param("password", "right-password-2")).andExpect(redirectedUrl("/")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void accountsOfAnotherCooperativeAreNotFoundAndOthersRolesAreForbidden() throws Exception {
        long other = cooperatives.save(new Cooperative("accounts-other", "other")).getId();
        UserAccount foreign = accounts.save(new UserAccount(other, "foreign-office", encoder.encode("x-password-1"),
                Role.SECRETARIAT, "foreign"));
        var office = user(users.loadUserByUsername("office"));
        mvc.perform(post("/accounts/" + foreign.getId() + "/reset").with(csrf()).with(office))
                .andExpect(status().isNotFound());
        mvc.perform(post("/accounts/" + foreign.getId() + "/enabled").with(csrf()).with(office).param("enabled", "false"))
                .andExpect(status().isNotFound());
        assertThat(accounts.findByUsername("foreign-office").orElseThrow().isEnabled()).isTrue();

        mvc.perform(get("/accounts").with(user(users.loadUserByUsername("member")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(office)).andExpect(status().isForbidden());
    }

    @Test
    void theSupportAdministratorCreatesACooperativeWithItsFirstSecretariat() throws Exception {
        MvcResult created = mvc.perform(post("/admin/cooperatives").with(csrf())
                        .with(user(users.loadUserByUsername("admin")))
                        .param("code", "new-coop").param("name", "新しい協同組合").param("username", "new-office"))
                .andExpect(redirectedUrl("/admin")).andReturn();
        assertThat(created.getFlashMap().get("oneTimePassword")).isNotNull();
        Cooperative cooperative = cooperatives.findByCode("new-coop").orElseThrow();
        assertThat(accounts.findByUsername("new-office").orElseThrow()).satisfies(a -> {
            assertThat(a.getCooperativeId()).isEqualTo(cooperative.getId());
            assertThat(a.getRole()).isEqualTo(Role.SECRETARIAT);
            assertThat(a.isMustChangePassword()).isTrue();
        });
    }

    @Test
    void theMemberAndWorkerPagesOpenTheNewAccountFormFilledInForThem() throws Exception {
        var office = user(users.loadUserByUsername("office"));
        long m02 = members.findByCooperativeIdAndCode(demo(), "m02").orElseThrow().getId();
        long w02 = workers.findByCooperativeIdAndCode(demo(), "w02").orElseThrow().getId();
        mvc.perform(get("/members/{id}/edit", m02).with(office))
                .andExpect(content().string(containsString("/accounts?member=" + m02)));
        mvc.perform(get("/workers/{id}", w02).with(office))
                .andExpect(content().string(containsString("/accounts?worker=" + w02)));

        mvc.perform(get("/accounts").param("member", String.valueOf(m02)).with(office))
                .andExpect(content().string(containsString("value=\"m02\"")))
                .andExpect(content().string(containsString("value=\"" + m02 + "\" selected")));
        mvc.perform(get("/accounts").param("worker", String.valueOf(w02)).with(office))
                .andExpect(content().string(containsString("value=\"w02\"")))
                .andExpect(content().string(containsString("value=\"" + w02 + "\" selected")));

        // another cooperative's member is not looked up: nothing of it reaches the form
        long other = cooperatives.findByCode("prefill-other").map(Cooperative::getId)
                .orElseGet(() -> cooperatives.save(new Cooperative("prefill-other", "other")).getId());
        long foreign = members.findByCooperativeIdAndCode(other, "secret-member").map(Member::getId).orElseGet(() ->
                members.save(new Member(other, "secret-member", "よその組合員", MemberKind.MEMBER)).getId());
        mvc.perform(get("/accounts").param("member", String.valueOf(foreign)).with(office))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("secret-member"))))
                .andExpect(content().string(not(containsString("value=\"" + foreign + "\""))));
    }
}
