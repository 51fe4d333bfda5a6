package jp.tsumugi.web.skills;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.Query;

public interface SkillRepository extends CooperativeScopedRepository<Skill> {

    List<Skill> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<Skill> findByCooperativeIdAndCode(Long cooperativeId, String code);

    /** Sites, job types, demand patterns and workers that require or hold the skill: then it cannot be deleted. */
    default long countUses(Long cooperativeId, Skill skill) {
        return countSites(cooperativeId, skill) + countJobTypes(cooperativeId, skill)
                + countDemandPatterns(cooperativeId, skill) + countWorkers(cooperativeId, skill);
    }

    @Query("select count(s) from Site s join s.requiredSkills k where s.cooperativeId = ?1 and k = ?2")
    long countSites(Long cooperativeId, Skill skill);

    @Query("select count(j) from JobType j join j.requiredSkills k where j.cooperativeId = ?1 and k = ?2")
    long countJobTypes(Long cooperativeId, Skill skill);

    @Query("select count(p) from DemandPattern p join p.requiredSkills k where p.cooperativeId = ?1 and k = ?2")
    long countDemandPatterns(Long cooperativeId, Skill skill);

    @Query("select count(w) from WorkerSkill w where w.cooperativeId = ?1 and w.skill = ?2")
    long countWorkers(Long cooperativeId, Skill skill);
}
