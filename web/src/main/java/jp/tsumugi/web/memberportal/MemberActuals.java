package jp.tsumugi.web.memberportal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.tsumugi.web.workers.WorkerRepository;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * The member's ledger of actual hours (派遣先管理台帳, 派遣法 §42): per worker per day of the member's own planned
 * slots in a month, the actual start, end and break; then the month is submitted to the cooperative and locked.
 * Only days on which the latest plan puts a worker at this member can be recorded.
 */
@Service
class MemberActuals {

    /**
     * A worker's planned day at the member (all of that day's slots there), with what was recorded for it.
     *
     * @param key the first slot's key: how the form names the row
     */
    record Day(String key, LocalDate date, String workerCode, NoticeItems worker, String siteNames,
            LocalTime plannedStart, LocalTime plannedEnd, int plannedBreakMinutes, ActualWork actual) {
    }

    /** The month's days, and when it was submitted (null: still open). */
    record Month(YearMonth month, List<Day> days, OffsetDateTime submittedAt) {

        boolean submitted() {
            return submittedAt != null;
        }

        public boolean isSubmitted() {
            return submitted();
        }
    }

    /** The month was submitted: its actuals are the cooperative's record now. */
    static class MonthSubmittedException extends ResponseStatusException {
        MonthSubmittedException() {
            super(HttpStatus.CONFLICT, "the month has been submitted");
        }
    }

    private final MemberRosters rosters;

    private final ActualWorkRepository actuals;

    private final ActualWorkMonthRepository months;

    private final WorkerRepository workers;

    MemberActuals(MemberRosters rosters, ActualWorkRepository actuals, ActualWorkMonthRepository months,
            WorkerRepository workers) {
        this.rosters = rosters;
        this.actuals = actuals;
        this.months = months;
        this.workers = workers;
    }

    @Transactional(readOnly = true)
    Month month(CurrentMember member, YearMonth month) {
        Map<String, ActualWork> recorded = actuals
                .findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(member.cooperativeId(),
                        member.memberId(), month.atDay(1), month.atEndOfMonth())
                .stream().collect(Collectors.toMap(a -> a.getDate() + "/" + a.getWorkerCode(), a -> a));
        Map<String, List<MemberSlot>> byWorkerDay = new LinkedHashMap<>();
        for (MemberSlot slot : rosters.load(member).in(month)) {
            if (slot.filled()) {
                byWorkerDay.computeIfAbsent(slot.date() + "/" + slot.workerCode(), k -> new ArrayList<>()).add(slot);
            }
        }
        List<Day> days = byWorkerDay.entrySet().stream().map(entry -> {
            List<MemberSlot> slots = entry.getValue();
            MemberSlot first = slots.get(0);
            return new Day(first.slotKey(), first.date(), first.workerCode(), first.worker(),
                    slots.stream().map(MemberSlot::siteName).distinct().collect(Collectors.joining("・")),
                    slots.stream().map(MemberSlot::start).min(Comparator.naturalOrder()).orElseThrow(),
                    slots.stream().map(MemberSlot::end).max(Comparator.naturalOrder()).orElseThrow(),
                    slots.stream().mapToInt(MemberSlot::breakMinutes).sum(), recorded.get(entry.getKey()));
        }).sorted(Comparator.comparing(Day::date).thenComparing(day -> day.worker().name())).toList();
        OffsetDateTime submittedAt = months.findByCooperativeIdAndMemberIdAndMonthStart(member.cooperativeId(),
                member.memberId(), month.atDay(1)).map(ActualWorkMonth::getSubmittedAt).orElse(null);
        return new Month(month, days, submittedAt);
    }

    /** The form as the page first shows it: what was recorded, else the plan. */
    ActualsForm form(Month month) {
        ActualsForm form = new ActualsForm();
        for (Day day : month.days()) {
            ActualsForm.Row row = new ActualsForm.Row();
            row.setKey(day.key());
            if (day.actual() != null) {
                row.setStart(day.actual().getStart());
                row.setEnd(day.actual().getEnd());
                row.setBreakMinutes(day.actual().getBreakMinutes());
            } else {
                row.setStart(day.plannedStart());
                row.setEnd(day.plannedEnd());
                row.setBreakMinutes(day.plannedBreakMinutes());
            }
            form.getRows().add(row);
        }
        return form;
    }

    /** End after start, a break shorter than the time between, both times or neither, rows of this month only. */
    void check(Month month, ActualsForm form, Errors errors) {
        Map<String, Day> dayByKey = month.days().stream().collect(Collectors.toMap(Day::key, d -> d));
        for (int i = 0; i < form.getRows().size(); i++) {
            ActualsForm.Row row = form.getRows().get(i);
            String field = "rows[" + i + "].";
            if (row.getKey() == null || !dayByKey.containsKey(row.getKey())) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a planned day of the month");
            }
            if (row.blank()) {
                continue;
            }
            if (row.getStart() == null || row.getEnd() == null) {
                errors.rejectValue(field + (row.getStart() == null ? "start" : "end"), "memberportal.actuals.error.both");
            } else if (!row.getEnd().isAfter(row.getStart())) {
                errors.rejectValue(field + "end", "memberportal.actuals.error.endBeforeStart");
            } else if (row.getBreakMinutes() == null || row.getBreakMinutes() < 0) {
                errors.rejectValue(field + "breakMinutes", "memberportal.actuals.error.breakRange");
            } else if (row.getBreakMinutes() >= Duration.between(row.getStart(), row.getEnd()).toMinutes()) {
                errors.rejectValue(field + "breakMinutes", "memberportal.actuals.error.breakTooLong");
            }
        }
    }

    /** Records a checked form; a row left empty removes that day's record. */
    @Transactional
    void save(CurrentMember member, YearMonth month, ActualsForm form) {
        Month current = month(member, month);
        if (current.submitted()) {
            throw new MonthSubmittedException();
        }
        Map<String, Day> dayByKey = current.days().stream().collect(Collectors.toMap(Day::key, d -> d));
        for (ActualsForm.Row row : form.getRows()) {
            Day day = dayByKey.get(row.getKey());
            Optional<ActualWork> stored = actuals.findByCooperativeIdAndMemberIdAndWorkerCodeAndDate(
                    member.cooperativeId(), member.memberId(), day.workerCode(), day.date());
            if (row.blank()) {
                stored.ifPresent(actuals::delete);
                continue;
            }
            ActualWork actual = stored.orElseGet(() -> new ActualWork(member.cooperativeId(), member.memberId(),
                    workers.findByCooperativeIdAndCode(member.cooperativeId(), day.workerCode())
                            .map(w -> w.getId()).orElse(null),
                    day.workerCode(), day.worker().name(), day.date()));
            actual.record(row.getStart(), row.getEnd(), row.getBreakMinutes(), member.username());
            actuals.save(actual);
        }
    }

    /** Locks the month: its records are stamped and the month is the cooperative's from now on. */
    @Transactional
    void submit(CurrentMember member, YearMonth month) {
        if (months.findByCooperativeIdAndMemberIdAndMonthStart(member.cooperativeId(), member.memberId(),
                month.atDay(1)).isPresent()) {
            throw new MonthSubmittedException();
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (ActualWork actual : actuals.findByCooperativeIdAndMemberIdAndDateBetweenOrderByDateAscWorkerCodeAsc(
                member.cooperativeId(), member.memberId(), month.atDay(1), month.atEndOfMonth())) {
            actual.setSubmittedAt(now);
            actuals.save(actual);
        }
        months.save(new ActualWorkMonth(member.cooperativeId(), member.memberId(), month.atDay(1), now,
                member.username()));
    }
}
