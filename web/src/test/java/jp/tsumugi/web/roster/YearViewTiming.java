package jp.tsumugi.web.roster;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.Dataset;
import jp.tsumugi.fixtures.generator.CooperativeGenerator;
import jp.tsumugi.fixtures.generator.Preset;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Prints how long the year view takes on the {@code medium} preset (20 workers, 60 members, a fiscal year), filled
 * greedily. Measures only, asserts no time. Not part of the test run (its name does not end in Test); run on demand:
 * {@code ./mvnw -B verify -pl web -am -Dtest=YearViewTiming -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PostgresSpringBootTest
class YearViewTiming {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private UserDetailsService users;

    @Test
    void yearViewOfTheMediumPreset() throws Exception {
        long t0 = System.nanoTime();
        Dataset medium = CooperativeGenerator.generate(Preset.MEDIUM);
        long c = cooperatives.save(new Cooperative("timing-medium", "medium")).getId();
        datasets.replaceAll(c, medium, "imported");
        accounts.save(new UserAccount(c, "timing-office", "{noop}x", Role.SECRETARIAT, "timing"));
        Cooperative cooperative = cooperatives.findById(c).orElseThrow();
        long planId = plans.save(new Plan(c, "medium", cooperative.getPlanFrom(), cooperative.getPlanTo())).getId();
        Roster roster = rosters.load(c, planId);
        int filled = fillGreedily(roster);
        rosters.save(c, planId, roster);
        System.out.printf("medium: %d workers, %d slots, %d filled greedily; setup %d ms%n", roster.getWorkers().size(),
                roster.getSlots().size(), filled, (System.nanoTime() - t0) / 1_000_000);

        UserDetails office = users.loadUserByUsername("timing-office");
        String firstMonth = cooperative.getPlanFrom().toString().substring(0, 7);
        String busyMonth = cooperative.getPlanFrom().plusMonths(7).toString().substring(0, 7);
        for (String url : List.of("/plans/" + planId + "/year?month=" + firstMonth,
                "/plans/" + planId + "/year?month=" + busyMonth, "/plans/" + planId + "/year?month=all",
                "/plans/" + planId + "/members", "/plans/" + planId + "/workers")) {
            List<Long> millis = new ArrayList<>();
            int size = 0;
            for (int run = 0; run < 5; run++) {
                long start = System.nanoTime();
                MvcResult result = mvc.perform(get(url).with(user(office))).andExpect(status().isOk()).andReturn();
                millis.add((System.nanoTime() - start) / 1_000_000);
                size = result.getResponse().getContentAsByteArray().length;
            }
            System.out.printf("GET %-40s %6d bytes  ms per run %s%n", url, size, millis);
        }
        List<Long> loads = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            rosters.load(c, planId);
            loads.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("PlanRosters.load alone: ms per run %s%n", loads);
        Roster loaded = rosters.load(c, planId);
        List<Long> builds = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            YearView.build(planId, loaded, cooperative.getPlanFrom(), cooperative.getPlanTo(), Set.of());
            builds.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("YearView.build of the whole plan alone: ms per run %s%n", builds);
    }

    /** Each slot to the least-loaded worker free that day (no other slot, no leave): no legal checks, just cells. */
    private static int fillGreedily(Roster roster) {
        Set<String> busy = new HashSet<>();
        roster.getUnavailabilities().forEach(u -> busy.add(key(u.worker(), u.date())));
        Map<Worker, Long> minutes = new HashMap<>();
        int filled = 0;
        List<Slot> slots = new ArrayList<>(roster.getSlots());
        slots.sort(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId));
        for (Slot slot : slots) {
            Worker best = null;
            for (Worker worker : roster.getWorkers()) {
                if (!busy.contains(key(worker, slot.getDate()))
                        && (best == null || minutes.getOrDefault(worker, 0L) < minutes.getOrDefault(best, 0L))) {
                    best = worker;
                }
            }
            if (best != null) {
                slot.setWorker(best);
                busy.add(key(best, slot.getDate()));
                minutes.merge(best, (long) slot.getNetMinutes(), Long::sum);
                filled++;
            }
        }
        return filled;
    }

    private static String key(Worker worker, LocalDate date) {
        return worker.getId() + "/" + date;
    }

}
