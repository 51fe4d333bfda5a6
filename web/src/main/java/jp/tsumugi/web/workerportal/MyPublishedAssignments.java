package jp.tsumugi.web.workerportal;

import java.util.List;
import jp.tsumugi.web.plans.PublishedAssignment;
import org.springframework.data.repository.Repository;

/** A worker's own rows of a published version: the query itself is scoped by cooperative and worker. */
interface MyPublishedAssignments extends Repository<PublishedAssignment, Long> {

    List<PublishedAssignment> findByCooperativeIdAndPublishedVersionIdAndWorkerCode(Long cooperativeId,
            Long publishedVersionId, String workerCode);
}
