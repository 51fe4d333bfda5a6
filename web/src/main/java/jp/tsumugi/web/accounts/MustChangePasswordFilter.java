package jp.tsumugi.web.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who logged in with a one-time password must choose a new one before anything else, on every request and not
 * only right after the login: any page but the password page itself, logout, static files and error pages sends them
 * to {@value #PASSWORD_PAGE} (an htmx request gets an {@code HX-Redirect} header, so the whole page goes there rather
 * than a fragment being swapped in).
 *
 * <p>The flag is the one the login saw ({@link TsumugiUser#isMustChangePassword()}); the account is read again only
 * for such a user, so that the change takes effect at once. A password reset by the secretariat while the user is
 * logged in does not lock them out of their session: its one-time password is for the next login.
 */
public class MustChangePasswordFilter extends OncePerRequestFilter {

    public static final String PASSWORD_PAGE = "/account/password";

    /** What such a user may still reach: the page to change it, leaving, and what any page needs to show. */
    private static final List<String> OPEN = List.of(PASSWORD_PAGE, "/logout", "/error", "/favicon.ico");

    private static final List<String> OPEN_PREFIXES = List.of("/css/", "/js/", "/webjars/", "/images/", "/error/",
            "/actuator/");

    private final UserAccountRepository accounts;

    public MustChangePasswordFilter(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TsumugiUser user
                && user.isMustChangePassword() && !open(path(request)) && stillMustChange(user)) {
            String target = request.getContextPath() + PASSWORD_PAGE;
            if ("true".equals(request.getHeader("HX-Request"))) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillMustChange(TsumugiUser user) {
        return accounts.findByUsername(user.getUsername()).map(UserAccount::isMustChangePassword).orElse(true);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean open(String path) {
        return OPEN.contains(path) || OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
