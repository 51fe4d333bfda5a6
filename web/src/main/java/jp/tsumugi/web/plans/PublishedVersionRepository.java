package jp.tsumugi.web.plans;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface PublishedVersionRepository extends CooperativeScopedRepository<PublishedVersion> {

    List<PublishedVersion> findByCooperativeIdAndPlanIdOrderByNumberDesc(Long cooperativeId, Long planId);

    Optional<PublishedVersion> findFirstByCooperativeIdAndPlanIdOrderByNumberDesc(Long cooperativeId, Long planId);
}
