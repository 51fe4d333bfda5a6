package jp.tsumugi.web.settings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.tsumugi.fixtures.dataset.ConstraintWeights;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and saves a cooperative's settings row and its rule weights together. */
@Service
class SettingsService {

    private final SettingsRepository settings;

    private final ConstraintWeightRepository weights;

    private final EntityManager entityManager;

    SettingsService(SettingsRepository settings, ConstraintWeightRepository weights, EntityManager entityManager) {
        this.settings = settings;
        this.weights = weights;
        this.entityManager = entityManager;
    }

    /** Every rule id a cooperative may weigh, in the solver's theme order. */
    static List<String> ruleIds() {
        return List.copyOf(ConstraintWeights.levels().keySet());
    }

    @Transactional(readOnly = true)
    SettingsForm form(long cooperativeId) {
        Map<String, Long> stored = new LinkedHashMap<>();
        weights.findByCooperativeIdOrderByConstraintId(cooperativeId)
                .forEach(w -> stored.put(w.getConstraintId(), w.getWeight()));
        return SettingsForm.of(settings.findFirstByCooperativeId(cooperativeId).orElse(null), stored, ruleIds());
    }

    /**
     * Saves the form when it was made from the settings as they are now; otherwise throws
     * {@link ObjectOptimisticLockingFailureException} and changes nothing.
     */
    @Transactional
    void save(long cooperativeId, SettingsForm form) {
        Settings current = settings.findFirstByCooperativeId(cooperativeId).orElse(null);
        boolean unchanged = current == null
                ? form.getSettingsId() == null
                : current.getId().equals(form.getSettingsId()) && Objects.equals(current.getVersion(), form.getVersion());
        if (!unchanged) {
            throw new ObjectOptimisticLockingFailureException(Settings.class, cooperativeId);
        }
        Settings s = current == null ? new Settings(cooperativeId) : current;
        form.applyTo(s);
        s = settings.save(s);
        if (current != null) {
            // The weights have no version of their own: a change to them alone must still move the settings' one.
            entityManager.lock(s, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        saveWeights(cooperativeId, form.getWeights());
    }

    private void saveWeights(long cooperativeId, List<SettingsForm.WeightRow> rows) {
        Map<String, ConstraintWeight> stored = weights.findByCooperativeIdOrderByConstraintId(cooperativeId).stream()
                .collect(Collectors.toMap(ConstraintWeight::getConstraintId, Function.identity()));
        for (SettingsForm.WeightRow row : rows) {
            if (row.getId() == null || !ConstraintWeights.isKnown(row.getId())) {
                continue;
            }
            ConstraintWeight existing = stored.get(row.getId());
            if (row.getWeight() == null) {
                if (existing != null) {
                    weights.delete(existing);
                }
            } else if (existing == null) {
                weights.save(new ConstraintWeight(cooperativeId, row.getId(), row.getWeight()));
            } else {
                existing.setWeight(row.getWeight());
            }
        }
    }
}
