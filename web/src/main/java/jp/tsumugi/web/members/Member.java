package jp.tsumugi.web.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.tsumugi.solver.domain.MemberKind;
import jp.tsumugi.web.cooperative.CodedEntity;

/** A business the cooperative dispatches to: a member (組合員), a non-member user or a related municipality. */
@Entity
@Table(name = "member")
public class Member extends CodedEntity {

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberKind kind;

    protected Member() {
    }

    public Member(long cooperativeId, String code, String name, MemberKind kind) {
        super(cooperativeId, code);
        this.name = name;
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }
}
