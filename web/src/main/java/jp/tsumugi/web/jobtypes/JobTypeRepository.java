package jp.tsumugi.web.jobtypes;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface JobTypeRepository extends CooperativeScopedRepository<JobType> {

    List<JobType> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<JobType> findByCooperativeIdAndCode(Long cooperativeId, String code);

    /** The list page shows each type's skills after the read transaction ended. */
    @EntityGraph(attributePaths = "requiredSkills")
    List<JobType> findWithSkillsByCooperativeIdOrderByCode(Long cooperativeId);

    @EntityGraph(attributePaths = "requiredSkills")
    Optional<JobType> findWithSkillsByIdAndCooperativeId(Long id, Long cooperativeId);

    /** Demand patterns of the type: a type that has demand cannot be deleted. */
    @Query("select count(p) from DemandPattern p where p.cooperativeId = ?1 and p.jobType = ?2")
    long countDemandPatterns(Long cooperativeId, JobType jobType);
}
