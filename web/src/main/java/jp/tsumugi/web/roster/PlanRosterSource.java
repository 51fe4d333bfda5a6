package jp.tsumugi.web.roster;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.web.accounts.TsumugiUser;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.settings.Holiday;
import jp.tsumugi.web.settings.HolidayRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * What every roster view starts from: the user's own plan (another cooperative's plan is not found), its roster as the
 * solver's model, and the cooperative's holidays.
 */
@Component
class PlanRosterSource {

    private final PlanRepository plans;
    private final PlanRosters rosters;
    private final HolidayRepository holidays;

    PlanRosterSource(PlanRepository plans, PlanRosters rosters, HolidayRepository holidays) {
        this.plans = plans;
        this.rosters = rosters;
        this.holidays = holidays;
    }

    Plan plan(TsumugiUser user, long planId) {
        return plans.findByIdAndCooperativeId(planId, user.getCooperativeId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    Roster roster(TsumugiUser user, Plan plan) {
        return rosters.load(user.getCooperativeId(), plan.getId());
    }

    Set<LocalDate> holidays(TsumugiUser user) {
        return holidays.findByCooperativeIdOrderByDate(user.getCooperativeId()).stream().map(Holiday::getDate)
                .collect(Collectors.toSet());
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
