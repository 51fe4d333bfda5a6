package jp.tsumugi.web.accounts;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@value #MAX_FAILURES} wrong passwords in a row an account is locked for
 * {@link #LOCK_TIME}; a successful login clears the count. Guessing a password online becomes impractically slow.
 */
@Component
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;

    public static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;

    LoginAttempts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            int failures = account.getFailedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                account.setLockedUntil(OffsetDateTime.now().plus(LOCK_TIME));
                failures = 0;
            }
            account.setFailedAttempts(failures);
            accounts.save(account);
        });
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.getFailedAttempts() != 0 || account.getLockedUntil() != null) {
                account.setFailedAttempts(0);
                account.setLockedUntil(null);
                accounts.save(account);
            }
        });
    }
}
