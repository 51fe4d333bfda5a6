package jp.tsumugi.web.memberportal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's own slots of the latest plan. The cooperative's whole roster is loaded, and everything that is not at
 * this member is dropped here, before anything reaches a page: other members' slots, and workers' other assignments.
 */
@Service
class MemberRosters {

    private final MemberPlanRepository plans;

    private final PlanRosters rosters;

    private final WorkerRepository workers;

    MemberRosters(MemberPlanRepository plans, PlanRosters rosters, WorkerRepository workers) {
        this.plans = plans;
        this.rosters = rosters;
        this.workers = workers;
    }

    @Transactional(readOnly = true)
    MemberRoster load(CurrentMember member) {
        long c = member.cooperativeId();
        Optional<Plan> latest = plans.findFirstByCooperativeIdOrderByIdDesc(c);
        if (latest.isEmpty()) {
            return MemberRoster.none(new CooperativeSettings().getFeePerHourYen());
        }
        Plan plan = latest.get();
        Roster roster = rosters.load(c, plan.getId());
        List<Slot> mine = roster.getSlots().stream()
                .filter(slot -> slot.getMember().getId().equals(member.code()))
                .sorted(Comparator.comparing(Slot::getDate).thenComparing(Slot::getStart)
                        .thenComparing(slot -> slot.getSite().getName()).thenComparing(Slot::getId))
                .toList();
        Set<String> codes = mine.stream().filter(Slot::isAssigned).map(slot -> slot.getWorker().getId())
                .collect(Collectors.toSet());
        Map<String, Worker> workerByCode = workers.findByCooperativeIdOrderByCode(c).stream()
                .filter(worker -> codes.contains(worker.getCode()))
                .collect(Collectors.toMap(Worker::getCode, Function.identity()));
        List<MemberSlot> slots = mine.stream().map(slot -> {
            Worker worker = slot.isAssigned() ? workerByCode.get(slot.getWorker().getId()) : null;
            return new MemberSlot(slot.getId(), slot.getDate(), slot.getCover().getStartTime(),
                    slot.getCover().getEndTime(), slot.getCover().getBreakMinutes(), slot.getNetMinutes(),
                    slot.getSite().getName(), slot.getCover().getJobType().getName(), isRequired(slot),
                    worker == null ? null : NoticeItems.of(worker, slot.getDate()),
                    worker == null ? null : worker.getCode());
        }).toList();
        return new MemberRoster(plan.getName(), plans.countPublished(c, plan.getId()) > 0, slots,
                roster.getSettings().getFeePerHourYen());
    }

    /** Heads 0..required-1 of a cover are its required ones ({@code pattern@date#n}). */
    private static boolean isRequired(Slot slot) {
        String id = slot.getId();
        int head = Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
        return head < slot.getCover().getRequiredHeadcount();
    }
}
