package jp.tsumugi.web.dataset;

/**
 * An import would replace records that must be kept: rosters that were published, or the actual times members entered
 * (派遣先管理台帳 data). {@link #messageKey()} says which, for the page.
 */
public class PublishedRecordsException extends RuntimeException {

    /** The message key when published rosters stand in the way. */
    public static final String PUBLISHED = "data.import.published";

    /** The message key when members' actual times stand in the way. */
    public static final String ACTUALS = "memberportal.import.actuals";

    private final String messageKey;

    public PublishedRecordsException() {
        this(PUBLISHED);
    }

    public PublishedRecordsException(String messageKey) {
        super(messageKey.equals(ACTUALS) ? "the cooperative has members' actual times; an import would delete them"
                : "the cooperative has published rosters; an import would replace them");
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
