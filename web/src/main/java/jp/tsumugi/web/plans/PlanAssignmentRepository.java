package jp.tsumugi.web.plans;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanAssignmentRepository extends CooperativeScopedRepository<PlanAssignment> {

    @EntityGraph(attributePaths = "worker")
    List<PlanAssignment> findByCooperativeIdAndPlanId(Long cooperativeId, Long planId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from PlanAssignment a where a.cooperativeId = ?1 and a.planId = ?2")
    int deleteAllOfPlan(Long cooperativeId, Long planId);
}
