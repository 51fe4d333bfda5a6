package jp.tsumugi.web.imports;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** The file as a whole cannot be read (encoding, size, format): nothing of it is imported. */
class ImportRefusedException extends RuntimeException {

    private final transient MessageSourceResolvable reason;

    ImportRefusedException(String key, Object... arguments) {
        super(key);
        this.reason = new DefaultMessageSourceResolvable(new String[] {key}, arguments);
    }

    MessageSourceResolvable reason() {
        return reason;
    }
}
