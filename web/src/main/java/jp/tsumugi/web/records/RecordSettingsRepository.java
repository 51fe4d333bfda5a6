package jp.tsumugi.web.records;

import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface RecordSettingsRepository extends CooperativeScopedRepository<RecordSettings> {

    Optional<RecordSettings> findFirstByCooperativeId(Long cooperativeId);
}
