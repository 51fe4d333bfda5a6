package jp.tsumugi.solver.domain;

import java.util.Objects;

/** A client of the cooperative: a member business, a non-member user or a related municipality. */
public final class Member {
    private final String id;
    private final String name;
    private final MemberKind kind;

    public Member(String id, String name, MemberKind kind) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
        this.kind = kind == null ? MemberKind.MEMBER : kind;
    }

    public Member(String id, String name) {
        this(id, name, MemberKind.MEMBER);
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public MemberKind getKind() { return kind; }

    @Override
    public String toString() { return name; }
}
