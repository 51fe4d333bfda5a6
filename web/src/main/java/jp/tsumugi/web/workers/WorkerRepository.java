package jp.tsumugi.web.workers;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface WorkerRepository extends CooperativeScopedRepository<Worker> {

    List<Worker> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<Worker> findByCooperativeIdAndCode(Long cooperativeId, String code);
}
