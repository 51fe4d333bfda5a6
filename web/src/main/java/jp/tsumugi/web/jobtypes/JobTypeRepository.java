package jp.tsumugi.web.jobtypes;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface JobTypeRepository extends CooperativeScopedRepository<JobType> {

    List<JobType> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<JobType> findByCooperativeIdAndCode(Long cooperativeId, String code);
}
