package jp.tsumugi.web.settings;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface HolidayRepository extends CooperativeScopedRepository<Holiday> {

    List<Holiday> findByCooperativeIdOrderByDate(Long cooperativeId);
}
