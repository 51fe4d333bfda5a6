package jp.tsumugi.solver.domain;

/** Who a client of the cooperative is (特定地域づくり事業推進法 and its 2025 amendment on 員外利用). */
public enum MemberKind {
    /** A member business (組合員): unlimited use. */
    MEMBER,
    /** A non-member user (員外利用): capped at a share of members' use. */
    NON_MEMBER,
    /** A related municipality (関係市町村等) using the coop as a non-member: the larger cap applies. */
    RELATED_MUNICIPALITY;

    public boolean isNonMember() {
        return this != MEMBER;
    }
}
