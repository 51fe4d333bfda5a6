package jp.tsumugi.web.imports;

/** The database changed between the preview and the confirmation: nothing was imported. */
class ImportChangedException extends RuntimeException {

    private final transient ImportPreview current;

    ImportChangedException(ImportPreview current) {
        super("the data changed since the preview");
        this.current = current;
    }

    ImportPreview current() {
        return current;
    }
}
