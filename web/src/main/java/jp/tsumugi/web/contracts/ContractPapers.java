package jp.tsumugi.web.contracts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/** The documents made from contracts and the published roster, ready to print or to write as xlsx. */
final class ContractPapers {

    private ContractPapers() {
    }

    /** Which published version a notice or 明示 comes from, as printed on it. */
    record Source(String planName, int number, OffsetDateTime publishedAt) {
        public LocalDateTime publishedAtInJapan() {
            return publishedAt.atZoneSameInstant(ZoneId.of("Asia/Tokyo")).toLocalDateTime();
        }
    }

    /** The individual dispatch contract's items (派遣法 §26), as agreed with the member. */
    record Summary(long contractId, String cooperativeName, String memberName, List<Item> items) {
    }

    /** A day of work from the published roster. */
    record Day(LocalDate date, String siteName, String jobTypeName, LocalTime start, LocalTime end, int breakMinutes,
            int netMinutes) {
        public double hours() {
            return netMinutes / 60.0;
        }
    }

    /**
     * The part of a notice or 明示 under one contract; {@code contract} null for days no contract covers (published
     * before contracts were required).
     */
    record Section(Long contractId, LocalDate contractDate, LocalDate contractFrom, LocalDate contractTo,
            List<Item> items, List<Day> days) {
        public boolean covered() {
            return contractId != null;
        }
    }

    /** 派遣先への通知 (派遣法 §35) of one worker to one member for one month. */
    record Notice(String cooperativeName, String memberCode, String memberName, String workerCode, String workerName,
            YearMonth month, Source source, List<Item> workerItems, List<Section> sections) {
    }

    /** 就業条件明示 (派遣法 §34) to one worker for their work at one member under a published plan. */
    record Disclosure(String cooperativeName, String memberCode, String memberName, String workerCode,
            String workerName, LocalDate firstDay, LocalDate lastDay, Source source, List<Section> sections) {
    }

    /** A notice to list for a month: a member and a worker of its published roster. */
    record NoticeRow(String memberCode, String memberName, String workerCode, String workerName, long days) {
    }

    /** A 明示 to list: a worker at a member, with the first day there in the plan. */
    record DisclosureRow(String workerCode, String workerName, String memberCode, String memberName,
            LocalDate firstDay, boolean startsInMonth) {
    }
}
