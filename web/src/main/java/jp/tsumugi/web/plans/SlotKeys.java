package jp.tsumugi.web.plans;

import java.time.LocalDate;

/** Slot keys are {@code patternCode@yyyy-MM-dd#head}, as the solver names slots. */
final class SlotKeys {

    private SlotKeys() {
    }

    static LocalDate date(String slotKey) {
        int hash = slotKey.lastIndexOf('#');
        int at = slotKey.lastIndexOf('@', hash);
        return LocalDate.parse(slotKey.substring(at + 1, hash));
    }
}
