package jp.tsumugi.web.dataset;

/** An import would replace rosters that were published: those are records and must be kept. */
public class PublishedRecordsException extends RuntimeException {

    public PublishedRecordsException() {
        super("the cooperative has published rosters; an import would replace them");
    }
}
