package jp.tsumugi.web.workerportal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.demand.WeatherNote;
import jp.tsumugi.web.members.Site;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PublishedAssignment;
import jp.tsumugi.web.plans.PublishedVersion;
import jp.tsumugi.web.plans.PublishedVersionRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a worker has been told: their slots in the latest published version of the plans, never a draft being solved.
 * When plans overlap, a date belongs to the plan published most recently. Slot details (times, site, member, note)
 * come from the plan's roster by slot key; a published slot whose demand has since been removed keeps its date and
 * is shown without details.
 */
@Service
class PublishedSchedule {

    /**
     * One published slot of the worker. {@code start}/{@code end} are null when the slot's demand is gone;
     * {@code weather} is the member's rainy-day fallback for the pattern, or null.
     */
    record Shift(String slotKey, LocalDate date, LocalDateTime start, LocalDateTime end, int netMinutes,
            String memberName, String siteName, String siteAddress, String jobTypeName, String note,
            WeatherNote weather) {

        /** Working hours without breaks, e.g. 7.5. */
        public java.math.BigDecimal hours() {
            return ScheduleController.MonthHours.hours(netMinutes);
        }
    }

    /** The worker's shifts in a date range; {@code published}: some published plan covers part of the range. */
    record Schedule(boolean published, List<Shift> shifts) {

        Map<LocalDate, List<Shift>> byDate() {
            return shifts.stream().collect(Collectors.groupingBy(Shift::date, LinkedHashMap::new, Collectors.toList()));
        }

        int netMinutes() {
            return shifts.stream().mapToInt(Shift::netMinutes).sum();
        }
    }

    /** A plan with its latest published version. */
    record PublishedPlan(Plan plan, PublishedVersion version) {
    }

    private final PlanRepository plans;
    private final PublishedVersionRepository versions;
    private final MyPublishedAssignments assignments;
    private final PlanRosters rosters;
    private final SiteRepository sites;
    private final DemandPatternRepository patterns;

    PublishedSchedule(PlanRepository plans, PublishedVersionRepository versions, MyPublishedAssignments assignments,
            PlanRosters rosters, SiteRepository sites, DemandPatternRepository patterns) {
        this.plans = plans;
        this.versions = versions;
        this.assignments = assignments;
        this.rosters = rosters;
        this.sites = sites;
        this.patterns = patterns;
    }

    /** The cooperative's published plans, the most recently published first. */
    @Transactional(readOnly = true)
    List<PublishedPlan> publishedPlans(long cooperativeId) {
        Map<Long, PublishedVersion> latest = new HashMap<>();
        for (PublishedVersion version : versions.findByCooperativeId(cooperativeId)) {
            latest.merge(version.getPlanId(), version, (a, b) -> a.getNumber() >= b.getNumber() ? a : b);
        }
        return plans.findByCooperativeId(cooperativeId).stream()
                .filter(plan -> latest.containsKey(plan.getId()))
                .map(plan -> new PublishedPlan(plan, latest.get(plan.getId())))
                .sorted(Comparator.comparing((PublishedPlan p) -> p.version().getPublishedAt()).reversed()
                        .thenComparing(p -> p.plan().getId(), Comparator.reverseOrder()))
                .toList();
    }

    /** The plan to explain: the latest published one covering {@code today}, else the latest published. */
    @Transactional(readOnly = true)
    Optional<PublishedPlan> current(long cooperativeId, LocalDate today) {
        List<PublishedPlan> published = publishedPlans(cooperativeId);
        return published.stream().filter(p -> covers(p.plan(), today)).findFirst()
                .or(() -> published.stream().findFirst());
    }

    /**
     * The plan's roster as published: every slot carries its published worker (or none), whatever the draft says.
     */
    @Transactional(readOnly = true)
    Roster publishedRoster(long cooperativeId, PublishedPlan published) {
        Roster roster = rosters.load(cooperativeId, published.plan().getId());
        for (Slot slot : roster.getSlots()) {
            slot.setWorker(slot.getPublishedWorker());
        }
        return roster;
    }

    @Transactional(readOnly = true)
    Schedule forWorker(long cooperativeId, Worker worker, LocalDate from, LocalDate to) {
        List<PublishedPlan> published = publishedPlans(cooperativeId).stream()
                .filter(p -> !p.plan().getFrom().isAfter(to) && !p.plan().getTo().isBefore(from))
                .toList();
        if (published.isEmpty()) {
            return new Schedule(false, List.of());
        }
        Map<String, Site> siteByCode = null;
        Map<String, String> noteByPattern = null;
        Map<String, WeatherNote> weatherByPattern = null;
        List<Shift> shifts = new ArrayList<>();
        for (int i = 0; i < published.size(); i++) {
            PublishedPlan p = published.get(i);
            List<PublishedPlan> newer = published.subList(0, i);
            List<PublishedAssignment> mine = assignments
                    .findByCooperativeIdAndPublishedVersionIdAndWorkerCode(cooperativeId, p.version().getId(),
                            worker.getCode())
                    .stream()
                    .filter(a -> {
                        LocalDate date = dateOf(a.getSlotKey());
                        return !date.isBefore(from) && !date.isAfter(to) && covers(p.plan(), date)
                                && newer.stream().noneMatch(n -> covers(n.plan(), date));
                    })
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            if (siteByCode == null) {
                siteByCode = sites.findByCooperativeIdOrderByCode(cooperativeId).stream()
                        .collect(Collectors.toMap(Site::getCode, Function.identity()));
                noteByPattern = new HashMap<>();
                weatherByPattern = new HashMap<>();
                for (DemandPattern pattern : patterns.findByCooperativeIdOrderByCode(cooperativeId)) {
                    noteByPattern.put(pattern.getCode(), pattern.getNote());
                    weatherByPattern.put(pattern.getCode(), WeatherNote.of(pattern));
                }
            }
            Roster roster = rosters.load(cooperativeId, p.plan().getId());
            Map<String, Slot> slotById = roster.getSlots().stream()
                    .collect(Collectors.toMap(Slot::getId, Function.identity()));
            Map<String, jp.tsumugi.solver.domain.Site> made = new HashMap<>();
            for (PublishedAssignment a : mine) {
                // the shift as published (V9): a later change of its demand is not the worker's schedule until
                // the secretariat publishes again
                Slot slot = a.hasSlotDetails() ? jp.tsumugi.web.plans.PublishedSlots.of(roster, a, made)
                        : slotById.get(a.getSlotKey());
                if (slot == null) {
                    shifts.add(new Shift(a.getSlotKey(), dateOf(a.getSlotKey()), null, null, 0, null, null, null,
                            null, null, null));
                    continue;
                }
                Site site = siteByCode.get(slot.getSite().getId());
                shifts.add(new Shift(slot.getId(), slot.getDate(), slot.getStart(), slot.getEnd(),
                        slot.getNetMinutes(), slot.getMember().getName(), slot.getSite().getName(),
                        site == null ? null : site.getAddress(), slot.getCover().getJobType().getName(),
                        noteByPattern.get(slot.getCover().getPatternId()),
                        weatherByPattern.get(slot.getCover().getPatternId())));
            }
        }
        shifts.sort(Comparator.comparing(Shift::date)
                .thenComparing(Shift::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Shift::slotKey));
        return new Schedule(true, List.copyOf(shifts));
    }

    private static boolean covers(Plan plan, LocalDate date) {
        return !date.isBefore(plan.getFrom()) && !date.isAfter(plan.getTo());
    }

    /** Slot keys are {@code pattern@yyyy-MM-dd#head}, as the solver names slots. */
    static LocalDate dateOf(String slotKey) {
        int hash = slotKey.lastIndexOf('#');
        int at = slotKey.lastIndexOf('@', hash);
        return LocalDate.parse(slotKey.substring(at + 1, hash));
    }
}
