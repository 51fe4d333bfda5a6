package jp.tsumugi.web.workerportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.demand.DemandPattern;
import jp.tsumugi.web.demand.DemandPatternRepository;
import jp.tsumugi.web.demand.WeatherFallback;
import jp.tsumugi.web.plans.PlanEdits;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import jp.tsumugi.web.plans.PublishedAssignment;
import jp.tsumugi.web.workers.Availability;
import jp.tsumugi.web.workers.AvailabilityRepository;
import jp.tsumugi.web.workers.Worker;
import jp.tsumugi.web.workers.WorkerRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The worker portal on the demo cooperative: a worker sees what was published for them and nobody else's schedule,
 * the calendar feed answers only to a live token, leave requests go through the secretariat, and the other roles are
 * kept out.
 */
@PostgresSpringBootTest
class WorkerPortalTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private PlanEdits edits;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private AvailabilityRepository availability;

    @Autowired
    private LeaveRequestRepository leaveRequests;

    @Autowired
    private CalendarFeeds feeds;

    @Autowired
    private DemandPatternRepository patterns;

    @Autowired
    private jp.tsumugi.web.settings.SettingsRepository settings;

    @Autowired
    private org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    private PublishedSchedule schedule;

    private long coop;

    private long planId;

    @BeforeEach
    void publishedPlan() {
        coop = cooperatives.findByCode("hagi").orElseThrow().getId();
        planId = PublishedFixture.ensure(coop, plans, rosters, edits);
    }

    private Worker worker(String code) {
        return workers.findByCooperativeIdAndCode(coop, code).orElseThrow();
    }

    private Set<String> publishedSlots(String workerCode) {
        return edits.latestPublished(coop, planId).values().stream()
                .filter(a -> a.getWorkerCode().equals(workerCode))
                .map(PublishedAssignment::getSlotKey)
                .collect(Collectors.toSet());
    }

    @Test
    @WithUserDetails("worker")
    void myDaysListMyPublishedWorkAndNobodyElse() throws Exception {
        MvcResult result = mvc.perform(get("/worker").param("from", PublishedFixture.FROM.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"shift\"")))
                .andExpect(content().string(not(containsString("data-testid=\"not-published\""))))
                .andReturn();
        String html = result.getResponse().getContentAsString();
        for (Worker other : workers.findByCooperativeIdOrderByCode(coop)) {
            if (!other.getCode().equals("w01")) {
                assertThat(html).as("another worker's name").doesNotContain(other.getName());
            }
        }
        assertThat(html).contains("月の目標");
    }

    @Test
    void theScheduleIsThePublishedVersionNotTheDraft() {
        Set<String> mine = publishedSlots("w01");
        Set<String> shown = schedule.forWorker(coop, worker("w01"), PublishedFixture.FROM, PublishedFixture.TO)
                .shifts().stream().map(PublishedSchedule.Shift::slotKey).collect(Collectors.toSet());
        assertThat(shown).isEqualTo(mine).isNotEmpty();
        // A draft change after publishing (w01 put on w02's slot) is not what w01 is told.
        String theirs = publishedSlots("w02").iterator().next();
        edits.assign(coop, planId, theirs, "w01", false);
        try {
            Set<String> after = schedule.forWorker(coop, worker("w01"), PublishedFixture.FROM, PublishedFixture.TO)
                    .shifts().stream().map(PublishedSchedule.Shift::slotKey).collect(Collectors.toSet());
            assertThat(after).isEqualTo(mine).doesNotContain(theirs);
        } finally {
            edits.assign(coop, planId, theirs, "w02", false);
        }
    }

    @Test
    @WithUserDetails("worker")
    void daysWithoutAPublishedPlanSaySo() throws Exception {
        mvc.perform(get("/worker").param("from", "2031-01-06"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"not-published\"")));
    }

    @Test
    @WithUserDetails("worker")
    void monthCalendarShowsMyWorkingDays() throws Exception {
        mvc.perform(get("/worker/calendar").param("month", "2026-06"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"calendar\"")))
                .andExpect(content().string(containsString("has-work")));
    }

    @Test
    void theFeedOfAWorkersTokenHoldsThatWorkersSlotsOnly() throws Exception {
        String token = feeds.renew(worker("w02"));
        assertThat(token).as("32 random bytes, URL-safe").hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        String served = mvc.perform(get("/ical/" + token + ".ics"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString();
        assertThat(served).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE", "TZID:Asia/Tokyo");
        // the feed holds a window around today: seen from the fixture's week, it holds the fixture's slots
        String ics = feeds.feed(token, Locale.JAPANESE, PublishedFixture.FROM).orElseThrow();
        assertThat(ics).contains("DTSTART;TZID=Asia/Tokyo:");
        for (String slot : publishedSlots("w02")) {
            assertThat(unfold(ics)).contains("UID:" + slot + "@tsumugi");
        }
        for (String slot : publishedSlots("w01")) {
            assertThat(unfold(ics)).doesNotContain("UID:" + slot + "@tsumugi");
        }
        assertThat(unfold(ics)).doesNotContain(worker("w01").getName());
        // Only a hash is stored: the token itself is nowhere in the database.
        assertThat(feeds.active(worker("w02")).orElseThrow().getTokenHash()).isNotEqualTo(token).hasSize(64);

        String next = feeds.renew(worker("w02"));
        mvc.perform(get("/ical/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/" + next + ".ics")).andExpect(status().isOk());
        feeds.revoke(worker("w02"));
        mvc.perform(get("/ical/" + next + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).andExpect(status().isNotFound());
        mvc.perform(get("/ical/short.ics")).andExpect(status().isNotFound());
    }

    /** RFC 5545 folds long lines (CRLF + space). */
    private static String unfold(String ics) {
        return ics.replace("\r\n ", "");
    }

    @Test
    @WithUserDetails("worker")
    void theFeedPageShowsANewAddressOnceAndRevokesTheOld() throws Exception {
        MvcResult made = mvc.perform(post("/worker/calendar-feed").with(csrf()))
                .andExpect(redirectedUrl("/worker/calendar-feed"))
                .andExpect(flash().attributeExists("feedUrl"))
                .andReturn();
        String url = (String) made.getFlashMap().get("feedUrl");
        assertThat(url).matches("http://localhost(:\\d+)?/ical/[A-Za-z0-9_-]{43}\\.ics");
        String path = url.substring(url.indexOf("/ical/"));
        mvc.perform(get(path)).andExpect(status().isOk());
        mvc.perform(get("/worker/calendar-feed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-testid=\"feed-active\"")))
                .andExpect(content().string(not(containsString(path))));
        mvc.perform(post("/worker/calendar-feed").with(csrf()));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        feeds.revoke(worker("w01"));
    }

    @Test
    @WithUserDetails("worker")
    void postsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/worker/requests").param("date", LocalDate.now().plusDays(30).toString())
                .param("kind", "DAY_OFF")).andExpect(status().isForbidden());
        mvc.perform(post("/worker/calendar-feed")).andExpect(status().isForbidden());
        mvc.perform(post("/worker/preferences").param("target", "member:1")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("worker")
    void aWorkerIsKeptOutOfSecretariatPages() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().isForbidden());
        mvc.perform(get("/leave-requests")).andExpect(status().isForbidden());
        mvc.perform(post("/leave-requests/1/approve").with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/workers")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("office")
    void theSecretariatIsKeptOutOfTheWorkerPortal() throws Exception {
        for (String path : List.of("/worker", "/worker/calendar", "/worker/requests", "/worker/why",
                "/worker/calendar-feed")) {
            mvc.perform(get(path)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/leave-requests")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("member")
    void aMemberIsKeptOutOfTheWorkerPortal() throws Exception {
        for (String path : List.of("/worker", "/worker/calendar", "/worker/requests", "/worker/why",
                "/worker/calendar-feed")) {
            mvc.perform(get(path)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/leave-requests")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("worker")
    void aLeaveRequestApprovedByTheSecretariatBecomesAvailability() throws Exception {
        Worker me = worker("w01");
        // a day the demo data gives w01 no leave yet
        Set<LocalDate> taken = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(coop, me).stream()
                .map(Availability::getDate).collect(Collectors.toSet());
        LocalDate free = Today.date().plusDays(20);
        while (taken.contains(free)) {
            free = free.plusDays(1);
        }
        LocalDate day = free;
        Set<Long> before = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(coop, me).stream()
                .map(Availability::getId).collect(Collectors.toSet());
        int balanceBefore = balance(me);
        try {
            mvc.perform(post("/worker/requests").with(csrf()).param("date", day.toString())
                            .param("kind", "PAID_LEAVE").param("note", "通院"))
                    .andExpect(redirectedUrl("/worker/requests"));
            LeaveRequest request = leaveRequests.findByCooperativeIdAndWorkerOrderByDateDescIdDesc(coop, me).stream()
                    .filter(r -> r.getDate().equals(day)).findFirst().orElseThrow();
            assertThat(request.getStatus()).isEqualTo(LeaveRequestStatus.PENDING);
            mvc.perform(get("/worker/requests"))
                    .andExpect(content().string(containsString("判断待ち")))
                    .andExpect(content().string(containsString("data-testid=\"five-days\"")));
            // the same day twice is refused
            mvc.perform(post("/worker/requests").with(csrf()).param("date", day.toString()).param("kind", "DAY_OFF"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("すでに申請があります")));

            mvc.perform(post("/leave-requests/" + request.getId() + "/approve").with(csrf())
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(userDetails("office"))))
                    .andExpect(redirectedUrl("/leave-requests"));

            assertThat(leaveRequests.findByIdAndCooperativeId(request.getId(), coop).orElseThrow().getStatus())
                    .isEqualTo(LeaveRequestStatus.APPROVED);
            List<Availability> added = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(coop, me).stream()
                    .filter(a -> a.getDate().equals(day)).toList();
            assertThat(added).singleElement().satisfies(a -> {
                assertThat(a.getKind()).isEqualTo(AvailabilityKind.PAID_LEAVE);
                assertThat(a.isWholeDay()).isTrue();
            });
            if (balanceBefore != Integer.MIN_VALUE && !day.isAfter(leaveYearEnd(me))) {
                assertThat(balance(me)).isEqualTo(balanceBefore - 1);
            }
        } finally {
            availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(coop, me).stream()
                    .filter(a -> !before.contains(a.getId())).forEach(availability::delete);
            leaveRequests.findByCooperativeIdAndWorkerOrderByDateDescIdDesc(coop, me).stream()
                    .filter(r -> r.getDate().equals(day)).forEach(leaveRequests::delete);
        }
    }

    @Autowired
    private org.springframework.security.core.userdetails.UserDetailsService userDetailsService;

    @Autowired
    private LeaveRequests leave;

    private org.springframework.security.core.userdetails.UserDetails userDetails(String username) {
        return userDetailsService.loadUserByUsername(username);
    }

    private int balance(Worker w) {
        Integer b = leave.paidLeave(w, Today.date()).balance();
        return b == null ? Integer.MIN_VALUE : b;
    }

    private LocalDate leaveYearEnd(Worker w) {
        return leave.paidLeave(w, Today.date()).yearEnd();
    }

    @Test
    @WithUserDetails("worker")
    void aWorkerCanWithdrawOnlyTheirOwnPendingRequest() throws Exception {
        Worker other = worker("w02");
        Set<LocalDate> asked = leaveRequests.findByCooperativeIdAndWorkerOrderByDateDescIdDesc(coop, other).stream()
                .map(LeaveRequest::getDate).collect(Collectors.toSet());
        LocalDate free = Today.date().plusDays(50);
        while (asked.contains(free)) {
            free = free.plusDays(1);
        }
        LeaveRequest theirs = leave.request(other, free, AvailabilityKind.DAY_OFF, null, Today.date());
        try {
            mvc.perform(post("/worker/requests/" + theirs.getId() + "/withdraw").with(csrf()))
                    .andExpect(status().isNotFound());
            assertThat(leaveRequests.findByIdAndCooperativeId(theirs.getId(), coop)).isPresent();
            mvc.perform(get("/worker/requests"))
                    .andExpect(content().string(not(containsString(other.getName()))));
        } finally {
            leaveRequests.delete(theirs);
        }
    }

    @Test
    @WithUserDetails("worker")
    void aWorkerStatesAndRemovesAWish() throws Exception {
        Worker me = worker("w01");
        long memberId = preferences.members(coop).get(2).getId();
        mvc.perform(post("/worker/preferences").with(csrf()).param("target", "member:" + memberId)
                        .param("liked", "false"))
                .andExpect(flash().attribute("flash", "workerportal.preferences.flash.added"));
        MyPreferences.Row row = preferences.mine(me).stream()
                .filter(r -> r.memberName() != null
                        && r.memberName().equals(preferences.members(coop).get(2).getName()) && !r.liked())
                .findFirst().orElseThrow();
        mvc.perform(post("/worker/preferences/" + row.id() + "/delete").with(csrf()))
                .andExpect(flash().attribute("flash", "workerportal.preferences.flash.deleted"));
        assertThat(preferences.mine(me)).noneMatch(r -> r.id() == row.id());
        // another cooperative's member (or nonsense) is not accepted
        mvc.perform(post("/worker/preferences").with(csrf()).param("target", "member:999999"))
                .andExpect(flash().attribute("flash", "workerportal.preferences.error.target"));
    }

    @Autowired
    private MyPreferences preferences;

    @Test
    @WithUserDetails("worker")
    void whyListsOnlyExplanationsAboutMe() throws Exception {
        String html = mvc.perform(get("/worker/why"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("わたしの予定がこうなった理由")))
                .andReturn().getResponse().getContentAsString();
        for (Worker other : workers.findByCooperativeIdOrderByCode(coop)) {
            if (!other.getCode().equals("w01")) {
                assertThat(html).as("another worker's name").doesNotContain(other.getName());
            }
        }
    }

    @Test
    void paidLeaveStatusCountsTheLeaveYearFromTheGrantDate() {
        LocalDate hired = LocalDate.of(2024, 4, 1);
        LocalDate today = LocalDate.of(2026, 11, 22);
        PaidLeaveStatus status = PaidLeaveStatus.of(11, hired, List.of(LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 5),
                LocalDate.of(2027, 10, 1)), today);
        assertThat(status.yearStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(status.yearEnd()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(status.taken()).isEqualTo(2);
        assertThat(status.planned()).isEqualTo(1);
        assertThat(status.balance()).isEqualTo(8);
        assertThat(status.dutyApplies()).isTrue();
        assertThat(status.dutyRemaining()).isEqualTo(2);
        assertThat(status.dutyMet()).isFalse();

        PaidLeaveStatus five = PaidLeaveStatus.of(10, hired, List.of(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
                LocalDate.of(2026, 10, 5)), today);
        assertThat(five.dutyMet()).isTrue();
        assertThat(PaidLeaveStatus.of(9, hired, List.of(), today).dutyApplies()).as("fewer than 10 days").isFalse();
        assertThat(PaidLeaveStatus.of(null, null, List.of(), today).yearStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(PaidLeaveStatus.of(null, null, List.of(), LocalDate.of(2027, 3, 31)).yearStart())
                .isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void theFeedIsRenderedInTheRequestedLanguage() {
        String token = feeds.renew(worker("w02"));
        try {
            assertThat(feeds.feed(token, Locale.JAPANESE).orElseThrow()).contains("X-WR-CALNAME:紡ぎ");
        } finally {
            feeds.revoke(worker("w02"));
        }
    }

    @Test
    void theFeedHoldsSixtyDaysBackAndFourHundredDaysAhead() {
        assertThat(CalendarFeeds.DAYS_BEFORE).isEqualTo(60);
        assertThat(CalendarFeeds.DAYS_AHEAD).isEqualTo(400);
        Set<String> slots = publishedSlots("w02");
        String token = feeds.renew(worker("w02"));
        try {
            assertThat(uids(feeds.feed(token, Locale.JAPANESE, PublishedFixture.FROM).orElseThrow()))
                    .containsAll(slots);
            // 60 days after the last day, only the last day's slots are left; a day later none
            LocalDate sixtyAfterLast = PublishedFixture.TO.plusDays(60);
            assertThat(uids(feeds.feed(token, Locale.JAPANESE, sixtyAfterLast).orElseThrow()))
                    .isEqualTo(slots.stream().filter(k -> PublishedSchedule.dateOf(k).equals(PublishedFixture.TO))
                            .collect(Collectors.toSet()));
            assertThat(uids(feeds.feed(token, Locale.JAPANESE, sixtyAfterLast.plusDays(1)).orElseThrow()))
                    .isEmpty();
            // 400 days before the first day, only the first day's slots are in; a day earlier none
            LocalDate fourHundredBefore = PublishedFixture.FROM.minusDays(400);
            assertThat(uids(feeds.feed(token, Locale.JAPANESE, fourHundredBefore).orElseThrow()))
                    .isEqualTo(slots.stream()
                            .filter(k -> PublishedSchedule.dateOf(k).equals(PublishedFixture.FROM))
                            .collect(Collectors.toSet()));
            assertThat(uids(feeds.feed(token, Locale.JAPANESE, fourHundredBefore.minusDays(1)).orElseThrow()))
                    .isEmpty();
        } finally {
            feeds.revoke(worker("w02"));
        }
    }

    /** The feed's events in the fixture's week (other tests publish other plans of the demo cooperative). */
    private static Set<String> uids(String ics) {
        return unfold(ics).lines().filter(line -> line.startsWith("UID:"))
                .map(line -> line.substring("UID:".length(), line.length() - "@tsumugi".length()))
                .filter(key -> !PublishedSchedule.dateOf(key).isBefore(PublishedFixture.FROM)
                        && !PublishedSchedule.dateOf(key).isAfter(PublishedFixture.TO))
                .collect(Collectors.toSet());
    }

    @Test
    @WithUserDetails("worker")
    void theMembersWeatherFallbackIsInMyScheduleAndMyFeed() throws Exception {
        String slot = publishedSlots("w01").iterator().next();
        String code = slot.substring(0, slot.lastIndexOf('@'));
        setWeather(code, WeatherFallback.HALF_DAY, null, LocalTime.of(12, 0));
        String token = feeds.renew(worker("w01"));
        try {
            mvc.perform(get("/worker").param("from", PublishedSchedule.dateOf(slot).toString()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-testid=\"weather\"")))
                    .andExpect(content().string(containsString("雨天時: 半日（12:00まで）")));
            assertThat(unfold(feeds.feed(token, Locale.JAPANESE, PublishedFixture.FROM).orElseThrow()))
                    .contains("雨天時: 半日（12:00まで）");
            setWeather(code, WeatherFallback.RAIN_TASK, "倉庫で箱折り", null);
            assertThat(unfold(feeds.feed(token, Locale.ENGLISH, PublishedFixture.FROM).orElseThrow()))
                    .contains("If it rains: 倉庫で箱折り");
        } finally {
            feeds.revoke(worker("w01"));
            setWeather(code, WeatherFallback.NONE, null, null);
        }
    }

    private void setWeather(String patternCode, WeatherFallback kind, String task, LocalTime halfDayEnd) {
        transaction.executeWithoutResult(status -> {
            DemandPattern pattern = patterns.findByCooperativeIdAndCode(coop, patternCode).orElseThrow();
            pattern.setWeather(kind, task, null, null, halfDayEnd);
        });
    }

    @Test
    @WithUserDetails("worker")
    void theMonthCalendarStartsOnTheCooperativesWeekStart() throws Exception {
        DayOfWeek before = settingsRow().getWeekStart();
        try {
            for (DayOfWeek start : List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY, DayOfWeek.SUNDAY)) {
                setWeekStart(start);
                String html = mvc.perform(get("/worker/calendar").param("month", "2026-06"))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                String header = html.substring(html.indexOf("<thead>"), html.indexOf("</thead>"));
                List<String> days = java.util.regex.Pattern.compile(">([月火水木金土日])</th>").matcher(header)
                        .results().map(m -> m.group(1)).toList();
                List<String> expected = java.util.stream.IntStream.range(0, 7)
                        .mapToObj(i -> start.plus(i).getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE))
                        .toList();
                assertThat(days).as("header from " + start).isEqualTo(expected);
                // the first cell is the week start on or before 1 June 2026 (a Monday)
                LocalDate first = LocalDate.of(2026, 6, 1)
                        .with(java.time.temporal.TemporalAdjusters.previousOrSame(start));
                String body = html.substring(html.indexOf("<tbody>"));
                assertThat(body).as("first cell from " + start)
                        .containsPattern("^<tbody>\\s*<tr>\\s*<td[^>]*>\\s*<[^>]*>" + first.getDayOfMonth() + "<");
            }
        } finally {
            setWeekStart(before);
        }
    }

    private jp.tsumugi.web.settings.Settings settingsRow() {
        return settings.findFirstByCooperativeId(coop).orElseThrow();
    }

    private void setWeekStart(DayOfWeek day) {
        transaction.executeWithoutResult(status -> settingsRow().setWeekStart(day));
    }

    @Test
    void anotherWorkersSlotsAreNeverInMySchedule() {
        Map<String, PublishedAssignment> published = edits.latestPublished(coop, planId);
        schedule.forWorker(coop, worker("w01"), PublishedFixture.FROM, PublishedFixture.TO).shifts()
                .forEach(s -> assertThat(published.get(s.slotKey()).getWorkerCode()).isEqualTo("w01"));
    }
}
