package jp.tsumugi.web.cooperative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The only way to read or write cooperative data: every finder takes the cooperative, and there is deliberately no
 * unscoped {@code findById}, so a request can never reach another cooperative's row by guessing its id.
 */
@NoRepositoryBean
public interface CooperativeScopedRepository<T extends CooperativeOwned> extends Repository<T, Long> {

    Optional<T> findByIdAndCooperativeId(Long id, Long cooperativeId);

    List<T> findByCooperativeId(Long cooperativeId);

    long countByCooperativeId(Long cooperativeId);

    <S extends T> S save(S entity);

    <S extends T> List<S> saveAll(Iterable<S> entities);

    void delete(T entity);

    /** Bulk delete for an import that replaces the cooperative's data; join tables follow by ON DELETE CASCADE. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from #{#entityName} e where e.cooperativeId = ?1")
    int deleteAllOfCooperative(Long cooperativeId);
}
