package jp.tsumugi.web.workerportal;

import java.util.List;
import java.util.Optional;
import jp.tsumugi.web.cooperative.CooperativeScopedRepository;

interface CalendarTokenRepository extends CooperativeScopedRepository<CalendarToken> {

    List<CalendarToken> findByCooperativeIdAndWorkerIdAndRevokedAtIsNull(Long cooperativeId, Long workerId);

    /**
     * The one unscoped finder: a feed request carries nothing but its token, which is the credential. Everything the
     * feed then reads is scoped by the token's cooperative and worker.
     */
    Optional<CalendarToken> findByTokenHashAndRevokedAtIsNull(String tokenHash);
}
