package jp.tsumugi.web.contracts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.plans.PublishCheck;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which dispatch contract covers a day of work at a member (派遣法 §26; domain.md §6 rule 28): one of the member's
 * contracts whose period holds the date and that covers all of the member's patterns or the slot's. Publishing is
 * refused for every member and month with assigned work and no such contract.
 */
@Service
public class ContractCoverage implements PublishCheck {

    static final String GAP_KEY = "contracts.publish.gap";

    private final DispatchContractRepository contracts;

    ContractCoverage(DispatchContractRepository contracts) {
        this.contracts = contracts;
    }

    /** A member's month with assigned work that no contract covers. */
    public record Gap(String memberCode, String memberName, YearMonth month) {
    }

    /** The cooperative's contracts, ready to answer which one covers a day. */
    @Transactional(readOnly = true)
    public Index index(long cooperativeId) {
        return new Index(contracts.findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(cooperativeId));
    }

    /** Members and months (in order) where an assigned slot has no contract. */
    @Transactional(readOnly = true)
    public List<Gap> gaps(long cooperativeId, Collection<Slot> slots) {
        Index index = index(cooperativeId);
        Map<String, TreeSet<YearMonth>> months = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        slots.stream().filter(Slot::isAssigned)
                .filter(slot -> index.covering(slot).isEmpty())
                .sorted(java.util.Comparator.comparing((Slot slot) -> slot.getMember().getId())
                        .thenComparing(Slot::getDate))
                .forEach(slot -> {
                    months.computeIfAbsent(slot.getMember().getId(), k -> new TreeSet<>())
                            .add(YearMonth.from(slot.getDate()));
                    names.put(slot.getMember().getId(), slot.getMember().getName());
                });
        List<Gap> gaps = new ArrayList<>();
        months.forEach((member, set) -> set.forEach(month -> gaps.add(new Gap(member, names.get(member), month))));
        return gaps;
    }

    @Override
    public List<Refusal> refusals(long cooperativeId, Roster roster) {
        // the month's numbers as text: a message argument that is a number would be printed as "2,026"
        return gaps(cooperativeId, roster.getSlots()).stream()
                .map(gap -> new Refusal(GAP_KEY, List.of(gap.memberName(), String.valueOf(gap.month().getYear()),
                        String.valueOf(gap.month().getMonthValue()))))
                .toList();
    }

    /** The contracts of one cooperative, by member code. */
    public static final class Index {

        private final Map<String, List<DispatchContract>> byMember = new LinkedHashMap<>();

        Index(List<DispatchContract> all) {
            all.forEach(contract -> byMember.computeIfAbsent(contract.getMember().getCode(), k -> new ArrayList<>())
                    .add(contract));
        }

        /** The contract covering the slot's member, pattern and date: the one that started last, if several do. */
        public Optional<DispatchContract> covering(Slot slot) {
            return covering(slot.getMember().getId(), slot.getCover().getPatternId(), slot.getDate());
        }

        public Optional<DispatchContract> covering(String memberCode, String patternCode, LocalDate date) {
            DispatchContract found = null;
            for (DispatchContract contract : byMember.getOrDefault(memberCode, List.of())) {
                if (contract.covers(date) && (contract.isAllPatterns() || contract.getPatterns().stream()
                        .map(DemandPattern::getCode).anyMatch(code -> code.equals(patternCode)))) {
                    found = contract;
                }
            }
            return Optional.ofNullable(found);
        }

        /** The member's contracts by period. */
        public List<DispatchContract> of(String memberCode) {
            return byMember.getOrDefault(memberCode, List.of());
        }
    }
}
