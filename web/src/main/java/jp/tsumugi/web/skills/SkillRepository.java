package jp.tsumugi.web.skills;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface SkillRepository extends CooperativeScopedRepository<Skill> {

    List<Skill> findByCooperativeIdOrderByCode(Long cooperativeId);

    Optional<Skill> findByCooperativeIdAndCode(Long cooperativeId, String code);
}
