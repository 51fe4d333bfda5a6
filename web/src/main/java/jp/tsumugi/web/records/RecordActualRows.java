package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.util.List;
import jp.tsumugi.web.memberportal.ActualWork;
import org.springframework.data.repository.Repository;

/** The members' actual rows as the documents read them: read-only, every finder scoped by cooperative. */
interface RecordActualRows extends Repository<ActualWork, Long> {

    List<ActualWork> findByCooperativeIdAndWorkerCodeAndDateBetweenOrderByDateAsc(Long cooperativeId,
            String workerCode, LocalDate from, LocalDate to);

    List<ActualWork> findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(Long cooperativeId,
            Long memberId, LocalDate from, LocalDate to);

    List<ActualWork> findByCooperativeIdAndDateBetweenOrderByDateAsc(Long cooperativeId, LocalDate from,
            LocalDate to);
}
