package jp.tsumugi.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.fixtures.dataset.DatasetReader;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.accounts.Role;
import jp.tsumugi.web.accounts.UserAccount;
import jp.tsumugi.web.accounts.UserAccountRepository;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.dataset.CooperativeDatasets;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.members.SiteRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.skills.SkillRepository;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Nobody sees what is not theirs, proven for every endpoint. The endpoints come from Spring's handler mappings, so a
 * new one cannot be forgotten: each path variable must have a victim row below, or this test fails and says so.
 *
 * <p>The victim is the demo cooperative. The attackers: anonymous, the secretariat of another cooperative, the demo
 * member (m01), the demo worker (w01) and the support administrator. For each endpoint × attacker the request is made
 * with the victim's ids and plausible parameters; any success (2xx, or a redirect other than to the login page) where
 * the answer must be "no" fails the test, and so does a page that shows the victim's names to someone who may not
 * see them.
 */
@PostgresSpringBootTest
class AccessMatrixTest {

    /** Where an endpoint lives, by its first path segment; it decides who may use it. */
    enum Space { PUBLIC, SECRETARIAT, MEMBER, WORKER, ADMIN, FEED, SELF }

    enum Attacker { ANONYMOUS, OTHER_SECRETARIAT, MEMBER, WORKER, ADMIN }

    record Endpoint(HttpMethod method, String pattern) {
        Space space() {
            if (pattern.equals("/") || pattern.equals("/login") || pattern.equals("/error")) {
                return Space.PUBLIC;
            }
            if (pattern.startsWith("/account/")) {
                return Space.SELF;
            }
            if (pattern.startsWith("/ical/")) {
                return Space.FEED;
            }
            if (pattern.equals("/member") || pattern.startsWith("/member/")) {
                return Space.MEMBER;
            }
            if (pattern.equals("/worker") || pattern.startsWith("/worker/")) {
                return Space.WORKER;
            }
            if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
                return Space.ADMIN;
            }
            return Space.SECRETARIAT;
        }
    }

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    @Autowired
    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private UserAccountRepository accounts;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private CooperativeDatasets datasets;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private jp.tsumugi.web.plans.PlanEdits edits;

    @Autowired
    private MemberRepository members;

    @Autowired
    private SiteRepository sites;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private JobTypeRepository jobTypes;

    @Autowired
    private SkillRepository skills;

    @Autowired
    private AvailabilityRepository availability;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    static List<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> result = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> httpMethods = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : httpMethods) {
                    if (seen.add(method + " " + pattern)) {
                        result.add(new Endpoint(method, pattern));
                    }
                }
            }
        }
        result.sort(Comparator.comparing(Endpoint::pattern).thenComparing(e -> e.method().name()));
        return result;
    }

    @Test
    void everyEndpointRefusesEveryoneWhoseItIsNot() throws Exception {
        long demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        Victim victim = victim(demo);
        Map<Attacker, UserDetails> principals = attackers();
        List<Endpoint> endpoints = endpoints(mappings);
        assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(30);

        List<String> leaks = new ArrayList<>();
        int cases = 0;
        for (Endpoint endpoint : endpoints) {
            if (endpoint.space() == Space.PUBLIC) {
                continue;
            }
            String url = victim.url(endpoint.pattern());
            boolean namesARow = PATH_VARIABLE.matcher(endpoint.pattern()).find();
            for (Attacker attacker : Attacker.values()) {
                if (endpoint.space() == Space.ADMIN && attacker == Attacker.ADMIN) {
                    continue; // the support administrator's pages span cooperatives by design
                }
                cases++;
                boolean mayUse = ownsSpace(endpoint.space(), attacker) && !namesARow;
                String verdict;
                try {
                    verdict = judge(perform(endpoint.method(), url, victim, principals.get(attacker)),
                            victim.secrets().get(attacker), mayUse);
                } catch (Exception e) {
                    verdict = "server error " + e;
                }
                if (verdict != null) {
                    leaks.add(endpoint.method() + " " + url + " as " + attacker + ": " + verdict);
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints x %d attackers, %d cases checked%n", endpoints.size(),
                Attacker.values().length, cases);
        assertThat(leaks).as("responses that gave away what is not theirs").isEmpty();
    }

    /**
     * The other side of the matrix: every page (GET) opens for the user it belongs to, in Japanese, without a server
     * error. The secretariat opens its pages with the ids of its own cooperative's rows; the portals open the pages
     * that name no row (their rows are the ones the matrix uses as victims).
     */
    @Test
    void everyPageOpensForItsOwner() throws Exception {
        long demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        Victim rows = victim(demo);
        // only what a page needs to open (a slot page its slot); list filters stay at their defaults
        Victim own = new Victim(rows.ids(), Map.of("slot", rows.parameters().get("slot")), rows.secrets());
        // a year-view cell is a worker's day
        Victim cell = new Victim(rows.ids(), Map.of("worker", rows.parameters().get("worker"),
                "date", rows.parameters().get("date")), rows.secrets());
        Map<Space, UserDetails> owners = Map.of(Space.SECRETARIAT, users.loadUserByUsername("office"),
                Space.MEMBER, users.loadUserByUsername("member"), Space.WORKER, users.loadUserByUsername("worker"),
                Space.ADMIN, users.loadUserByUsername("admin"), Space.SELF, users.loadUserByUsername("office"));
        // the member portal's pages of a row open with the demo member's (m01's) own rows
        var m01 = members.findByCooperativeIdAndCode(demo, "m01").orElseThrow();
        long m01Pattern = patterns.findByCooperativeIdAndSiteMemberOrderByCode(demo, m01).get(0).getId();
        Map<String, Function<String, String>> memberIds = new LinkedHashMap<>(rows.ids());
        memberIds.put("/member/demand/", v -> String.valueOf(m01Pattern));
        // m01's invoice of the month the published fixture covers
        memberIds.put("/member/invoices/", v -> jp.tsumugi.web.workerportal.PublishedFixture.FROM.toString().substring(0, 7));
        Victim memberOwn = new Victim(memberIds, Map.of(), rows.secrets());
        List<String> failures = new ArrayList<>();
        int pages = 0;
        for (Endpoint endpoint : endpoints(mappings)) {
            UserDetails owner = owners.get(endpoint.space());
            boolean namesARow = PATH_VARIABLE.matcher(endpoint.pattern()).find();
            if (endpoint.method() != HttpMethod.GET || owner == null
                    || (namesARow && endpoint.space() != Space.SECRETARIAT && endpoint.space() != Space.MEMBER)) {
                continue;
            }
            String url = (endpoint.space() == Space.MEMBER ? memberOwn : own).url(endpoint.pattern());
            pages++;
            try {
                MockHttpServletResponse response = perform(HttpMethod.GET, url,
                        endpoint.pattern().endsWith("/year/cell") ? cell : own, owner);
                String body = response.getContentAsString();
                if (response.getStatus() != 200 && !(response.getStatus() == 302 && endpoint.pattern().endsWith("/done"))) {
                    failures.add(url + ": " + response.getStatus());
                } else if (body.contains("??") && body.contains("_ja??")) {
                    failures.add(url + ": a message key is missing");
                }
            } catch (Exception e) {
                failures.add(url + ": " + e);
            }
        }
        System.out.printf("Pages opened by their owners: %d%n", pages);
        assertThat(failures).as("pages that do not open for their owner").isEmpty();
    }

    /**
     * Whether the attacker has the role of the space. Such a user may use the space's pages that name no row (lists,
     * new forms: they act on the user's own cooperative, member or worker), as long as the page shows none of the
     * victim's names; every page with a path id must refuse them, because the ids are the victim's.
     */
    private static boolean ownsSpace(Space space, Attacker attacker) {
        return switch (space) {
            case SECRETARIAT -> attacker == Attacker.OTHER_SECRETARIAT;
            case MEMBER -> attacker == Attacker.MEMBER;
            case WORKER -> attacker == Attacker.WORKER;
            case ADMIN -> attacker == Attacker.ADMIN;
            // one's own login (password change): every logged-in user, never anyone else's
            case SELF -> attacker != Attacker.ANONYMOUS;
            default -> false;
        };
    }

    private MockHttpServletResponse perform(HttpMethod method, String url, Victim victim, UserDetails principal)
            throws Exception {
        // POSTs go as multipart forms: ordinary form endpoints read them the same way, and upload endpoints get as far
        // as their own checks
        MockHttpServletRequestBuilder request = method == HttpMethod.POST ? MockMvcRequestBuilders.multipart(url)
                : MockMvcRequestBuilders.request(method, url);
        victim.parameters().forEach(request::param);
        if (method == HttpMethod.POST) {
            request.with(csrf());
        }
        request.with(principal == null ? anonymous() : user(principal));
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Null when the response gives nothing away, else why it does. */
    private static String judge(MockHttpServletResponse response, Set<String> secrets, boolean mayUse)
            throws Exception {
        int status = response.getStatus();
        if (status >= 300 && status < 400) {
            String location = String.valueOf(response.getRedirectedUrl());
            if (location.contains("/login") || mayUse) {
                return null;
            }
            return "redirected to " + location + " (the action ran)";
        }
        if (status >= 200 && status < 300) {
            String body = response.getContentAsString();
            for (String secret : secrets) {
                if (body.contains(secret)) {
                    return status + " showing \"" + secret + "\"";
                }
            }
            return mayUse ? null : status + " (must be refused)";
        }
        return null;
    }

    private Map<Attacker, UserDetails> attackers() throws Exception {
        Map<Attacker, UserDetails> result = new LinkedHashMap<>();
        result.put(Attacker.ANONYMOUS, null);
        result.put(Attacker.OTHER_SECRETARIAT, otherSecretariat());
        result.put(Attacker.MEMBER, users.loadUserByUsername("member"));
        result.put(Attacker.WORKER, users.loadUserByUsername("worker"));
        result.put(Attacker.ADMIN, users.loadUserByUsername("admin"));
        return result;
    }

    /** A second, complete cooperative (the tsuwano preset) with its own secretariat. */
    private UserDetails otherSecretariat() throws Exception {
        String code = "matrix-other";
        Cooperative other = cooperatives.findByCode(code).orElseGet(() -> cooperatives.save(new Cooperative(code, code)));
        if (other.getPlanFrom() == null) {
            try (InputStream in = getClass().getResourceAsStream("/datasets/tsuwano.json")) {
                datasets.replaceAll(other.getId(), DatasetReader.read(in).orElseThrow(), "other plan");
            }
        }
        if (!accounts.existsByUsername(code)) {
            accounts.save(new UserAccount(other.getId(), code, passwordEncoder.encode("secret"), Role.SECRETARIAT, code));
        }
        return users.loadUserByUsername(code);
    }

    /** The demo cooperative's rows that the attackers aim at, and what must never be shown to them. */
    private Victim victim(long demo) {
        Plan plan = plans.findByCooperativeIdOrderByIdDesc(demo).stream().findFirst()
                .orElseGet(() -> plans.save(new Plan(demo, "victim", LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17))));
        String slot = rosters.load(demo, plan.getId()).getSlots().get(0).getId();
        var worker = workers.findByCooperativeIdAndCode(demo, "w02").orElseThrow();
        var leave = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(demo, worker).stream().findFirst()
                .orElseGet(() -> availability.save(new Availability(worker, LocalDate.of(2026, 6, 1), null, null,
                        AvailabilityKind.DAY_OFF)));
        // another member's rows: the demo member is m01, so its victims belong to m02
        var member = members.findByCooperativeIdAndCode(demo, "m02").orElseThrow();
        var site = sites.findByCooperativeIdAndMemberOrderByCode(demo, member).get(0);
        var pattern = patterns.findByCooperativeIdAndSiteMemberOrderByCode(demo, member).get(0);
        Map<String, Function<String, String>> ids = new LinkedHashMap<>();
        ids.put("/plans/", v -> String.valueOf(plan.getId()));
        ids.put("/plans/{id}/members/", v -> v.equals("id") ? String.valueOf(plan.getId()) : member.getCode());
        ids.put("/plans/{id}/workers/", v -> v.equals("id") ? String.valueOf(plan.getId()) : worker.getCode());
        ids.put("/members/", v -> String.valueOf(member.getId()));
        ids.put("/sites/", v -> String.valueOf(site.getId()));
        String skillRow = String.valueOf(jdbc.queryForList("SELECT id FROM worker_skill WHERE worker_id = ?", Long.class,
                worker.getId()).stream().findFirst().orElse(0L));
        ids.put("/workers/", v -> v.equals("skillRowId") ? skillRow : String.valueOf(worker.getId()));
        ids.put("/demand/", v -> String.valueOf(pattern.getId()));
        ids.put("/job-types/", v -> String.valueOf(jobTypes.findByCooperativeIdOrderByCode(demo).get(0).getId()));
        ids.put("/skills/", v -> String.valueOf(skills.findByCooperativeIdOrderByCode(demo).get(0).getId()));
        ids.put("/availability/", v -> String.valueOf(leave.getId()));
        // m02's dispatch contract; a published plan, so that the notices and 明示 (and their xlsx) have rows to show
        ids.put("/contracts/", v -> String.valueOf(jdbc.queryForObject(
                "SELECT min(id) FROM dispatch_contract WHERE member_id = ?", Long.class, member.getId())));
        jp.tsumugi.web.workerportal.PublishedFixture.ensure(demo, plans, rosters, edits);
        ids.put("/member/demand/", v -> String.valueOf(pattern.getId()));
        // whose invoice is the login's, never the address's: the month is one no roster covers, so even the member
        // gets 404 (its own published months are opened in AnnualAndActualsTest)
        ids.put("/member/invoices/", v -> "2031-01");
        ids.put("/ical/", v -> "not-a-token-0123456789abcdef");
        // the worker portal's rows: another worker's (w02) leave request and wish
        Long leaveRequest = jdbc.queryForList("SELECT id FROM leave_request WHERE worker_id = ? AND status = 'PENDING'",
                Long.class, worker.getId()).stream().findFirst().orElseGet(() -> {
                    jdbc.update("INSERT INTO leave_request (cooperative_id, worker_id, on_date, kind, status, created_at)"
                            + " VALUES (?, ?, ?, 'DAY_OFF', 'PENDING', CURRENT_TIMESTAMP)", demo, worker.getId(),
                            LocalDate.of(2027, 3, 1));
                    return jdbc.queryForObject("SELECT max(id) FROM leave_request WHERE worker_id = ?", Long.class,
                            worker.getId());
                });
        ids.put("/worker/requests/", v -> String.valueOf(leaveRequest));
        ids.put("/leave-requests/", v -> String.valueOf(leaveRequest));
        Long wish = jdbc.queryForList("SELECT id FROM preference WHERE worker_id = ?", Long.class, worker.getId())
                .stream().findFirst().orElseGet(() -> {
                    jdbc.update("INSERT INTO preference (cooperative_id, worker_id, member_id, liked, weight, from_member)"
                            + " VALUES (?, ?, ?, FALSE, 2, FALSE)", demo, worker.getId(), member.getId());
                    return jdbc.queryForObject("SELECT max(id) FROM preference WHERE worker_id = ?", Long.class,
                            worker.getId());
                });
        ids.put("/worker/preferences/", v -> String.valueOf(wish));
        long memberAccount = accounts.findByUsername("member").orElseThrow().getId();
        ids.put("/accounts/", v -> String.valueOf(memberAccount));
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("slot", slot);
        parameters.put("worker", "w02");
        parameters.put("pinned", "true");
        parameters.put("seconds", "5");
        parameters.put("fixedUntil", plan.getTo().toString());
        parameters.put("date", plan.getFrom().toString());
        parameters.put("name", "x");
        parameters.put("code", "x-matrix");
        parameters.put("enabled", "false");
        parameters.put("username", "x-matrix");
        parameters.put("role", "SECRETARIAT");
        // the version a form or an accept/reject was shown with: the victim rows are at version 0 or later
        parameters.put("version", "0");
        // what each attacker must never see: another cooperative sees nothing of the demo; the member m01 nothing of
        // the member m02; the worker w01 nothing of the worker w02
        Map<Attacker, Set<String>> secrets = new LinkedHashMap<>();
        for (Attacker attacker : Attacker.values()) {
            secrets.put(attacker, new TreeSet<>());
        }
        secrets.get(Attacker.OTHER_SECRETARIAT).addAll(List.of("はぎ地域づくり協同組合 (デモ)", worker.getName(),
                member.getName()));
        secrets.get(Attacker.ANONYMOUS).addAll(secrets.get(Attacker.OTHER_SECRETARIAT));
        secrets.get(Attacker.ADMIN).addAll(List.of(worker.getName(), member.getName()));
        secrets.get(Attacker.MEMBER).addAll(List.of(member.getName(), site.getName()));
        secrets.get(Attacker.WORKER).add(worker.getName());
        return new Victim(ids, parameters, secrets);
    }

    record Victim(Map<String, Function<String, String>> ids, Map<String, String> parameters,
            Map<Attacker, Set<String>> secrets) {

        String url(String pattern) {
            Matcher matcher = PATH_VARIABLE.matcher(pattern);
            StringBuilder url = new StringBuilder();
            while (matcher.find()) {
                String variable = matcher.group(1);
                String prefix = ids.keySet().stream().filter(pattern::startsWith)
                        .max(Comparator.comparingInt(String::length))
                        .orElseThrow(() -> new AssertionError("no victim id for {" + variable + "} in " + pattern
                                + ": add one to AccessMatrixTest.victim"));
                matcher.appendReplacement(url, Matcher.quoteReplacement(ids.get(prefix).apply(variable)));
            }
            matcher.appendTail(url);
            return url.toString();
        }
    }
}
