-- Core model: regulators (国资委), the enterprises they supervise, and the people who sign in.
CREATE TYPE "RegulatorLevel" AS ENUM ('MUNICIPAL', 'DISTRICT');
CREATE TYPE "UserRole" AS ENUM ('ENTERPRISE_FILER', 'REGULATOR_REVIEWER', 'REGULATOR_APPROVER', 'PLATFORM_ADMIN');

CREATE TABLE regulator (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL UNIQUE,
  region_code char(6) NOT NULL CHECK (region_code ~ '^[0-9]{6}$'),
  level       "RegulatorLevel" NOT NULL,
  parent_id   uuid REFERENCES regulator (id),
  created_at  timestamptz(3) NOT NULL DEFAULT now(),
  -- A district commission sits under a municipal one; a municipal commission has no parent.
  CHECK ((level = 'DISTRICT') = (parent_id IS NOT NULL))
);

CREATE TABLE enterprise (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name         text NOT NULL,
  uscc         char(18) NOT NULL UNIQUE,
  industry     text,
  regulator_id uuid NOT NULL REFERENCES regulator (id),
  created_at   timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX enterprise_regulator_id_idx ON enterprise (regulator_id);

CREATE TABLE app_user (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE,
  display_name  text NOT NULL,
  password_hash text NOT NULL,
  role          "UserRole" NOT NULL,
  enterprise_id uuid REFERENCES enterprise (id),
  regulator_id  uuid REFERENCES regulator (id),
  disabled      boolean NOT NULL DEFAULT false,
  created_at    timestamptz(3) NOT NULL DEFAULT now(),
  -- A filer belongs to exactly one enterprise; reviewers and approvers to exactly one regulator.
  CHECK ((role = 'ENTERPRISE_FILER') = (enterprise_id IS NOT NULL)),
  CHECK ((role IN ('REGULATOR_REVIEWER', 'REGULATOR_APPROVER')) = (regulator_id IS NOT NULL))
);
