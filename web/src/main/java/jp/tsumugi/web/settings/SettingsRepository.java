package jp.tsumugi.web.settings;

import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface SettingsRepository extends CooperativeScopedRepository<Settings> {

    Optional<Settings> findFirstByCooperativeId(Long cooperativeId);
}
