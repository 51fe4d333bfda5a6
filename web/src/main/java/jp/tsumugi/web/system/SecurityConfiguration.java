package jp.tsumugi.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import jp.tsumugi.web.accounts.MustChangePasswordFilter;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.accounts.UserAccountRepository;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what, by URL space: the home page, login, static files and the calendar feeds (which carry their own
 * secret token) are public; {@code /member/**} is the member portal, {@code /worker/**} the worker portal,
 * {@code /admin/**} the support administrator's; everything else belongs to the secretariat. Within a space, every
 * query is scoped to the logged-in user's cooperative, and for members and workers to their own member or worker.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/webjars/**",
                                "/actuator/health", "/actuator/health/**", "/ical/**")
                        .permitAll()
                        .requestMatchers("/member", "/member/**").hasRole("MEMBER")
                        .requestMatchers("/worker", "/worker/**").hasRole("WORKER")
                        .requestMatchers("/admin", "/admin/**").hasRole("SUPPORT_ADMIN")
                        .requestMatchers("/account/**").authenticated()
                        .anyRequest()
                        .hasRole("SECRETARIAT"))
                .formLogin(login -> login.loginPage("/login").permitAll()
                        .successHandler(successHandler())
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LockedException
                                        ? "/login?locked" : "/login?error"))))
                .logout(Customizer.withDefaults())
                // after a one-time password: nothing but choosing a new one, on every request
                .addFilterAfter(new MustChangePasswordFilter(accounts), AuthorizationFilter.class);
        return http.build();
    }

    /** After a one-time password, straight to choosing a new one; otherwise where the user was going. */
    private static AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof TsumugiUser user && user.isMustChangePassword()) {
                response.sendRedirect(request.getContextPath() + "/account/password");
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
