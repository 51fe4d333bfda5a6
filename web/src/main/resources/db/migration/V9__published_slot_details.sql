-- Portable SQL: PostgreSQL 15 and H2 2.3 (PostgreSQL mode).

-- A published version is a record (派遣元管理台帳, invoices, kept three years): each published slot keeps what it was
-- when it was published (day, times, break, member, site, job type), so that a later change of the demand pattern
-- it came from cannot rewrite or drop it. Rows published before this migration have none of it (NULL) and are
-- still read through the current demand.
ALTER TABLE published_assignment ADD COLUMN on_date DATE;
ALTER TABLE published_assignment ADD COLUMN start_time TIME;
ALTER TABLE published_assignment ADD COLUMN end_time TIME;
ALTER TABLE published_assignment ADD COLUMN break_minutes INTEGER;
ALTER TABLE published_assignment ADD COLUMN member_code VARCHAR(64);
ALTER TABLE published_assignment ADD COLUMN member_name VARCHAR(255);
ALTER TABLE published_assignment ADD COLUMN site_code VARCHAR(64);
ALTER TABLE published_assignment ADD COLUMN site_name VARCHAR(255);
ALTER TABLE published_assignment ADD COLUMN job_type_code VARCHAR(64);
ALTER TABLE published_assignment ADD COLUMN job_type_name VARCHAR(255);
