package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import org.springframework.context.ApplicationContext;

/**
 * Actual hours entered the way the member portal stores them (through its repositories), for tests of the documents
 * that read them.
 */
public final class TestActuals {

    private TestActuals() {
    }

    /** Records a worker's actual day at the member. */
    public static ActualWork record(ApplicationContext context, long cooperativeId, long memberId, Long workerId,
            String workerCode, String workerName, LocalDate date, LocalTime start, LocalTime end, int breakMinutes) {
        ActualWork row = new ActualWork(cooperativeId, memberId, workerId, workerCode, workerName, date);
        row.record(start, end, breakMinutes, "test");
        return context.getBean(ActualWorkRepository.class).save(row);
    }

    /** Submits the member's month, as the member does from the portal: the rows are stamped, the month locked. */
    public static void submit(ApplicationContext context, long cooperativeId, long memberId, YearMonth month) {
        ActualWorkRepository rows = context.getBean(ActualWorkRepository.class);
        OffsetDateTime now = OffsetDateTime.now();
        for (ActualWork row : rows.findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(
                cooperativeId, memberId, month.atDay(1), month.atEndOfMonth())) {
            row.setSubmittedAt(now);
            rows.save(row);
        }
        context.getBean(ActualWorkMonthRepository.class)
                .save(new ActualWorkMonth(cooperativeId, memberId, month.atDay(1), now, "test"));
    }
}
