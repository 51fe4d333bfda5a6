package jp.tsumugi.solver.domain;

import java.util.List;
import java.util.Objects;

/** Kind of work (packing, harvesting, brewing, cleaning...), its legal category and the skills it needs. */
public final class JobType {
    private final String id;
    private final String name;
    private final JobCategory category;
    private final List<Skill> requiredSkills;

    public JobType(String id, String name, JobCategory category, List<Skill> requiredSkills) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
        this.category = category == null ? JobCategory.ORDINARY : category;
        this.requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    public JobType(String id, String name) {
        this(id, name, JobCategory.ORDINARY, List.of());
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public JobCategory getCategory() { return category; }
    public List<Skill> getRequiredSkills() { return requiredSkills; }
    public boolean isProhibited() { return category == JobCategory.PROHIBITED; }

    @Override
    public String toString() { return name; }
}
