package jp.tsumugi.web.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.tsumugi.PostgresSpringBootTest;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.web.cooperative.Cooperative;
import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

@PostgresSpringBootTest
@WithUserDetails("office")
class AvailabilityControllerTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private CooperativeRepository cooperatives;

    @Autowired
    private WorkerRepository workers;

    @Autowired
    private AvailabilityRepository availability;

    private long hagi;

    private Worker worker;

    @BeforeEach
    void ownWorker() {
        hagi = cooperatives.findByCode("hagi").orElseThrow().getId();
        worker = workers.save(new Worker(hagi, "a-" + UUID.randomUUID().toString().substring(0, 8), "休暇 試験", 8400));
    }

    /** Other tests read the demo's counts: the worker goes, and its rows with it (ON DELETE CASCADE). */
    @AfterEach
    void removeOwnWorker() {
        workers.delete(worker);
    }

    @Test
    void listShowsTheDemoLeaveFilteredByWorkerAndMonth() throws Exception {
        Worker w01 = workers.findByCooperativeIdAndCode(hagi, "w01").orElseThrow();
        mvc.perform(get("/availability"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("年休")))
                .andExpect(content().string(containsString("長谷川 浩二")));
        // w01 takes paid leave on 2026-04-25 and 2026-08-14 in the demo
        mvc.perform(get("/availability").param("worker", w01.getId().toString()).param("month", "2026-08"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026-08-14")))
                .andExpect(content().string(not(containsString("2026-04-25"))));
    }

    @Test
    void addingAWholeDayAndATimeWindowSavesThem() throws Exception {
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", worker.getId().toString())
                        .param("date", "2026-06-10")
                        .param("kind", "PAID_LEAVE"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/availability"));
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", worker.getId().toString())
                        .param("date", "2026-06-11")
                        .param("from", "13:00")
                        .param("to", "17:00")
                        .param("kind", "UNAVAILABLE")
                        .param("filterWorker", worker.getId().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/availability?worker=" + worker.getId()));

        var rows = availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(hagi, worker);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).isWholeDay()).isTrue();
        assertThat(rows.get(1).getFrom()).isEqualTo(LocalTime.of(13, 0));
        assertThat(rows.get(1).getKind()).isEqualTo(AvailabilityKind.UNAVAILABLE);
    }

    @Test
    void aDateOutsideThePlanningYearIsAFieldError() throws Exception {
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", worker.getId().toString())
                        .param("date", "2027-04-01")
                        .param("kind", "DAY_OFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「日付」は計画年度（2026-04-01〜2027-03-31）の中にしてください。")));
        assertThat(availability.findByCooperativeIdAndWorkerOrderByDateAscIdAsc(hagi, worker)).isEmpty();
    }

    @Test
    void timesMustComeTogetherAndInOrder() throws Exception {
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", worker.getId().toString())
                        .param("date", "2026-06-10")
                        .param("from", "13:00")
                        .param("kind", "DAY_OFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「開始時刻」と「終了時刻」は両方入力してください")));
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", worker.getId().toString())
                        .param("date", "2026-06-10")
                        .param("from", "13:00")
                        .param("to", "09:00")
                        .param("kind", "DAY_OFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「終了時刻」は開始時刻より後にしてください。")));
    }

    @Test
    void deletingRemovesTheRow() throws Exception {
        Availability row = availability.save(
                new Availability(worker, LocalDate.of(2026, 7, 1), null, null, AvailabilityKind.DAY_OFF));
        mvc.perform(post("/availability/{id}/delete", row.getId()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(availability.findByIdAndCooperativeId(row.getId(), hagi)).isEmpty();
    }

    @Test
    void anotherCooperativesRowsAreNotFound() throws Exception {
        Cooperative other = cooperatives.save(
                new Cooperative("other-a-" + UUID.randomUUID().toString().substring(0, 8), "別の組合"));
        Worker theirs = workers.save(new Worker(other.getId(), "x01", "他組合 職員", 8400));
        Availability row = availability.save(
                new Availability(theirs, LocalDate.of(2026, 7, 1), null, null, AvailabilityKind.DAY_OFF));

        mvc.perform(post("/availability/{id}/delete", row.getId()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/availability").param("worker", theirs.getId().toString()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/availability").with(csrf())
                        .param("workerId", theirs.getId().toString())
                        .param("date", "2026-06-10")
                        .param("kind", "DAY_OFF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("「職員」を選んでください。")));
        assertThat(availability.findByIdAndCooperativeId(row.getId(), other.getId())).isPresent();
    }
}
