package jp.tsumugi.solver.domain;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * A liked or avoided combination, stated by a worker (about a member, a job type or a weekday) or by a member (about a
 * worker). Exactly one of {@code member}, {@code jobType}, {@code dayOfWeek} is set; a member's wish about a worker sets
 * {@code member} and {@code fromMember}. The weight is the soft score per matching slot.
 */
public record Preference(Worker worker, Member member, JobType jobType, DayOfWeek dayOfWeek, boolean liked,
        int weight, boolean fromMember) {
    public Preference {
        Objects.requireNonNull(worker, "worker");
        int set = (member != null ? 1 : 0) + (jobType != null ? 1 : 0) + (dayOfWeek != null ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("a preference names exactly one of member, job type or weekday");
        }
        if (fromMember && member == null) {
            throw new IllegalArgumentException("a member's preference must name the member");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
        worker.markPreference(member != null ? member : jobType != null ? jobType : dayOfWeek);
    }

    public static Preference workerAboutMember(Worker worker, Member member, boolean liked, int weight) {
        return new Preference(worker, member, null, null, liked, weight, false);
    }

    public static Preference workerAboutJobType(Worker worker, JobType jobType, boolean liked, int weight) {
        return new Preference(worker, null, jobType, null, liked, weight, false);
    }

    public static Preference workerAboutWeekday(Worker worker, DayOfWeek day, boolean liked, int weight) {
        return new Preference(worker, null, null, day, liked, weight, false);
    }

    public static Preference memberAboutWorker(Member member, Worker worker, boolean liked, int weight) {
        return new Preference(worker, member, null, null, liked, weight, true);
    }

    public boolean matches(Slot slot) {
        Cover cover = slot.getCover();
        if (member != null) {
            return cover.getMember() == member;
        }
        if (jobType != null) {
            return cover.getJobType() == jobType;
        }
        return cover.getDayOfWeek() == dayOfWeek;
    }
}
