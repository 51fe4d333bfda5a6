package jp.tsumugi.web.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import jp.tsumugi.web.cooperative.CodedEntity;

/** A named shift kind (early, late, night...) with the kinds that may not follow it on the next day. */
@Entity
@Table(name = "shift_type")
public class ShiftType extends CodedEntity {

    /** Codes, comma-separated. */
    @Column(name = "forbidden_successors")
    private String forbiddenSuccessors;

    protected ShiftType() {
    }

    public ShiftType(long cooperativeId, String code, List<String> forbiddenSuccessors) {
        super(cooperativeId, code);
        this.forbiddenSuccessors = String.join(",", forbiddenSuccessors);
    }

    public List<String> getForbiddenSuccessorCodes() {
        if (forbiddenSuccessors == null || forbiddenSuccessors.isBlank()) {
            return List.of();
        }
        return Arrays.stream(forbiddenSuccessors.split(",")).map(String::trim).toList();
    }
}
