package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

/** A member's actuals: every finder takes the cooperative and the member. */
public interface ActualWorkRepository extends CooperativeScopedRepository<ActualWork> {

    List<ActualWork> findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(Long cooperativeId,
            Long memberId, LocalDate from, LocalDate to);

    Optional<ActualWork> findByCooperativeIdAndMemberIdAndWorkerCodeAndDate(Long cooperativeId, Long memberId,
            String workerCode, LocalDate date);

    /** How many actual days the member has recorded: they keep the member from being deleted. */
    long countByCooperativeIdAndMemberId(Long cooperativeId, Long memberId);
}
