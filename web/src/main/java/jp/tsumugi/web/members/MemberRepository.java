package jp.tsumugi.web.members;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface MemberRepository extends CooperativeScopedRepository<Member> {

    List<Member> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<Member> findByCooperativeIdAndCode(Long cooperativeId, String code);

    /** Search by code or name (case-insensitive, substring). */
    Page<Member> findByCooperativeIdAndCodeContainingIgnoreCaseOrCooperativeIdAndNameContainingIgnoreCase(
            Long cooperativeId, String code, Long sameCooperativeId, String name, Pageable pageable);
}
