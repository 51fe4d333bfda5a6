package jp.tsumugi.web.workers;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface ShiftRequestRepository extends CooperativeScopedRepository<ShiftRequest> {

    List<ShiftRequest> findByCooperativeIdOrderByDateAscIdAsc(Long cooperativeId);
}
