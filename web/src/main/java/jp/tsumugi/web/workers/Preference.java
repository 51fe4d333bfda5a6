package jp.tsumugi.web.workers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import jp.tsumugi.web.cooperative.CooperativeOwned;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.members.Member;

/**
 * A wish about where or when a worker works: exactly one of member, job type, weekday. {@code fromMember}: the
 * member's wish about the worker rather than the worker's own.
 */
@Entity
@Table(name = "preference")
public class Preference extends CooperativeOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    private Worker worker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "job_type_id")
    private JobType jobType;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    private DayOfWeek dayOfWeek;

    @Column(nullable = false)
    private boolean liked;

    @Column(nullable = false)
    private int weight;

    @Column(name = "from_member", nullable = false)
    private boolean fromMember;

    @Version
    @Column(nullable = false)
    private long version;

    protected Preference() {
    }

    public Preference(Worker worker, Member member, JobType jobType, DayOfWeek dayOfWeek, boolean liked, int weight,
            boolean fromMember) {
        super(worker.getCooperativeId());
        this.worker = worker;
        this.member = member;
        this.jobType = jobType;
        this.dayOfWeek = dayOfWeek;
        this.liked = liked;
        this.weight = weight;
        this.fromMember = fromMember;
    }

    public Worker getWorker() {
        return worker;
    }

    public Member getMember() {
        return member;
    }

    public JobType getJobType() {
        return jobType;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public boolean isLiked() {
        return liked;
    }

    public int getWeight() {
        return weight;
    }

    public boolean isFromMember() {
        return fromMember;
    }

    public long getVersion() {
        return version;
    }
}
