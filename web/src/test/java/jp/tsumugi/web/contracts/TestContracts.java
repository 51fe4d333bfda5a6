package jp.tsumugi.web.contracts;

import java.time.LocalDate;
import java.util.List;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.springframework.context.ApplicationContext;

/**
 * For tests that build a cooperative of their own and publish: a roster is published only where a dispatch contract
 * covers each assigned day, so such a cooperative needs contracts, as the demo cooperative has.
 */
public final class TestContracts {

    private TestContracts() {
    }

    /** One contract per member over the cooperative's planning year, covering all of each member's patterns. */
    public static List<DispatchContract> coverPlanningYear(ApplicationContext context, long cooperativeId) {
        Cooperative cooperative = context.getBean(CooperativeRepository.class).findById(cooperativeId).orElseThrow();
        return cover(context, cooperativeId, cooperative.getPlanFrom(), cooperative.getPlanTo());
    }

    /** One contract per member over the period, covering all of each member's patterns. */
    public static List<DispatchContract> cover(ApplicationContext context, long cooperativeId, LocalDate from,
            LocalDate to) {
        return context.getBean(ContractDrafts.class).addSampleContracts(cooperativeId, from, to, from.minusDays(14));
    }
}
