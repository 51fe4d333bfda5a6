package jp.tsumugi.web.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.domain.Unavailability;
import jp.tsumugi.solver.domain.Worker;

/**
 * One cell of the year view opened up: the worker's slots that day, their leave, and the slots the published roster gave
 * them that day but the plan now gives to someone else (what a re-plan would change for them).
 */
record CellDetails(String workerCode, String workerName, LocalDate date, boolean holiday, List<SlotLine> slots,
        List<SlotLine> movedAway, List<OffLine> off, String hours) {

    /**
     * A slot as one line. {@code other} is the published worker when it differs (for {@code slots}) or the worker now
     * planned (for {@code movedAway}); {@code null} when there is nobody to name.
     */
    record SlotLine(String key, String memberCode, String memberName, String siteName, String start, String end,
            String hours, boolean pinned, boolean required, String other, String css) {
    }

    record OffLine(String kindKey, String from, String to) {
    }

    static CellDetails build(Roster roster, Worker worker, LocalDate date, boolean holiday) {
        Map<Cover, Integer> headIndex = new HashMap<>();
        List<SlotLine> slots = new ArrayList<>();
        List<SlotLine> movedAway = new ArrayList<>();
        long minutes = 0;
        List<Slot> ofDay = roster.getSlots().stream().filter(s -> s.getDate().equals(date))
                .sorted(Comparator.comparing(Slot::getStart).thenComparing(Slot::getId)).toList();
        for (Slot slot : ofDay) {
            if (slot.getWorker() == worker) {
                minutes += slot.getNetMinutes();
                Worker published = slot.getPublishedWorker();
                slots.add(line(slot, published != null && published != worker ? published.getName() : null));
            } else if (slot.getPublishedWorker() == worker) {
                movedAway.add(line(slot, slot.getWorker() == null ? null : slot.getWorker().getName()));
            }
        }
        List<OffLine> off = roster.getUnavailabilities().stream()
                .filter(u -> u.worker() == worker && u.date().equals(date))
                .map(CellDetails::offLine).toList();
        return new CellDetails(worker.getId(), worker.getName(), date, holiday, slots, movedAway, off, Hours.of(minutes));
    }

    private static SlotLine line(Slot slot, String other) {
        Cover cover = slot.getCover();
        return new SlotLine(slot.getId(), slot.getMember().getId(), slot.getMember().getName(), slot.getSite().getName(),
                cover.getStartTime().toString(), cover.getEndTime().toString(), Hours.of(slot.getNetMinutes()),
                slot.isPinned(), isRequiredHead(slot), other, MemberPalette.cssClass(slot.getMember().getId()));
    }

    /** Slot ids end in {@code #n}, the head index within the cover; the first {@code requiredHeadcount} are required. */
    static boolean isRequiredHead(Slot slot) {
        String id = slot.getId();
        int hash = id.lastIndexOf('#');
        try {
            return Integer.parseInt(id.substring(hash + 1)) < slot.getCover().getRequiredHeadcount();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static OffLine offLine(Unavailability u) {
        String key = switch (u.kind()) {
            case PAID_LEAVE -> "roster.off.kind.PAID_LEAVE";
            case DAY_OFF -> "roster.off.kind.DAY_OFF";
            case UNAVAILABLE -> "roster.off.kind.UNAVAILABLE";
        };
        return new OffLine(key, u.isWholeDay() ? null : u.from().toString(), u.isWholeDay() ? null : u.to().toString());
    }
}
