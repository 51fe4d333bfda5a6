package jp.tsumugi.web.workerportal;

import java.util.List;
import jp.tsumugi.web.jobtypes.JobType;
import jp.tsumugi.web.jobtypes.JobTypeRepository;
import jp.tsumugi.web.members.Member;
import jp.tsumugi.web.members.MemberRepository;
import jp.tsumugi.web.workers.Preference;
import jp.tsumugi.web.workers.PreferenceRepository;
import jp.tsumugi.web.workers.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * A worker's own wishes about members and job types. They are soft (the plan weighs them against everything else), so
 * the worker states them directly; the secretariat sees them on the worker's page. A member's wish about the worker
 * ({@code fromMember}) is neither shown to nor editable by the worker.
 */
@Service
class MyPreferences {

    /** The weight a worker's own wish gets: the middle of the 1–3 the secretariat uses. */
    static final int WEIGHT = 2;

    private final PreferenceRepository preferences;
    private final MemberRepository members;
    private final JobTypeRepository jobTypes;

    MyPreferences(PreferenceRepository preferences, MemberRepository members, JobTypeRepository jobTypes) {
        this.preferences = preferences;
        this.members = members;
        this.jobTypes = jobTypes;
    }

    /** A row for the page, read inside the transaction (member and job type are lazy). */
    record Row(long id, String memberName, String jobTypeName, String dayOfWeek, boolean liked) {
    }

    @Transactional(readOnly = true)
    List<Row> mine(Worker worker) {
        return preferences.findByCooperativeIdAndWorkerOrderByIdAsc(worker.getCooperativeId(), worker).stream()
                .filter(p -> !p.isFromMember())
                .map(p -> new Row(p.getId(), p.getMember() == null ? null : p.getMember().getName(),
                        p.getJobType() == null ? null : p.getJobType().getName(),
                        p.getDayOfWeek() == null ? null : p.getDayOfWeek().name(), p.isLiked()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Member> members(long cooperativeId) {
        return members.findByCooperativeIdOrderByCode(cooperativeId);
    }

    @Transactional(readOnly = true)
    List<JobType> jobTypes(long cooperativeId) {
        return jobTypes.findByCooperativeIdOrderByCode(cooperativeId);
    }

    /**
     * @param target {@code member:<id>} or {@code jobType:<id>}, ids of the worker's own cooperative
     * @return false when the target is not one
     */
    @Transactional
    boolean add(Worker worker, String target, boolean liked) {
        long c = worker.getCooperativeId();
        if (target == null || !target.contains(":")) {
            return false;
        }
        String kind = target.substring(0, target.indexOf(':'));
        long id;
        try {
            id = Long.parseLong(target.substring(target.indexOf(':') + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        Member member = null;
        JobType jobType = null;
        if (kind.equals("member")) {
            member = members.findByIdAndCooperativeId(id, c).orElse(null);
            if (member == null) {
                return false;
            }
        } else if (kind.equals("jobType")) {
            jobType = jobTypes.findByIdAndCooperativeId(id, c).orElse(null);
            if (jobType == null) {
                return false;
            }
        } else {
            return false;
        }
        Long memberId = member == null ? null : member.getId();
        Long jobTypeId = jobType == null ? null : jobType.getId();
        // One wish per member or job type: a new one replaces the old.
        preferences.findByCooperativeIdAndWorkerOrderByIdAsc(c, worker).stream()
                .filter(p -> !p.isFromMember())
                .filter(p -> memberId != null && p.getMember() != null && memberId.equals(p.getMember().getId())
                        || jobTypeId != null && p.getJobType() != null && jobTypeId.equals(p.getJobType().getId()))
                .forEach(preferences::delete);
        preferences.save(new Preference(worker, member, jobType, null, liked, WEIGHT, false));
        return true;
    }

    @Transactional
    void remove(Worker worker, long id) {
        Preference preference = preferences.findByIdAndCooperativeId(id, worker.getCooperativeId())
                .filter(p -> !p.isFromMember() && p.getWorker().getId().equals(worker.getId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        preferences.delete(preference);
    }
}
