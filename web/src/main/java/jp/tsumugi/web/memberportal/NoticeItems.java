package jp.tsumugi.web.memberportal;

import java.time.LocalDate;
import java.time.Period;
import jp.tsumugi.web.workers.Worker;

/**
 * What a member may know about a dispatched worker: the items of the notice to the client (派遣法 §35, domain.md
 * §2.6) and nothing else — no id, no address, no other assignments.
 *
 * @param sex MALE, FEMALE or null (not recorded)
 * @param ageBand the band the notice names on the day of work
 */
public record NoticeItems(String name, String sex, AgeBand ageBand, boolean sixtyOrOver, boolean openEnded,
        boolean agreementCovered, boolean healthInsurance, boolean pensionInsurance, boolean employmentInsurance) {

    /** The notice states the age only as "45 or over" or "under 18"; otherwise nothing. */
    public enum AgeBand {
        UNDER_18,
        FROM_45,
        NONE,
        UNKNOWN
    }

    static NoticeItems of(Worker worker, LocalDate on) {
        Integer age = worker.getBirthDate() == null ? null : Period.between(worker.getBirthDate(), on).getYears();
        AgeBand band = age == null ? AgeBand.UNKNOWN
                : age < 18 ? AgeBand.UNDER_18 : age >= 45 ? AgeBand.FROM_45 : AgeBand.NONE;
        return new NoticeItems(worker.getName(), worker.getSex(), band, age != null && age >= 60,
                worker.isOpenEnded(), worker.isAgreementCovered(), worker.isHealthInsurance(),
                worker.isPensionInsurance(), worker.isEmploymentInsurance());
    }
}
