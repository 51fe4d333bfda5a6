package jp.tsumugi.web.contracts;

/**
 * One labelled item of a contract document, like the records' fields: text from the data, or a message key (yes/no,
 * open-ended...). An item the data does not hold, or that nobody entered, is printed blank with a note saying so for
 * the secretariat to write in by hand — never guessed.
 */
record Item(String labelKey, String text, String valueKey, boolean held) {

    static Item text(String labelKey, String text) {
        return text == null || text.isBlank() ? notHeld(labelKey) : new Item(labelKey, text.strip(), null, true);
    }

    static Item key(String labelKey, String valueKey) {
        return new Item(labelKey, null, valueKey, true);
    }

    static Item yesNo(String labelKey, boolean yes) {
        return key(labelKey, yes ? "contracts.value.yes" : "contracts.value.no");
    }

    static Item present(String labelKey, boolean present) {
        return key(labelKey, present ? "contracts.value.present" : "contracts.value.absent");
    }

    static Item notHeld(String labelKey) {
        return new Item(labelKey, null, null, false);
    }
}
