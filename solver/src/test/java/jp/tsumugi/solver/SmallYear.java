package jp.tsumugi.solver;

import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.CooperativeSettings;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.DateRange;
import jp.tsumugi.solver.domain.DemandPattern;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.PlanCalendar;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded cooperative year built inside the solver's tests (the solver module cannot use data-fixtures, which depends
 * on it): members with one site each inside ~30 km, one or two seasonal patterns each, workers with homes and some
 * leave. Not realistic in detail; realistic in shape.
 */
public final class SmallYear {
    private SmallYear() {
    }

    public static Roster build(int workerCount, int memberCount, long seed) {
        return build(workerCount, memberCount, seed, new CooperativeSettings());
    }

    public static Roster build(int workerCount, int memberCount, long seed, CooperativeSettings settings) {
        Random random = new Random(seed);
        PlanCalendar calendar = PlanCalendar.fiscalYear(2026, settings);
        GeoPoint centre = new GeoPoint(34.41, 131.40);
        JobType packing = new JobType("packing", "選果");
        JobType brewing = new JobType("brewing", "酒造り");
        List<Member> members = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        List<Cover> covers = new ArrayList<>();
        for (int m = 0; m < memberCount; m++) {
            Member member = new Member("m" + m, "組合員" + m, m % 10 == 9 ? MemberKind.NON_MEMBER : MemberKind.MEMBER);
            members.add(member);
            Site site = new Site("s" + m, member, "事業所" + m, jitter(centre, random, 0.13), "35204",
                    Industry.values()[random.nextInt(Industry.values().length)], false, List.of());
            sites.add(site);
            int patterns = 1 + random.nextInt(2);
            for (int p = 0; p < patterns; p++) {
                LocalDate start = calendar.getFrom().plusDays(random.nextInt(330));
                LocalDate end = start.plusDays(20 + random.nextInt(90));
                if (end.isAfter(calendar.getTo())) {
                    end = calendar.getTo();
                }
                boolean early = random.nextInt(4) == 0;
                Set<DayOfWeek> weekdays = random.nextBoolean()
                        ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                        : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
                DemandPattern pattern = new DemandPattern("p" + m + "-" + p, site, early ? brewing : packing,
                        new DateRange(start, end), weekdays,
                        early ? LocalTime.of(5, 0) : LocalTime.of(8, 0),
                        early ? LocalTime.of(13, 0) : LocalTime.of(17, 0),
                        early ? 45 : 60, 1 + random.nextInt(2), random.nextInt(2), 1 + random.nextInt(3), null, false,
                        List.of());
                covers.addAll(pattern.expand(calendar, Set.of()));
            }
        }
        List<Worker> workers = new ArrayList<>();
        List<Unavailability> leave = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) {
            Worker worker = new Worker("w" + w, "職員" + w)
                    .withHome(jitter(centre, random, 0.1))
                    .withMonthlyTargetMinutes(150 * 60);
            workers.add(worker);
            for (int d = 0; d < 5; d++) {
                leave.add(Unavailability.wholeDay(worker, calendar.getFrom().plusDays(random.nextInt(365)),
                        AvailabilityKind.PAID_LEAVE));
            }
        }
        return new Roster(calendar, members, sites, List.of(packing, brewing), List.of(), List.of(), workers, covers,
                leave.stream().distinct().toList(), List.of(), List.of(), null);
    }

    private static GeoPoint jitter(GeoPoint centre, Random random, double degrees) {
        return new GeoPoint(centre.latitude() + (random.nextDouble() - 0.5) * degrees,
                centre.longitude() + (random.nextDouble() - 0.5) * degrees);
    }
}
