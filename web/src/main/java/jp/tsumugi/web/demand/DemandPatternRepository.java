package jp.tsumugi.web.demand;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import jp.tsumugi.web.members.Member;

public interface DemandPatternRepository extends CooperativeScopedRepository<DemandPattern> {

    List<DemandPattern> findByCooperativeIdOrderByCode(Long cooperativeId);

    List<DemandPattern> findByCooperativeIdAndSiteMemberOrderByCode(Long cooperativeId, Member member);

    Optional<DemandPattern> findByCooperativeIdAndCode(Long cooperativeId, String code);
}
