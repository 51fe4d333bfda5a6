package jp.tsumugi.web.cooperative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface CooperativeRepository extends Repository<Cooperative, Long> {

    List<Cooperative> findAllByOrderByCodeAsc();

    Optional<Cooperative> findByCode(String code);

    Optional<Cooperative> findById(Long id);

    long count();

    Cooperative save(Cooperative cooperative);
}
