package jp.tsumugi.web.roster;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tsumugi.solver.domain.AvailabilityKind;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;

/**
 * The year at a glance as plain rows: workers × days of a date range, each cell coloured by the member the worker works
 * for that day, leave marked, pins flagged, and a bottom row with the required heads left unfilled per day. Everything
 * the template shows is computed here once, so that a whole year of 20 workers stays one {@code <td>} per cell.
 */
record YearView(List<MonthSpan> months, List<Day> days, List<Row> rows, List<Integer> unfilledHeads,
        List<LegendEntry> legend) {

    /** A month's columns in the header. */
    record MonthSpan(YearMonth month, int days) {
    }

    /** A column: {@code css} marks Sundays and holidays ({@code hol}) and Saturdays ({@code sat}). */
    record Day(LocalDate date, int dayOfMonth, DayOfWeek dayOfWeek, boolean holiday, String css) {
    }

    /** One worker's row; {@code hours} is the worker's total in the range. */
    record Row(String code, String name, List<Cell> cells, String hours) {
    }

    /**
     * A cell. {@code css}: the member colour ({@code m0}…), {@code x} when the worker serves more than one member that
     * day, {@code pin} when a slot is pinned, {@code off} on leave. {@code text}: the day's hours; {@code offKey}: the
     * message key of the leave mark; {@code href}: the details of the day, when there is work.
     */
    record Cell(String css, String text, String offKey, String href) {
        static final Cell EMPTY = new Cell(null, null, null, null);
    }

    record LegendEntry(String code, String name, String css) {
    }

    static YearView build(long planId, Roster roster, LocalDate from, LocalDate to, Set<LocalDate> holidays) {
        List<Day> days = new ArrayList<>();
        Map<LocalDate, Integer> column = new HashMap<>();
        Map<YearMonth, Integer> monthDays = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            column.put(d, days.size());
            boolean holiday = d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d);
            days.add(new Day(d, d.getDayOfMonth(), d.getDayOfWeek(), holiday,
                    holiday ? "hol" : d.getDayOfWeek() == DayOfWeek.SATURDAY ? "sat" : null));
            monthDays.merge(YearMonth.from(d), 1, Integer::sum);
        }
        List<MonthSpan> months = monthDays.entrySet().stream().map(e -> new MonthSpan(e.getKey(), e.getValue())).toList();

        Map<Worker, List<Slot>[]> slotsByWorker = new HashMap<>();
        Map<Cover, Integer> assignedByCover = new HashMap<>();
        for (Slot slot : roster.getSlots()) {
            if (slot.isAssigned()) {
                assignedByCover.merge(slot.getCover(), 1, Integer::sum);
                Integer c = column.get(slot.getDate());
                if (c != null) {
                    slotsByWorker.computeIfAbsent(slot.getWorker(), w -> newDayArray(days.size()))[c].add(slot);
                }
            }
        }
        Map<Worker, AvailabilityKind[]> offByWorker = new HashMap<>();
        for (Unavailability u : roster.getUnavailabilities()) {
            Integer c = column.get(u.date());
            if (c != null) {
                AvailabilityKind[] off = offByWorker.computeIfAbsent(u.worker(), w -> new AvailabilityKind[days.size()]);
                // paid leave is what the secretariat must not overlook, so it wins over other kinds on the same day
                if (off[c] == null || u.kind() == AvailabilityKind.PAID_LEAVE) {
                    off[c] = u.kind();
                }
            }
        }

        Map<String, LegendEntry> legend = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Worker worker : sortedWorkers(roster)) {
            List<Slot>[] slots = slotsByWorker.get(worker);
            AvailabilityKind[] off = offByWorker.get(worker);
            List<Cell> cells = new ArrayList<>(days.size());
            long total = 0;
            for (int c = 0; c < days.size(); c++) {
                List<Slot> daySlots = slots == null ? List.of() : slots[c];
                AvailabilityKind kind = off == null ? null : off[c];
                if (daySlots.isEmpty() && kind == null) {
                    cells.add(Cell.EMPTY);
                    continue;
                }
                long minutes = daySlots.stream().mapToLong(Slot::getNetMinutes).sum();
                total += minutes;
                cells.add(cell(planId, worker, days.get(c).date(), daySlots, kind, minutes, legend));
            }
            rows.add(new Row(worker.getId(), worker.getName(), cells, Hours.of(total)));
        }

        int[] unfilled = new int[days.size()];
        for (Cover cover : roster.getCovers()) {
            Integer c = column.get(cover.getDate());
            if (c != null) {
                unfilled[c] += Math.max(0, cover.getRequiredHeadcount() - assignedByCover.getOrDefault(cover, 0));
            }
        }
        return new YearView(months, days, rows, java.util.Arrays.stream(unfilled).boxed().toList(),
                legend.values().stream().sorted(Comparator.comparing(LegendEntry::code)).toList());
    }

    private static Cell cell(long planId, Worker worker, LocalDate date, List<Slot> daySlots, AvailabilityKind kind,
            long minutes, Map<String, LegendEntry> legend) {
        StringBuilder css = new StringBuilder();
        String text = null;
        String href = null;
        if (!daySlots.isEmpty()) {
            Map<Member, Integer> minutesByMember = new HashMap<>();
            daySlots.forEach(s -> minutesByMember.merge(s.getMember(), s.getNetMinutes(), Integer::sum));
            Member main = minutesByMember.entrySet().stream()
                    .max(Map.Entry.<Member, Integer>comparingByValue().thenComparing(e -> e.getKey().getId(),
                            Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            minutesByMember.keySet().forEach(m -> legend.computeIfAbsent(m.getId(),
                    code -> new LegendEntry(code, m.getName(), MemberPalette.cssClass(code))));
            css.append(MemberPalette.cssClass(main.getId()));
            if (minutesByMember.size() > 1) {
                css.append(" x");
            }
            if (daySlots.stream().anyMatch(Slot::isPinned)) {
                css.append(" pin");
            }
            text = Hours.of(minutes);
            href = cellHref(planId, worker.getId(), date);
        }
        String offKey = null;
        if (kind != null) {
            css.append(css.isEmpty() ? "off" : " off");
            offKey = kind == AvailabilityKind.PAID_LEAVE ? "roster.off.paidLeave" : "roster.off.dayOff";
        }
        return new Cell(css.toString(), text, offKey, href);
    }

    static String cellHref(long planId, String workerCode, LocalDate date) {
        return "/plans/" + planId + "/year/cell?worker=" + URLEncoder.encode(workerCode, StandardCharsets.UTF_8)
                + "&date=" + date;
    }

    static List<Worker> sortedWorkers(Roster roster) {
        return roster.getWorkers().stream().sorted(Comparator.comparing(Worker::getId)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Slot>[] newDayArray(int size) {
        List<Slot>[] array = new List[size];
        for (int i = 0; i < size; i++) {
            array[i] = new ArrayList<>(1);
        }
        return array;
    }
}
