package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface ActualWorkMonthRepository extends CooperativeScopedRepository<ActualWorkMonth> {

    Optional<ActualWorkMonth> findByCooperativeIdAndMemberIdAndMonthStart(Long cooperativeId, Long memberId,
            LocalDate monthStart);
}
