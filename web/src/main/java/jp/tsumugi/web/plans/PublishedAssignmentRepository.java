package jp.tsumugi.web.plans;

import java.util.List;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

public interface PublishedAssignmentRepository extends CooperativeScopedRepository<PublishedAssignment> {

    List<PublishedAssignment> findByCooperativeIdAndPublishedVersionId(Long cooperativeId, Long publishedVersionId);
}
