package jp.tsumugi.web.cooperative;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface CooperativeRepository extends Repository<Cooperative, Long> {

    List<Cooperative> findAllByOrderByCodeAsc();

    Optional<Cooperative> findByCode(String code);

    long count();

    Cooperative save(Cooperative cooperative);
}
