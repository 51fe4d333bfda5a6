package jp.tsumugi.web.members;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface SiteRepository extends CooperativeScopedRepository<Site> {

    List<Site> findByCooperativeIdOrderByCode(Long cooperativeId);

    List<Site> findByCooperativeIdAndMemberOrderByCode(Long cooperativeId, Member member);

    Optional<Site> findByCooperativeIdAndCode(Long cooperativeId, String code);
}
