package jp.tsumugi.web.memberportal;

/**
 * The member business the logged-in user acts for, with the two ids every member-portal query is scoped by.
 *
 * @param code the member's code, which is also its id in the solver's model
 */
record CurrentMember(long cooperativeId, long memberId, String code, String name, String username) {
}
