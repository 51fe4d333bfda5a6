-- Portable SQL: PostgreSQL 15 and H2 2.3 (PostgreSQL mode).

-- A member's weather fallback on a request (domain.md §4.2, §5.2, rule 26): NONE, RAIN_TASK (alternative work on a
-- rainy day: a description, optionally another site of the member and/or another ordinary job type) or HALF_DAY
-- (the rainy day ends early, at half_day_end). The solver does not plan for weather; people read it.
ALTER TABLE demand_pattern ADD COLUMN weather_fallback VARCHAR(16) DEFAULT 'NONE' NOT NULL;
ALTER TABLE demand_pattern ADD COLUMN rain_task VARCHAR(500);
ALTER TABLE demand_pattern ADD COLUMN rain_site_id BIGINT;
ALTER TABLE demand_pattern ADD CONSTRAINT fk_demand_pattern_rain_site
    FOREIGN KEY (rain_site_id) REFERENCES site (id) ON DELETE SET NULL;
ALTER TABLE demand_pattern ADD COLUMN rain_job_type_id BIGINT;
ALTER TABLE demand_pattern ADD CONSTRAINT fk_demand_pattern_rain_job_type
    FOREIGN KEY (rain_job_type_id) REFERENCES job_type (id) ON DELETE SET NULL;
ALTER TABLE demand_pattern ADD COLUMN half_day_end TIME;

-- A member's change of a request that a published roster already plans: a PROPOSED pattern pointing at the ACTIVE
-- pattern it would replace. Accepting copies it onto that pattern (same id and code, so the roster keeps its slots);
-- rejecting deletes it. Deleting the original deletes its pending proposals.
ALTER TABLE demand_pattern ADD COLUMN replaces_pattern_id BIGINT;
ALTER TABLE demand_pattern ADD CONSTRAINT fk_demand_pattern_replaces
    FOREIGN KEY (replaces_pattern_id) REFERENCES demand_pattern (id) ON DELETE CASCADE;
CREATE INDEX ix_demand_pattern_replaces ON demand_pattern (replaces_pattern_id);

-- The member's ledger data (派遣先管理台帳, kept 3 years) must outlive a careless delete of the member: V4 made
-- actual_work.member_id ON DELETE CASCADE under a generated constraint name, which differs between PostgreSQL and
-- H2. So the column is replaced by one with a named RESTRICT foreign key: copy, drop the old column (its foreign key
-- goes with it), rename.
ALTER TABLE actual_work DROP CONSTRAINT uk_actual_work;
DROP INDEX ix_actual_work_member_date;
ALTER TABLE actual_work ADD COLUMN member_ref BIGINT;
UPDATE actual_work SET member_ref = member_id;
ALTER TABLE actual_work DROP COLUMN member_id;
ALTER TABLE actual_work RENAME COLUMN member_ref TO member_id;
ALTER TABLE actual_work ALTER COLUMN member_id SET NOT NULL;
ALTER TABLE actual_work ADD CONSTRAINT fk_actual_work_member
    FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE RESTRICT;
ALTER TABLE actual_work ADD CONSTRAINT uk_actual_work UNIQUE (cooperative_id, member_id, worker_code, on_date);
CREATE INDEX ix_actual_work_member_date ON actual_work (cooperative_id, member_id, on_date);
