package jp.tsumugi.benchmarks.curtois;

/** Bad input in an instance or grid file; the message names the file and the line ({@code Instance3.txt:42: ...}). */
public class CurtoisFormatException extends IllegalArgumentException {
    private final String source;
    private final int line;

    public CurtoisFormatException(String source, int line, String message) {
        super(source + (line > 0 ? ":" + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    public String getSource() { return source; }

    /** 1-based line number, or 0 when the problem is about the file as a whole. */
    public int getLine() { return line; }
}
