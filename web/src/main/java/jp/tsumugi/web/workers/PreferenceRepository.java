package jp.tsumugi.web.workers;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface PreferenceRepository extends CooperativeScopedRepository<Preference> {

    List<Preference> findByCooperativeIdOrderByIdAsc(Long cooperativeId);
}
