package jp.tsumugi.web.workers;

import java.time.LocalDate;
import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface AvailabilityRepository extends CooperativeScopedRepository<Availability> {

    List<Availability> findByCooperativeIdOrderByDateAscIdAsc(Long cooperativeId);

    List<Availability> findByCooperativeIdAndWorkerOrderByDateAscIdAsc(Long cooperativeId, Worker worker);

    List<Availability> findByCooperativeIdAndDateBetweenOrderByDateAscIdAsc(Long cooperativeId, LocalDate from,
            LocalDate to);
}
