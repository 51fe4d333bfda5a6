package jp.tsumugi.web.solving;

/** A plan can have one solving job at a time. */
public class AlreadySolvingException extends RuntimeException {

    public AlreadySolvingException() {
        super("the plan is already being solved");
    }
}
