-- Portable SQL: PostgreSQL 15 and H2 2.3 (PostgreSQL mode).

-- What the §35 notice to a member (派遣先通知) and the paid-leave duty need to know about a worker.
ALTER TABLE worker ADD COLUMN sex VARCHAR(8);
ALTER TABLE worker ADD COLUMN birth_date DATE;
ALTER TABLE worker ADD COLUMN health_insurance BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE worker ADD COLUMN pension_insurance BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE worker ADD COLUMN employment_insurance BOOLEAN DEFAULT TRUE NOT NULL;
-- 協定対象派遣労働者 (the labour-management agreement method of §30-4)
ALTER TABLE worker ADD COLUMN agreement_covered BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE worker ADD COLUMN hired_on DATE;
-- paid-leave days granted for the current leave year (年次有給休暇, LSA §39)
ALTER TABLE worker ADD COLUMN paid_leave_days_granted INTEGER;

-- Login throttling and forced password change after a one-time password.
ALTER TABLE app_user ADD COLUMN failed_attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
