package jp.tsumugi.web.contracts;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface DispatchContractRepository extends CooperativeScopedRepository<DispatchContract> {

    /** Every contract of the cooperative with what coverage and the documents read, by member code and period. */
    @EntityGraph(attributePaths = {"member", "site", "patterns"})
    List<DispatchContract> findByCooperativeIdOrderByMemberCodeAscFromAscIdAsc(Long cooperativeId);

    @EntityGraph(attributePaths = {"member", "site", "patterns"})
    List<DispatchContract> findByCooperativeIdAndMemberIdOrderByFromAscIdAsc(Long cooperativeId, Long memberId);

    @EntityGraph(attributePaths = {"member", "site", "patterns"})
    Optional<DispatchContract> findWithDetailsByIdAndCooperativeId(Long id, Long cooperativeId);

    /** The slot keys ({@code pattern@date#n}) of every published version of the cooperative: records to keep. */
    @Query("select distinct p.slotKey from PublishedAssignment p where p.cooperativeId = ?1")
    List<String> publishedSlotKeys(Long cooperativeId);

    /** Whether a contract of the cooperative names the pattern among its chosen ones (the contract is a record). */
    @Query("select count(c) > 0 from DispatchContract c join c.patterns p where c.cooperativeId = ?1 and p.id = ?2")
    boolean namesPattern(Long cooperativeId, Long patternId);
}
