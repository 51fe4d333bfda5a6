package jp.tsumugi.web.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A cooperative's row that people edit and that has a code: the id used in the dataset file, in slot names and in
 * imports, unique within the cooperative. {@link Version} detects concurrent edits.
 */
@MappedSuperclass
public abstract class CodedEntity extends CooperativeOwned {

    @Column(nullable = false)
    private String code;

    @Version
    @Column(nullable = false)
    private long version;

    protected CodedEntity() {
        // for JPA
    }

    protected CodedEntity(long cooperativeId, String code) {
        super(cooperativeId);
        this.code = code;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getVersion() {
        return version;
    }
}
