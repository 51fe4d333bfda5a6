package jp.tsumugi.solver.domain;

import java.util.Objects;

/** A licence or qualification that gates assignments: forklift ≥1 t 技能講習, 大型特殊, 食品衛生 stool test, driving licence. */
public final class Skill {
    private final String id;
    private final String name;

    public Skill(String id, String name) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
    }

    public String getId() { return id; }
    public String getName() { return name; }

    @Override
    public String toString() { return name; }
}
