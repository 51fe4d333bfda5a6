package jp.tsumugi.web.workerportal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.data.jpa.repository.EntityGraph;

interface LeaveRequestRepository extends CooperativeScopedRepository<LeaveRequest> {

    /** One worker's own requests, newest date first. */
    List<LeaveRequest> findByCooperativeIdAndWorkerOrderByDateDescIdDesc(Long cooperativeId, Worker worker);

    /** One of the worker's own requests: never another worker's, even with a guessed id. */
    Optional<LeaveRequest> findByIdAndCooperativeIdAndWorker(Long id, Long cooperativeId, Worker worker);

    List<LeaveRequest> findByCooperativeIdAndWorkerAndStatusIn(Long cooperativeId, Worker worker,
            Collection<LeaveRequestStatus> statuses);

    /** The secretariat's list. */
    @EntityGraph(attributePaths = "worker")
    List<LeaveRequest> findByCooperativeIdAndStatusOrderByDateAscIdAsc(Long cooperativeId, LeaveRequestStatus status);

    @EntityGraph(attributePaths = "worker")
    List<LeaveRequest> findTop20ByCooperativeIdAndStatusNotOrderByDecidedAtDescIdDesc(Long cooperativeId,
            LeaveRequestStatus status);
}
