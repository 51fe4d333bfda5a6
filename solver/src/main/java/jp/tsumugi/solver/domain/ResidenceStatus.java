package jp.tsumugi.solver.domain;

/** Residence status that limits where a worker may be dispatched. */
public enum ResidenceStatus {
    /** Japanese national or a status without work restrictions. */
    UNRESTRICTED,
    /** 特定技能: only agriculture and fisheries. */
    SPECIFIED_SKILLED,
    /** 技能実習: never dispatched. */
    TECHNICAL_INTERN
}
