package jp.tsumugi.web.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
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
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/webjars/**",
                                "/actuator/health", "/actuator/health/**", "/ical/**")
                        .permitAll()
                        .requestMatchers("/member", "/member/**").hasRole("MEMBER")
                        .requestMatchers("/worker", "/worker/**").hasRole("WORKER")
                        .requestMatchers("/admin", "/admin/**").hasRole("SUPPORT_ADMIN")
                        .anyRequest()
                        .hasRole("SECRETARIAT"))
                .formLogin(login -> login.loginPage("/login").permitAll())
                .logout(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
