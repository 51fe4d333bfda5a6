package jp.tsumugi.web.dataset;

/**
 * An import would delete members that dispatch contracts name: contracts are records kept three years (派遣法 §26,
 * §37), so the whole-year import is refused while the cooperative has any.
 */
public class ContractRecordsException extends RuntimeException {

    public ContractRecordsException() {
        super("the cooperative has dispatch contracts; an import would delete the members they name");
    }
}
