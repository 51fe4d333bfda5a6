package jp.tsumugi.web.workerportal;

import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The logged-in worker's own worker row, found by their cooperative and worker id; nobody else's. */
@Component
class MyWorker {

    private final WorkerRepository workers;

    MyWorker(WorkerRepository workers) {
        this.workers = workers;
    }

    @Transactional(readOnly = true)
    Worker of(TsumugiUser user) {
        if (user == null || user.getWorkerId() == null || user.getCooperativeId() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return workers.findByIdAndCooperativeId(user.getWorkerId(), user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
