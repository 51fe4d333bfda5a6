package jp.tsumugi.web.dataset;

/** An import would replace rosters that were published, or actual hours members recorded: those are records and must be kept. */
public class PublishedRecordsException extends RuntimeException {

    public PublishedRecordsException() {
        super("the cooperative has published rosters or recorded actuals; an import would replace them");
    }
}
