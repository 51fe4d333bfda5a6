package jp.tsumugi.web.accounts;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface UserAccountRepository extends Repository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    long count();

    UserAccount save(UserAccount account);

    java.util.List<UserAccount> findByCooperativeIdOrderByRoleAscUsernameAsc(Long cooperativeId);

    Optional<UserAccount> findByIdAndCooperativeId(Long id, Long cooperativeId);
}
