package jp.tsumugi.web.imports;

/** How a column's cells are read; each type has a hint in the template's explanation sheet. */
enum ColumnType {
    CODE, TEXT, NUMBER, HOURS, INTEGER, DATE, TIME, YES_NO, CHOICE, WEEKDAYS, WEEKDAY, SKILLS, HELD_SKILLS;

    String hintKey() {
        return "imports.type." + name();
    }
}
