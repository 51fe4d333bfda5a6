package jp.tsumugi.benchmarks.domain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import jp.tsumugi.solver.domain.Slot;
import jp.tsumugi.solver.score.RosterConstraintProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A constraint provider with only some of {@link RosterConstraintProvider}'s constraints, to measure what the node
 * network of each rule theme costs (benchmarks/PERFORMANCE.md, "Fourth round"). A zero weight keeps a constraint's
 * nodes; only leaving the constraint out of the array removes them, so this filters the array.
 *
 * <p>Specs: {@code all}; {@code only:demand,fairness} (just those themes); {@code drop:legal} (all but those);
 * {@code trivial} (one constraint, a reward per assigned slot: the cheapest network the moves can be scored with).
 * A theme is a constraint id's prefix ({@code legal.daily-hours} is {@code legal}); the rest-interval rules
 * ({@code rest.*}) belong to {@code legal}, as in the provider.
 *
 * <p>Timefold builds the provider from its class, so the harness sets the spec here before it builds the solver.
 */
public final class ConstraintSubset implements ConstraintProvider {
    public static final String TRIVIAL_ID = "benchmark.trivial";

    private static volatile Selection selection = Selection.ALL;

    /** What a spec keeps: the constraints whose theme passes {@code keep}, or only the trivial constraint. */
    record Selection(String spec, boolean trivial, Predicate<String> keep) {
        static final Selection ALL = new Selection("all", false, id -> true);
    }

    public ConstraintSubset() {
        // Timefold instantiates the provider by its class
    }

    /** Selects what the next provider built from this class returns. */
    public static void select(String spec) {
        selection = parse(spec);
    }

    static Selection parse(String spec) {
        String text = spec == null ? "all" : spec.trim().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return Selection.ALL;
        }
        if (text.equals("trivial")) {
            return new Selection(text, true, id -> false);
        }
        int colon = text.indexOf(':');
        String mode = colon < 0 ? "" : text.substring(0, colon);
        if (!mode.equals("only") && !mode.equals("drop")) {
            throw new IllegalArgumentException("constraint subset '" + spec
                    + "': expected all, trivial, only:THEME[,THEME] or drop:THEME[,THEME]");
        }
        Set<String> themes = new TreeSet<>(Arrays.asList(text.substring(colon + 1).split(",")));
        Set<String> known = themes();
        for (String theme : themes) {
            if (!known.contains(theme)) {
                throw new IllegalArgumentException("unknown theme '" + theme + "' (themes: " + known + ")");
            }
        }
        boolean only = mode.equals("only");
        return new Selection(text, false, id -> themes.contains(theme(id)) == only);
    }

    /** The theme of a constraint id: its prefix, with the rest-interval rules under {@code legal}. */
    static String theme(String constraintId) {
        int dot = constraintId.indexOf('.');
        String prefix = dot < 0 ? constraintId : constraintId.substring(0, dot);
        return prefix.equals("rest") ? "legal" : prefix;
    }

    /** Every theme of the provider's constraints. */
    static Set<String> themes() {
        Set<String> themes = new TreeSet<>();
        RosterConstraintProvider.constraintIds().forEach(id -> themes.add(theme(id)));
        return themes;
    }

    /** The ids that a spec keeps, in the provider's order (the trivial constraint's for {@code trivial}). */
    static List<String> keptIds(String spec) {
        Selection chosen = parse(spec);
        if (chosen.trivial()) {
            return List.of(TRIVIAL_ID);
        }
        return RosterConstraintProvider.constraintIds().stream().filter(chosen.keep()).toList();
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        Selection chosen = selection;
        if (chosen.trivial()) {
            return new Constraint[] {
                    factory.forEach(Slot.class).reward(HardMediumSoftLongScore.ONE_SOFT).asConstraint(TRIVIAL_ID)
            };
        }
        return Arrays.stream(new RosterConstraintProvider().defineConstraints(factory))
                .filter(constraint -> chosen.keep().test(constraint.getConstraintRef().constraintName()))
                .toArray(Constraint[]::new);
    }

    /** The spec in force, for the harness's report. */
    static String spec() {
        return selection.spec();
    }
}
