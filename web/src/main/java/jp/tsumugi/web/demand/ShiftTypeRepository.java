package jp.tsumugi.web.demand;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface ShiftTypeRepository extends CooperativeScopedRepository<ShiftType> {

    List<ShiftType> findByCooperativeIdOrderByCode(Long cooperativeId);
}
