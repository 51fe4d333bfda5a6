package jp.tsumugi.web.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.memberportal.ActualWorkMonth;
import org.springframework.data.repository.Repository;

/** The months members submitted, as the documents read them: read-only, every finder scoped by cooperative. */
interface RecordActualMonths extends Repository<ActualWorkMonth, Long> {

    Optional<ActualWorkMonth> findByCooperativeIdAndMemberIdAndMonthStart(Long cooperativeId, Long memberId,
            LocalDate monthStart);

    List<ActualWorkMonth> findByCooperativeIdAndMonthStartBetween(Long cooperativeId, LocalDate from, LocalDate to);
}
