package jp.tsumugi.benchmarks.curtois;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurtoisGridTest {
    private final CurtoisInstance tiny = new TinyInstance().employee("A").employee("B").build();

    @Test
    void readsTheReadmeExampleShapeWithCommentsAndCrlf() {
        CurtoisGrid grid = CurtoisGrid.parse("g.txt",
                "# Tiny tsumugi objective=0 limit=1s\r\nA L L L - - L L L L L - - - -\r\n\r\nB - - E E E - - E E E - - E L\r\n");
        assertThat(grid.comments()).containsExactly("Tiny tsumugi objective=0 limit=1s");
        assertThat(grid.rows()).hasSize(2);
        assertThat(grid.rows().get(1).employee()).isEqualTo("B");
        assertThat(grid.rows().get(1).shifts()).containsExactly(null, null, "E", "E", "E", null, null, "E", "E", "E",
                null, null, "E", "L");
        assertThat(grid.rows().get(1).line()).isEqualTo(4);
        int[][] assignment = grid.check(tiny);
        assertThat(assignment[0]).containsExactly(1, 1, 1, -1, -1, 1, 1, 1, 1, 1, -1, -1, -1, -1);
    }

    @Test
    void writesWhatItReads() {
        String[] a = new String[14];
        a[0] = "E";
        a[13] = "L";
        CurtoisGrid grid = CurtoisGrid.of(tiny, Map.of("A", a), List.of("Tiny tsumugi objective=5 limit=1s"));
        String text = grid.toText();
        assertThat(text).startsWith("# Tiny tsumugi objective=5 limit=1s\nA E - - - - - - - - - - - - L\nB - -");
        CurtoisGrid back = CurtoisGrid.parse("g", text);
        assertThat(back.check(tiny)[0]).isEqualTo(grid.check(tiny)[0]);
        assertThat(Arrays.stream(back.check(tiny)[1]).allMatch(s -> s == -1)).isTrue();
    }

    @Test
    void anAssignmentBecomesTheGridItWasCheckedFrom() {
        String[] a = new String[14];
        a[0] = "E";
        a[13] = "L";
        int[][] assignment = CurtoisGrid.of(tiny, Map.of("A", a), List.of()).check(tiny);
        CurtoisGrid grid = CurtoisGrid.of(tiny, assignment, List.of("x"));
        assertThat(grid.check(tiny)).isDeepEqualTo(assignment);
        assertThat(grid.toText()).startsWith("# x\nA E - - - - - - - - - - - - L\nB - -");
    }

    @Test
    void namesFileAndLineOfBadRows() {
        String b = "B - - - - - - - - - - - - - -\n";
        assertThatThrownBy(() -> CurtoisGrid.parse("g.txt", "# c\nA - - E\n" + b).check(tiny))
                .isInstanceOf(CurtoisFormatException.class)
                .hasMessage("g.txt:2: employee A has 3 day tokens, the horizon is 14");
        assertThatThrownBy(() -> CurtoisGrid.parse("g.txt", "A - - - - - - - - - - - - - N\n" + b).check(tiny))
                .hasMessage("g.txt:1: unknown shift 'N' on day 13 for employee A");
        assertThatThrownBy(() -> CurtoisGrid.parse("g.txt", b + "Z - - - - - - - - - - - - - -\n").check(tiny))
                .hasMessage("g.txt:2: unknown employee 'Z'");
        assertThatThrownBy(() -> CurtoisGrid.parse("g.txt", b + b).check(tiny))
                .hasMessage("g.txt:2: employee B has a second line");
        assertThatThrownBy(() -> CurtoisGrid.parse("g.txt", b).check(tiny))
                .hasMessage("g.txt: no line for employee A");
    }
}
