package jp.tsumugi.solver.domain;

/** Legal category of a job type for dispatch (労働者派遣法 §4: 適用除外業務). */
public enum JobCategory {
    ORDINARY,
    /** 港湾運送, 建設 (incl. forestry 地拵え/植栽), 警備, 医療 except leave cover: never dispatched. */
    PROHIBITED
}
