package jp.tsumugi.web.roster;

/**
 * A member's colour: one of a fixed palette of CSS classes ({@code m0} … {@code m15} in roster.css), chosen from the
 * member code so that a member keeps its colour across months, plans and pages.
 */
final class MemberPalette {

    static final int SIZE = 16;

    private MemberPalette() {
    }

    static String cssClass(String memberCode) {
        return "m" + Math.floorMod(memberCode.hashCode(), SIZE);
    }
}
