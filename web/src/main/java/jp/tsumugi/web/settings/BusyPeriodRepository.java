package jp.tsumugi.web.settings;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface BusyPeriodRepository extends CooperativeScopedRepository<BusyPeriod> {

    List<BusyPeriod> findByCooperativeIdOrderByFrom(Long cooperativeId);
}
