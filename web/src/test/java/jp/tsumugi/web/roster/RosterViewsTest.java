package jp.tsumugi.web.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Worker;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import jp.tsumugi.web.plans.Plan;
import jp.tsumugi.web.plans.PlanRepository;
import jp.tsumugi.web.plans.PlanRosters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roster views on a hand-filled May plan of the demo cooperative: w01 works one pinned slot on 11 May and one
 * on 13 May; everything else is unassigned. (w03 has paid leave on 12 May in the demo data.)
 */
@PostgresSpringBootTest
@WithUserDetails("office")
class RosterViewsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 5, 11);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 5, 13);

    @Autowired
    private MockMvc mvc;

    @Autowired
    private PlanRepository plans;

    @Autowired
    private PlanRosters rosters;

    @Autowired
    private CooperativeRepository cooperatives;

    private long demo;
    private long planId;
    private Slot pinned;
    private Slot second;

    @BeforeEach
    void handFilledPlan() {
        demo = cooperatives.findByCode("hagi").orElseThrow().getId();
        planId = plans.save(new Plan(demo, "5月 (表示テスト)", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .getId();
        Roster roster = rosters.load(demo, planId);
        Worker w01 = roster.getWorkers().stream().filter(w -> w.getId().equals("w01")).findFirst().orElseThrow();
        pinned = firstRequiredSlotOn(roster, MONDAY);
        second = firstRequiredSlotOn(roster, WEDNESDAY);
        pinned.setWorker(w01);
        pinned.setPinned(true);
        second.setWorker(w01);
        rosters.save(demo, planId, roster);
    }

    static Slot firstRequiredSlotOn(Roster roster, LocalDate date) {
        return roster.getSlots().stream()
                .filter(s -> s.getDate().equals(date) && s.getId().endsWith("#0") && s.getCover().getRequiredHeadcount() > 0
                        && s.getEnd().toLocalDate().equals(date))
                .min(Comparator.comparing(Slot::getId)).orElseThrow();
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The {@code <td>} cells of a worker's row, without the total. */
    static List<String> cells(String html, String worker) {
        Matcher row = Pattern.compile("<tr data-worker=\"" + worker + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).as("row of " + worker).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>.*?</td>", Pattern.DOTALL).matcher(row.group(1));
        while (cell.find()) {
            cells.add(cell.group());
        }
        return cells.subList(0, cells.size() - 1);
    }

    @Test
    void theYearViewShowsAHandAssignedSlotInItsCellInTheMembersColour() throws Exception {
        String html = html("/plans/" + planId + "/year");

        List<String> w01 = cells(html, "w01");
        assertThat(w01).hasSize(31);
        String colour = MemberPalette.cssClass(pinned.getMember().getId());
        assertThat(w01.get(10)).isEqualTo("<td class=\"" + colour + " pin\"><a href=\"/plans/" + planId
                + "/year/cell?worker=w01&amp;date=2026-05-11\">" + Hours.of(pinned.getNetMinutes()) + "</a></td>");
        assertThat(w01.get(12)).startsWith("<td class=\"" + MemberPalette.cssClass(second.getMember().getId()) + "\">")
                .contains(">" + Hours.of(second.getNetMinutes()) + "</a>");
        assertThat(w01.get(11)).isEqualTo("<td></td>");
        assertThat(cells(html, "w03").get(11)).isEqualTo("<td class=\"off\">年休</td>");
        // the legend names the member, and 4-6 May (holidays) and Sundays are marked in the header
        assertThat(html).contains(pinned.getMember().getName())
                .containsPattern("<th scope=\"col\" class=\"hol\"[^>]*data-date=\"2026-05-04\"")
                .containsPattern("<th scope=\"col\" class=\"hol\"[^>]*data-date=\"2026-05-10\"")
                .containsPattern("<th scope=\"col\" data-date=\"2026-05-11\"")
                .contains("2026年5月");
    }

    @Test
    void theUnfilledRowCountsTheRequiredHeadsLeftPerDay() throws Exception {
        Roster roster = rosters.load(demo, planId);
        long expected = roster.getCovers().stream().filter(c -> c.getDate().equals(MONDAY))
                .mapToLong(c -> Math.max(0, c.getRequiredHeadcount()
                        - roster.getSlots().stream().filter(s -> s.getCover() == c && s.isAssigned()).count()))
                .sum();
        String html = html("/plans/" + planId + "/year?month=2026-05");

        Matcher row = Pattern.compile("data-testid=\"unfilled-row\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(row.find()).isTrue();
        List<String> days = new ArrayList<>();
        Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(row.group(1));
        while (cell.find()) {
            days.add(cell.group(1));
        }
        assertThat(expected).isPositive();
        assertThat(days.get(10)).isEqualTo(String.valueOf(expected));
    }

    @Test
    void monthsOutsideThePlanAreNotFoundAndTheWholePlanRenders() throws Exception {
        mvc.perform(get("/plans/" + planId + "/year?month=2026-06")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/year?month=May")).andExpect(status().isBadRequest());
        assertThat(cells(html("/plans/" + planId + "/year?month=all"), "w01")).hasSize(31);
    }

    @Test
    void aCellLoadsItsDetailsAsAFragmentForHtmxAndAsAPageOtherwise() throws Exception {
        String url = "/plans/" + planId + "/year/cell?worker=w01&date=2026-05-11";
        String fragment = mvc.perform(get(url).header("HX-Request", "true")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(fragment).doesNotContain("<html").contains("data-testid=\"cell-details\"")
                .contains(pinned.getMember().getName()).contains(pinned.getSite().getName())
                .contains("固定").contains("必須")
                .contains(pinned.getCover().getStartTime() + "〜" + pinned.getCover().getEndTime())
                .contains("/plans/" + planId + "/slot?slot=" + encoded(pinned.getId()));
        assertThat(html(url)).contains("<html").contains("data-testid=\"cell-details\"");
        assertThat(html("/plans/" + planId + "/year/cell?worker=w03&date=2026-05-12")).contains("年次有給休暇");
    }

    @Test
    void membersAreListedMostUnfilledFirst() throws Exception {
        String html = html("/plans/" + planId + "/members");

        Matcher unfilled = Pattern.compile("data-testid=\"unfilled\">([0-9.]+)</td>").matcher(html);
        List<Double> hours = new ArrayList<>();
        while (unfilled.find()) {
            hours.add(Double.parseDouble(unfilled.group(1)));
        }
        assertThat(hours).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(hours.get(0)).isPositive();
    }

    @Test
    void aMembersPageListsItsUnfilledRequiredSlotsWithALinkAndChartsItsWeeks() throws Exception {
        Roster roster = rosters.load(demo, planId);
        Slot unfilled = roster.getSlots().stream()
                .filter(s -> !s.isAssigned() && s.getId().endsWith("#0") && s.getCover().getRequiredHeadcount() > 0
                        && s.getMember().getId().equals(pinned.getMember().getId()))
                .findFirst().orElseThrow();
        String html = html("/plans/" + planId + "/members/" + pinned.getMember().getId());

        Matcher row = Pattern.compile("<tr data-slot=\"" + Pattern.quote(unfilled.getId()) + "\".*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(row.find()).as("unfilled slot " + unfilled.getId()).isTrue();
        assertThat(row.group()).contains("必須").contains(unfilled.getSite().getName())
                .contains("/plans/" + planId + "/slot?slot=" + encoded(unfilled.getId()));
        assertThat(html).doesNotContain("data-slot=\"" + pinned.getId() + "\"")
                .contains("data-testid=\"weekly-chart\"").contains("data-week=\"2026-05-11\"");
    }

    @Test
    void aWorkersMonthHoursAreTheSumOfTheirSlots() throws Exception {
        String expected = Hours.of(pinned.getNetMinutes() + second.getNetMinutes());

        String detail = html("/plans/" + planId + "/workers/w01");
        Matcher may = Pattern.compile("<tr data-month=\"2026-05\">.*?data-testid=\"work\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(detail);
        assertThat(may.find()).isTrue();
        assertThat(may.group(1)).isEqualTo(expected);
        assertThat(detail).contains("data-testid=\"monthly-chart\"").contains("data-member=\""
                + pinned.getMember().getId() + "\"");

        String list = html("/plans/" + planId + "/workers");
        Matcher w01 = Pattern.compile("<tr data-worker=\"w01\">.*?data-testid=\"work\">([^<]*)</td>", Pattern.DOTALL)
                .matcher(list);
        assertThat(w01.find()).isTrue();
        assertThat(w01.group(1)).isEqualTo(expected);
        assertThat(list).contains("％");
    }

    @Test
    void unknownCodesAndDatesOutsideThePlanAreNotFound() throws Exception {
        mvc.perform(get("/plans/" + planId + "/workers/nobody")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/members/nobody")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/year/cell?worker=nobody&date=2026-05-11"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/year/cell?worker=w01&date=2026-06-01"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/999999/year")).andExpect(status().isNotFound());
    }

    @Test
    void anotherCooperativesPlanIsNotFound() throws Exception {
        long other = cooperatives.findByCode("other-roster")
                .orElseGet(() -> cooperatives.save(new Cooperative("other-roster", "other"))).getId();
        long foreign = plans.save(new Plan(other, "foreign", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)))
                .getId();

        for (String path : List.of("/year", "/year?month=all", "/year/cell?worker=w01&date=2026-05-11", "/members",
                "/members/x", "/workers", "/workers/w01")) {
            mvc.perform(get("/plans/" + foreign + path)).andExpect(status().isNotFound());
        }
    }

    /** A slot key as a query parameter: '#' must be escaped, '@' may be. */
    static String encoded(String slotKey) {
        return slotKey.replace("#", "%23");
    }
}
