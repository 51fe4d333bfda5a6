package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import jp.tsumugi.web.plans.Plan;
import org.springframework.data.jpa.repository.Query;

/** What the member portal needs to know about the cooperative's plans. */
public interface MemberPlanRepository extends CooperativeScopedRepository<Plan> {

    /** The latest plan: the one the member's roster is read from. */
    Optional<Plan> findFirstByCooperativeIdOrderByIdDesc(Long cooperativeId);

    /** Published versions of plans whose window touches from–to: a roster for those dates has gone out. */
    @Query("""
            select count(v) from PublishedVersion v, Plan p
            where v.planId = p.id and p.cooperativeId = ?1 and v.cooperativeId = ?1
              and p.from <= ?3 and p.to >= ?2""")
    long countPublishedCovering(Long cooperativeId, LocalDate from, LocalDate to);

    /** Whether the plan has a published version. */
    @Query("select count(v) from PublishedVersion v where v.cooperativeId = ?1 and v.planId = ?2")
    long countPublished(Long cooperativeId, Long planId);
}
