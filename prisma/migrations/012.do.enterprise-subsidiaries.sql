-- Subsidiaries an enterprise reports for (代报): rows naming one of these USCCs are permitted in its
-- uploads. Managed by the approvers of the enterprise's supervising commission; changes are audited.
CREATE TABLE enterprise_subsidiary (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id  uuid NOT NULL REFERENCES enterprise (id),
  uscc           char(18) NOT NULL,
  name           text NOT NULL CHECK (btrim(name) <> ''),
  created_by_id  uuid REFERENCES app_user (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  UNIQUE (enterprise_id, uscc)
);
