package jp.tsumugi.web.workers;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface WorkerSkillRepository extends CooperativeScopedRepository<WorkerSkill> {

    @EntityGraph(attributePaths = "skill")
    List<WorkerSkill> findByCooperativeIdAndWorkerOrderByIdAsc(Long cooperativeId, Worker worker);
}
