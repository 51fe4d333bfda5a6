package jp.tsumugi.web.members;

import java.util.UUID;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A fresh cooperative of a test's own, with a signed-in secretariat for it, so that tests which write never touch the
 * demo cooperative that other test classes read. Codes are random: the test context (and database) is shared.
 */
public final class TestCooperatives {

    /** The cooperative and its secretariat, to sign in with {@code SecurityMockMvcRequestPostProcessors.user(..)}. */
    public record Secretariat(long cooperativeId, String code, UserDetails user) {
    }

    private TestCooperatives() {
    }

    public static Secretariat create(ApplicationContext context, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = context.getBean(CooperativeRepository.class).save(new Cooperative(code, code)).getId();
        context.getBean(UserAccountRepository.class).save(new UserAccount(id, code,
                context.getBean(PasswordEncoder.class).encode("secret"), Role.SECRETARIAT, code));
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(code);
        // The demo loader's test counts the accounts: the principal lives on in memory, its row is not needed.
        context.getBean(JdbcTemplate.class).update("delete from app_user where username = ?", code);
        return new Secretariat(id, code, user);
    }
}
