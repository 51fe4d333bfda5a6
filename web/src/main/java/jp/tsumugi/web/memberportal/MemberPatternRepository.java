package jp.tsumugi.web.memberportal;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import jp.tsumugi.web.demand.DemandPattern;
import org.springframework.data.jpa.repository.EntityGraph;

/**
 * The demand patterns as a member may reach them: only those at the member's own sites. There is no finder without
 * the member, so another member's pattern is simply not found.
 */
public interface MemberPatternRepository extends CooperativeScopedRepository<DemandPattern> {

    @EntityGraph(attributePaths = {"site", "jobType"})
    List<DemandPattern> findByCooperativeIdAndSiteMemberIdOrderByCode(Long cooperativeId, Long memberId);

    @EntityGraph(attributePaths = {"site", "site.member", "jobType", "requiredSkills"})
    Optional<DemandPattern> findByIdAndCooperativeIdAndSiteMemberId(Long id, Long cooperativeId, Long memberId);

    /** A planned pattern's pending change proposal (proposals sit at the member's own sites like the pattern). */
    Optional<DemandPattern> findFirstByCooperativeIdAndSiteMemberIdAndReplacesIdAndStatus(Long cooperativeId,
            Long memberId, Long replacesId, jp.tsumugi.web.demand.DemandStatus status);

    /** Codes are unique in the whole cooperative (they name slots). */
    boolean existsByCooperativeIdAndCode(Long cooperativeId, String code);
}
