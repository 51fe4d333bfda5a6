package jp.tsumugi.benchmarks.curtois;

import jp.tsumugi.benchmarks.curtois.CurtoisInstance.CoverRow;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Employee;
import jp.tsumugi.benchmarks.curtois.CurtoisInstance.Request;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurtoisParserTest {

    @Test
    void readsInstance1AsPublishedWithCrlfLineEnds() {
        String text = Resources.text("Instance1.txt");
        assertThat(text).contains("\r\n"); // the copy is unchanged, so the CRLF path is what runs here

        CurtoisInstance instance = CurtoisParser.parse("Instance1.txt", text);

        assertThat(instance.name()).isEqualTo("Instance1");
        assertThat(instance.number()).isEqualTo(1);
        assertThat(instance.horizon()).isEqualTo(14);
        assertThat(instance.shifts()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("D");
            assertThat(s.minutes()).isEqualTo(480);
            assertThat(s.cannotFollow()).isEmpty();
        });
        assertThat(instance.employees()).hasSize(8);
        assertThat(instance.employees().get(0))
                .isEqualTo(new Employee("A", Map.of("D", 14), 4320, 3360, 5, 2, 2, 1));
        assertThat(instance.daysOffOf("A")).containsExactly(0);
        assertThat(instance.daysOffOf("H")).containsExactly(7);
        assertThat(instance.onRequests()).hasSize(21).first().isEqualTo(new Request("A", 2, "D", 2));
        assertThat(instance.offRequests()).hasSize(5).last().isEqualTo(new Request("H", 3, "D", 3));
        assertThat(instance.cover()).hasSize(14).first().isEqualTo(new CoverRow(0, "D", 5, 100, 1));
    }

    @Test
    void readsInstances2And3WithSuccessorLists() {
        CurtoisInstance two = Resources.instance(2);
        CurtoisInstance three = Resources.instance(3);
        assertThat(two.employees()).hasSize(14);
        assertThat(two.cover()).hasSize(2 * 14);
        assertThat(three.employees()).hasSize(20);
        assertThat(three.cover()).hasSize(3 * 14);
        assertThat(three.shifts()).anySatisfy(s -> assertThat(s.cannotFollow()).isNotEmpty());
    }

    @Test
    void acceptsLfAndCrEndsCommentsAfterDataBlankLinesAndSpaces() {
        String text = "SECTION_HORIZON\n  7  # one week\n\n\n"
                + "SECTION_SHIFTS\r# id,len,cannot follow\rE , 480 ,\rL,480, E \r"
                + "SECTION_STAFF\nA, E=7 | L=0 ,3360,480,5,1,1,1\n"
                + "SECTION_DAYS_OFF\nA\n"
                + "SECTION_COVER\n" + coverRows(7);
        CurtoisInstance instance = CurtoisParser.parse("Mixed.txt", text);
        assertThat(instance.horizon()).isEqualTo(7);
        assertThat(instance.shiftsById().get("L").cannotFollow()).isEqualTo(Set.of("E"));
        assertThat(instance.employees().get(0).maxShifts()).isEqualTo(Map.of("E", 7, "L", 0));
        assertThat(instance.daysOffOf("A")).isEmpty();
        assertThat(instance.onRequests()).isEmpty();
    }

    private static String coverRows(int days) {
        StringBuilder rows = new StringBuilder();
        for (int d = 0; d < days; d++) {
            rows.append(d).append(",E,1,100,1\n").append(d).append(",L,1,100,1\n");
        }
        return rows.toString();
    }

    private static String valid(String staffLine) {
        return "SECTION_HORIZON\n7\nSECTION_SHIFTS\nE,480,\nL,480,E\nSECTION_STAFF\n" + staffLine
                + "\nSECTION_COVER\n" + coverRows(7);
    }

    @Test
    void namesFileAndLineOfAnUnknownShift() {
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", valid("A,X=3,3360,480,5,1,1,1")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("Bad.txt:7: unknown shift 'X'");
    }

    @Test
    void namesFileAndLineOfAShortStaffRow() {
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", valid("A,E=3,3360,480,5,1,1")))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessageStartingWith("Bad.txt:7: expected ID,MaxShifts")
                .hasMessageContaining("found 7 fields");
    }

    @Test
    void rejectsNumbersThatAreNotNumbers() {
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", valid("A,E=3,lots,480,5,1,1,1")))
                .hasMessage("Bad.txt:7: MaxTotalMinutes is not a whole number: 'lots'");
    }

    @Test
    void rejectsADayOutsideTheHorizon() {
        String text = valid("A,E=3,3360,480,5,1,1,1").replace("SECTION_COVER\n",
                "SECTION_SHIFT_ON_REQUESTS\nA,7,E,1\nSECTION_COVER\n");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", text))
                .hasMessage("Bad.txt:9: day 7 is outside the horizon 0..6");
    }

    @Test
    void rejectsAnUnknownEmployeeInARequest() {
        String text = valid("A,E=3,3360,480,5,1,1,1").replace("SECTION_COVER\n",
                "SECTION_SHIFT_OFF_REQUESTS\n# comment line counts\nZ,1,E,1\nSECTION_COVER\n");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", text))
                .hasMessage("Bad.txt:10: unknown employee 'Z'");
    }

    @Test
    void namesTheShiftLineOfAnUnknownSuccessor() {
        String text = valid("A,E=3,3360,480,5,1,1,1").replace("L,480,E", "L,480,E|N");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", text))
                .hasMessage("Bad.txt:5: shift L names unknown shift 'N' as one that cannot follow it");
    }

    @Test
    void rejectsUnknownSectionsMissingSectionsAndSectionsOutOfOrder() {
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", "SECTION_HORIZONS\n7\n"))
                .hasMessage("Bad.txt:1: unknown section 'SECTION_HORIZONS'");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", "SECTION_HORIZON\n7\nSECTION_SHIFTS\nE,480,\n"))
                .hasMessage("Bad.txt: missing SECTION_STAFF");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", "SECTION_SHIFTS\nE,480,\n"))
                .hasMessage("Bad.txt:1: SECTION_SHIFTS before the horizon is given");
        String swapped = valid("A,E=3,3360,480,5,1,1,1") + "SECTION_DAYS_OFF\nA,1\n";
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", swapped))
                .hasMessageStartingWith("Bad.txt:23: section SECTION_DAYS_OFF must come before SECTION_COVER");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", "7\n"))
                .hasMessage("Bad.txt:1: data before the first SECTION_ line: '7'");
    }

    @Test
    void requiresExactlyOneCoverRowPerDayAndShift() {
        String missing = valid("A,E=3,3360,480,5,1,1,1").replace("6,L,1,100,1\n", "");
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", missing))
                .hasMessage("Bad.txt: no SECTION_COVER row for day 6 and shift L");
        String twice = valid("A,E=3,3360,480,5,1,1,1") + "3,E,2,100,1\n";
        assertThatThrownBy(() -> CurtoisParser.parse("Bad.txt", twice))
                .hasMessage("Bad.txt:23: second cover row for day 3 and shift E");
    }
}
