package jp.tsumugi.web.jobtypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.tsumugi.solver.domain.JobCategory;
import jp.tsumugi.web.cooperative.CodedEntity;
import jp.tsumugi.web.skills.Skill;

/** A kind of work. PROHIBITED categories (派遣禁止業務) are kept so that nobody can dispatch to them. */
@Entity
@Table(name = "job_type")
public class JobType extends CodedEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobCategory category;

    @ManyToMany
    @JoinTable(name = "job_type_skill", joinColumns = @JoinColumn(name = "job_type_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> requiredSkills = new LinkedHashSet<>();

    protected JobType() {
    }

    public JobType(long cooperativeId, String code, String name, JobCategory category) {
        super(cooperativeId, code);
        this.name = name;
        this.category = category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public JobCategory getCategory() {
        return category;
    }

    public void setCategory(JobCategory category) {
        this.category = category;
    }

    public boolean isProhibited() {
        return category == JobCategory.PROHIBITED;
    }

    public Set<Skill> getRequiredSkills() {
        return requiredSkills;
    }
}
