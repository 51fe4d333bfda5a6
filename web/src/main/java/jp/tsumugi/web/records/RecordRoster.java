package jp.tsumugi.web.records;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.web.plans.Plan;

/**
 * The roster a document is made from: the plan's latest published version when there is one (that is what members and
 * workers were told), else the plan's current working roster. The slots carry the workers of that version; a
 * published version's slots are as they were published, whatever the demand has become since.
 *
 * @param roster the plan's problem as the cooperative's data stands now (settings, calendar, workers, sites)
 * @param slots the slots of the version
 * @param publishedNumber the published version's number, {@code null} for the working roster
 */
record RecordRoster(Plan plan, Roster roster, List<Slot> slots, Integer publishedNumber, OffsetDateTime publishedAt) {

    static final Comparator<Slot> BY_START = Comparator.comparing(Slot::getStart).thenComparing(Slot::getId);

    boolean published() {
        return publishedNumber != null;
    }

    Origin origin() {
        return new Origin(plan.getId(), plan.getName(), publishedNumber, publishedAt);
    }

    /** Slots with a worker, by start. */
    List<Slot> assigned() {
        return slots.stream().filter(Slot::isAssigned).sorted(BY_START).toList();
    }

    List<Slot> assignedIn(YearMonth month) {
        return assigned().stream().filter(slot -> YearMonth.from(slot.getDate()).equals(month)).toList();
    }

    /** Where a document's data comes from, as printed on it. */
    record Origin(long planId, String planName, Integer publishedNumber, OffsetDateTime publishedAt) {
        public boolean isPublished() {
            return publishedNumber != null;
        }

        /** When it was published, in Japan's time. */
        public java.time.LocalDateTime publishedAtInJapan() {
            return publishedAt == null ? null
                    : publishedAt.atZoneSameInstant(java.time.ZoneId.of("Asia/Tokyo")).toLocalDateTime();
        }
    }
}
