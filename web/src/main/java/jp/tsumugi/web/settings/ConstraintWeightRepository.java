package jp.tsumugi.web.settings;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface ConstraintWeightRepository extends CooperativeScopedRepository<ConstraintWeight> {

    List<ConstraintWeight> findByCooperativeIdOrderByConstraintId(Long cooperativeId);
}
