package jp.tsumugi.web.plans;

import java.util.Map;
import jp.tsumugi.solver.domain.Cover;
import jp.tsumugi.solver.domain.GeoPoint;
import jp.tsumugi.solver.domain.JobType;
import jp.tsumugi.solver.domain.Member;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.solver.domain.Roster;
import jp.tsumugi.solver.domain.Site;
import jp.tsumugi.solver.domain.Slot;

/**
 * A published slot as it was published (V9 slot details), for every paper made from a published version: the
 * 派遣元管理台帳 and invoices as much as the §35 notices and §34 明示. A later change of the demand pattern it came
 * from must neither rewrite nor drop it.
 */
public final class PublishedSlots {

    private PublishedSlots() {
    }

    /** The part of a slot key {@code pattern@date#n} before the date: the demand pattern's code. */
    public static String patternCode(String slotKey) {
        int hash = slotKey.lastIndexOf('#');
        int at = hash < 0 ? slotKey.lastIndexOf('@') : slotKey.lastIndexOf('@', hash);
        return at < 0 ? null : slotKey.substring(0, at);
    }

    /**
     * The slot as it was published, on the plan's calendar: the member, site and job type of today's data when they
     * still exist (for their settings), under the names printed at publication; without its worker. Null when the row
     * has no slot details (published before V9) or the slot cannot be placed on the plan's calendar.
     *
     * @param made sites made up for rows whose site no longer exists as published, shared between the rows of a roster
     */
    public static Slot of(Roster roster, PublishedAssignment row, Map<String, Site> made) {
        if (!row.hasSlotDetails()) {
            return null;
        }
        Site site = roster.getSites().stream()
                .filter(s -> s.getId().equals(row.getSiteCode()) && s.getMember().getId().equals(row.getMemberCode())
                        && s.getName().equals(row.getSiteName()) && s.getMember().getName().equals(row.getMemberName()))
                .findFirst()
                .orElseGet(() -> made.computeIfAbsent(String.join("\u0000", row.getSiteCode(), row.getSiteName(),
                        row.getMemberCode(), row.getMemberName()), k -> new Site(row.getSiteCode(),
                        new Member(row.getMemberCode(), row.getMemberName(),
                                roster.getMembers().stream().filter(m -> m.getId().equals(row.getMemberCode()))
                                        .map(Member::getKind).findFirst().orElse(MemberKind.MEMBER)),
                        row.getSiteName(), roster.getSites().stream().filter(s -> s.getId().equals(row.getSiteCode()))
                                .map(Site::getLocation).findFirst().orElse(new GeoPoint(0, 0)))));
        JobType jobType = roster.getJobTypes().stream()
                .filter(j -> j.getId().equals(row.getJobTypeCode()) && j.getName().equals(row.getJobTypeName()))
                .findFirst()
                .orElseGet(() -> new JobType(row.getJobTypeCode(), row.getJobTypeName()));
        String key = row.getSlotKey();
        try {
            Cover cover = Cover.builder(roster.getCalendar())
                    .id(key.contains("#") ? key.substring(0, key.lastIndexOf('#')) : key)
                    .patternId(patternCode(key))
                    .site(site).jobType(jobType).date(row.getDate())
                    .time(row.getStart(), row.getEnd(), row.getBreakMinutes()).build();
            return new Slot(key, cover);
        } catch (IllegalArgumentException e) {
            return null; // cannot happen for a plan's own window; never invent a slot
        }
    }
}
