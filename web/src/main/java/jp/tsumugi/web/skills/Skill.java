package jp.tsumugi.web.skills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.tsumugi.web.cooperative.CodedEntity;

/** A skill or licence (フォークリフト, 大型特殊, 食品衛生, 運転...). */
@Entity
@Table(name = "skill")
public class Skill extends CodedEntity {

    @Column(nullable = false)
    private String name;

    protected Skill() {
    }

    public Skill(long cooperativeId, String code, String name) {
        super(cooperativeId, code);
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
