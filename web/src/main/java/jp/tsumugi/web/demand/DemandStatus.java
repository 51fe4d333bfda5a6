package jp.tsumugi.web.demand;

/**
 * Whether a demand pattern is planned. A member's request for dates a published roster already covers is PROPOSED:
 * a change for the secretariat to accept, which the solver does not see until then.
 */
public enum DemandStatus {
    ACTIVE,
    PROPOSED
}
