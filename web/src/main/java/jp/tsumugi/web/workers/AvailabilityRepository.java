package jp.tsumugi.web.workers;

import java.time.LocalDate;
import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;

public interface AvailabilityRepository extends CooperativeScopedRepository<Availability> {

    List<Availability> findByCooperativeIdOrderByDateAscIdAsc(Long cooperativeId);

    List<Availability> findByCooperativeIdAndWorkerOrderByDateAscIdAsc(Long cooperativeId, Worker worker);

    List<Availability> findByCooperativeIdAndDateBetweenOrderByDateAscIdAsc(Long cooperativeId, LocalDate from,
            LocalDate to);

    @EntityGraph(attributePaths = "worker")
    Page<Availability> findByCooperativeIdAndDateBetween(Long cooperativeId, LocalDate from, LocalDate to,
            Pageable pageable);

    @EntityGraph(attributePaths = "worker")
    Page<Availability> findByCooperativeIdAndWorkerAndDateBetween(Long cooperativeId, Worker worker, LocalDate from,
            LocalDate to, Pageable pageable);
}
