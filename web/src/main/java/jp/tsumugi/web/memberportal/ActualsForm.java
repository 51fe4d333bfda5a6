package jp.tsumugi.web.memberportal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The month's actuals as the page posts them: one row per worker per day, named by one of that day's slots. */
public class ActualsForm {

    private List<Row> rows = new ArrayList<>();

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }

    /** Start and end both empty: the worker did not work that day. */
    public static class Row {

        private String key;

        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        private LocalTime start;

        @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
        private LocalTime end;

        private Integer breakMinutes;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }

        public Integer getBreakMinutes() {
            return breakMinutes;
        }

        public void setBreakMinutes(Integer breakMinutes) {
            this.breakMinutes = breakMinutes;
        }

        boolean blank() {
            return start == null && end == null;
        }
    }
}
