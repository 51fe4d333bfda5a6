package jp.tsumugi.web.plans;

import java.util.List;
import jp.tsumugi.solver.domain.Roster;

/**
 * Something that must hold before a roster may be published (a dispatch contract for every assigned day, 派遣法 §26).
 * Publishing asks every such bean and publishes nothing while any of them refuses.
 */
public interface PublishCheck {

    /** Why the plan's roster may not be published, each as a message key and its arguments; empty when it may. */
    List<Refusal> refusals(long cooperativeId, Roster roster);

    /** One reason, printed with the message key and arguments. */
    record Refusal(String messageKey, List<Object> arguments) {
    }
}
