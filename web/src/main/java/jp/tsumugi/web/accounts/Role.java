package jp.tsumugi.web.accounts;

/** Who a user is to the cooperative. */
public enum Role {
    /** The cooperative's office (事務局): plans and publishes. */
    SECRETARIAT,
    /** One member business (組合員). */
    MEMBER,
    /** One dispatched worker (派遣職員). */
    WORKER,
    /** The host's administrator: creates cooperatives and their first secretariat account. */
    SUPPORT_ADMIN
}
