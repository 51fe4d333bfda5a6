package jp.tsumugi.web.members;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SiteRepository extends CooperativeScopedRepository<Site> {

    List<Site> findByCooperativeIdOrderByCode(Long cooperativeId);

    List<Site> findByCooperativeIdAndMemberOrderByCode(Long cooperativeId, Member member);

    Optional<Site> findByCooperativeIdAndCode(Long cooperativeId, String code);

    long countByCooperativeIdAndMember(Long cooperativeId, Member member);

    /** The site with what its form shows, so that it can be edited after the read transaction ended. */
    @EntityGraph(attributePaths = {"member", "requiredSkills"})
    Optional<Site> findWithDetailsByIdAndCooperativeId(Long id, Long cooperativeId);

    /**
     * Search by code, name or address (case-insensitive substring; {@code pattern} is a LIKE pattern with {@code \}
     * as escape), optionally only one member's sites.
     */
    @Query(value = """
            select s from Site s join fetch s.member m
            where s.cooperativeId = :cooperativeId and (:memberId is null or m.id = :memberId)
              and (lower(s.code) like :pattern escape '\\' or lower(s.name) like :pattern escape '\\'
                   or lower(coalesce(s.address, '')) like :pattern escape '\\')""",
            countQuery = """
            select count(s) from Site s
            where s.cooperativeId = :cooperativeId and (:memberId is null or s.member.id = :memberId)
              and (lower(s.code) like :pattern escape '\\' or lower(s.name) like :pattern escape '\\'
                   or lower(coalesce(s.address, '')) like :pattern escape '\\')""")
    Page<Site> search(@Param("cooperativeId") Long cooperativeId, @Param("memberId") Long memberId,
            @Param("pattern") String pattern, Pageable pageable);

    /** Demand patterns at the site: a site that has demand cannot be deleted. */
    @Query("select count(p) from DemandPattern p where p.cooperativeId = ?1 and p.site = ?2")
    long countDemandPatterns(Long cooperativeId, Site site);

    /** A LIKE pattern that finds {@code text} anywhere, with {@code %}, {@code _} and {@code \} taken literally. */
    static String containing(String text) {
        String escaped = text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
