package jp.tsumugi.web.workerportal;

import java.time.LocalDate;

/** A worker's "today" is the date in Japan, wherever the server runs. */
final class Today {

    private Today() {
    }

    static LocalDate date() {
        return LocalDate.now(CalendarFeeds.TOKYO);
    }
}
