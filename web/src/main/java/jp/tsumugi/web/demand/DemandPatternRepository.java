package jp.tsumugi.web.demand;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import jp.tsumugi.web.members.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DemandPatternRepository extends CooperativeScopedRepository<DemandPattern> {

    List<DemandPattern> findByCooperativeIdOrderByCode(Long cooperativeId);

    List<DemandPattern> findByCooperativeIdAndSiteMemberOrderByCode(Long cooperativeId, Member member);

    Optional<DemandPattern> findByCooperativeIdAndCode(Long cooperativeId, String code);

    /** Pending change proposals of planned patterns. */
    List<DemandPattern> findByCooperativeIdAndStatusAndReplacesIdIsNotNull(Long cooperativeId, DemandStatus status);

    /**
     * The list page: optional member and site filters (null: any), and a lower-case LIKE pattern matched against the
     * code and the note.
     */
    @EntityGraph(attributePaths = {"site", "site.member", "jobType"})
    @Query("""
            select p from DemandPattern p
            where p.cooperativeId = :cooperativeId
              and (:memberId is null or p.site.member.id = :memberId)
              and (:siteId is null or p.site.id = :siteId)
              and (lower(p.code) like :text or lower(coalesce(p.note, '')) like :text)
            """)
    Page<DemandPattern> search(@Param("cooperativeId") Long cooperativeId, @Param("memberId") Long memberId,
            @Param("siteId") Long siteId, @Param("text") String text, Pageable pageable);
}
