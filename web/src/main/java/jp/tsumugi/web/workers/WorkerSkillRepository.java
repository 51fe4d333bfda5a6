package jp.tsumugi.web.workers;

import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface WorkerSkillRepository extends CooperativeScopedRepository<WorkerSkill> {
}
