package jp.tsumugi.web.records;

/**
 * One labelled item of a document. The value is either text from the data or a message key (yes/no, open-ended...);
 * a field whose data Tsumugi does not hold is printed blank with a note saying so, never guessed.
 *
 * @param labelKey message key of the label
 * @param text the value as it stands in the data, or {@code null}
 * @param valueKey message key of the value, or {@code null}
 * @param held whether Tsumugi holds this item at all
 */
record Field(String labelKey, String text, String valueKey, boolean held) {

    static Field text(String labelKey, String text) {
        return new Field(labelKey, text, null, true);
    }

    static Field key(String labelKey, String valueKey) {
        return new Field(labelKey, null, valueKey, true);
    }

    static Field yesNo(String labelKey, boolean yes) {
        return key(labelKey, yes ? "records.value.yes" : "records.value.no");
    }

    /** Whether something was done or exists (an insurance enrolment): 有 / 無. */
    static Field present(String labelKey, boolean present) {
        return key(labelKey, present ? "records.value.present" : "records.value.absent");
    }

    /** An item the law asks for that Tsumugi has no data for: left blank for the secretariat to fill in. */
    static Field notHeld(String labelKey) {
        return new Field(labelKey, null, null, false);
    }
}
