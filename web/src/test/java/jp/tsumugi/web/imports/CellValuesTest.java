package jp.tsumugi.web.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** How cells typed by a Japanese office are read, and what is refused. */
class CellValuesTest {

    @Test
    void readsDatesAsAJapaneseOfficeTypesThem() throws Exception {
        LocalDate april = LocalDate.of(2026, 4, 1);
        assertThat(CellValues.date("2026/4/1")).isEqualTo(april);
        assertThat(CellValues.date("２０２６／４／１")).isEqualTo(april);
        assertThat(CellValues.date("2026-04-01")).isEqualTo(april);
        assertThat(CellValues.date("2026年4月1日")).isEqualTo(april);
        assertThat(CellValues.date("令和8年4月1日")).isEqualTo(april);
        assertThat(CellValues.date("R8.4.1")).isEqualTo(april);
        assertThat(CellValues.date("昭和60年4月12日")).isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(CellValues.date("平成元年1月8日")).isEqualTo(LocalDate.of(1989, 1, 8));
        assertThat(CellValues.date("20260401")).isEqualTo(april);
        assertThat(CellValues.date(LocalDateTime.of(2026, 4, 1, 0, 0))).isEqualTo(april);
        // an Excel day number in a cell without a date format
        assertThat(CellValues.date(new BigDecimal("46113"))).isEqualTo(april);
        assertThat(CellValues.date(null)).isNull();
        assertThat(CellValues.date("　")).isNull();
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThatThrownBy(() -> CellValues.date("2026/13/45")).isInstanceOf(CellValues.Unreadable.class)
                .hasFieldOrPropertyWithValue("key", "imports.error.date.invalid");
        assertThatThrownBy(() -> CellValues.date("来年の春")).isInstanceOf(CellValues.Unreadable.class)
                .hasFieldOrPropertyWithValue("key", "imports.error.date");
        assertThatThrownBy(() -> CellValues.date("2026/2/30")).isInstanceOf(CellValues.Unreadable.class);
    }

    @Test
    void readsTimesNumbersAndYesNo() throws Exception {
        assertThat(CellValues.time("8:00")).isEqualTo(LocalTime.of(8, 0));
        assertThat(CellValues.time("１７：３０")).isEqualTo(LocalTime.of(17, 30));
        assertThat(CellValues.time("8時30分")).isEqualTo(LocalTime.of(8, 30));
        assertThat(CellValues.time(new BigDecimal("0.375"))).isEqualTo(LocalTime.of(9, 0));
        assertThatThrownBy(() -> CellValues.time("25:00")).isInstanceOf(CellValues.Unreadable.class);
        assertThat(CellValues.number("１４０", "時間|h")).isEqualByComparingTo("140");
        assertThat(CellValues.number("7.5時間", "時間|h")).isEqualByComparingTo("7.5");
        assertThatThrownBy(() -> CellValues.number("百四十", null)).isInstanceOf(CellValues.Unreadable.class);
        assertThatThrownBy(() -> CellValues.integer("1.5", null)).isInstanceOf(CellValues.Unreadable.class);
        assertThat(CellValues.yesNo("○")).isTrue();
        assertThat(CellValues.yesNo("×")).isFalse();
        assertThat(CellValues.yesNo("はい")).isTrue();
        assertThat(CellValues.yesNo(Boolean.FALSE)).isFalse();
        assertThatThrownBy(() -> CellValues.yesNo("たぶん")).isInstanceOf(CellValues.Unreadable.class);
    }

    @Test
    void readsWeekdays() throws Exception {
        assertThat(CellValues.weekdays("月火水木金")).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(CellValues.weekdays("月・水・金")).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY);
        assertThat(CellValues.weekdays("Mon, Sat")).containsExactly(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(CellValues.weekdays("毎日")).isEmpty();
        assertThat(CellValues.weekday("日曜日")).isEqualTo(DayOfWeek.SUNDAY);
        assertThatThrownBy(() -> CellValues.weekdays("月曜と木曜")).isInstanceOf(CellValues.Unreadable.class);
    }

    @Test
    void readsSkillsWithTheirValidity() throws Exception {
        assertThat(SkillCells.parse("フォークリフト(2024/4/1〜2027/3/31)、大型特殊（〜2027/3/31）, driving", true))
                .containsExactly(
                        new SkillCells.Entry("フォークリフト", LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31)),
                        new SkillCells.Entry("大型特殊", null, LocalDate.of(2027, 3, 31)),
                        new SkillCells.Entry("driving", null, null));
        assertThat(SkillCells.parse("運転(2027/3/31まで)", true))
                .containsExactly(new SkillCells.Entry("運転", null, LocalDate.of(2027, 3, 31)));
        assertThatThrownBy(() -> SkillCells.parse("運転(そのうち)", true)).isInstanceOf(CellValues.Unreadable.class);
    }

    @Test
    void detectsTheEncoding() {
        String text = "コード,氏名\nw01,山田 太郎\n";
        assertThat(SheetReader.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(SheetReader.decode(text.getBytes(SheetReader.WINDOWS_31J))).isEqualTo(text);
        byte[] bom = ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(SheetReader.decode(bom)).isEqualTo(text);
        assertThatThrownBy(() -> SheetReader.decode("code,name\nw01,Müller\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .isInstanceOf(ImportRefusedException.class).hasMessage("imports.refused.encoding");
    }
}
