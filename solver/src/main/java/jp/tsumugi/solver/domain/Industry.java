package jp.tsumugi.solver.domain;

/** The main business of a site (事業場), which decides a few legal points (特定技能, §41 exemption). */
public enum Industry {
    AGRICULTURE, FISHERY, FORESTRY, FOOD_PROCESSING, BREWERY, LODGING, CARE, RETAIL, OTHER;

    /** 特定技能 holders may be dispatched only in agriculture and fisheries. */
    public boolean admitsSpecifiedSkilledWorkers() {
        return this == AGRICULTURE || this == FISHERY;
    }
}
