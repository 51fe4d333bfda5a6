package jp.tsumugi.web.workers;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface WorkerRepository extends CooperativeScopedRepository<Worker> {

    List<Worker> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<Worker> findByCooperativeIdAndCode(Long cooperativeId, String code);

    /** Search by code or name (case-insensitive, substring), with the required buddy for the list. */
    @EntityGraph(attributePaths = "requiredBuddy")
    Page<Worker> findByCooperativeIdAndCodeContainingIgnoreCaseOrCooperativeIdAndNameContainingIgnoreCase(
            Long cooperativeId, String code, Long sameCooperativeId, String name, Pageable pageable);
}
