package jp.tsumugi.web.plans;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface PlanRepository extends CooperativeScopedRepository<Plan> {

    List<Plan> findByCooperativeIdOrderByIdDesc(Long cooperativeId);

    /** All cooperatives: used once at startup to mark jobs a restart interrupted. */
    List<Plan> findByStatus(PlanStatus status);
}
