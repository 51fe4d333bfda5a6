package jp.tsumugi.web.accounts;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The logged-in user as Spring Security holds it, with the ids every data access is scoped by. Controllers take it
 * with {@code @AuthenticationPrincipal}.
 */
public class TsumugiUser extends User {

    private final Long accountId;

    private final Long cooperativeId;

    private final Role role;

    private final Long memberId;

    private final Long workerId;

    private final String displayName;

    private final boolean mustChangePassword;

    TsumugiUser(UserAccount account) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true,
                account.getLockedUntil() == null || account.getLockedUntil().isBefore(java.time.OffsetDateTime.now()),
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole().name())));
        this.accountId = account.getId();
        this.cooperativeId = account.getCooperativeId();
        this.role = account.getRole();
        this.memberId = account.getMemberId();
        this.workerId = account.getWorkerId();
        this.displayName = account.getDisplayName();
        this.mustChangePassword = account.isMustChangePassword();
    }

    /** Logged in with a one-time password: must choose a new one. */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getCooperativeId() {
        return cooperativeId;
    }

    public Role getRole() {
        return role;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getWorkerId() {
        return workerId;
    }

    public String getDisplayName() {
        return displayName;
    }
}
