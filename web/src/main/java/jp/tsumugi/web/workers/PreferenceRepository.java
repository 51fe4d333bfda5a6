package jp.tsumugi.web.workers;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.EntityGraph;

public interface PreferenceRepository extends CooperativeScopedRepository<Preference> {

    List<Preference> findByCooperativeIdOrderByIdAsc(Long cooperativeId);

    @EntityGraph(attributePaths = {"member", "jobType"})
    List<Preference> findByCooperativeIdAndWorkerOrderByIdAsc(Long cooperativeId, Worker worker);
}
