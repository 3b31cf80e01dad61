-- Oversight (跟踪检查): what each enterprise owes, reminders (催报) and in-app notifications.
-- An obligation belongs to a commission and binds every enterprise it supervises. Periodic ones
-- name a reporting period and a due date; event-driven ones a window in working days after the
-- event (a property transaction's stage, a service change), counted on the holiday/调休 calendar.
CREATE TABLE obligation (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  regulator_id        uuid NOT NULL REFERENCES regulator (id),
  dataset             "DatasetKey" NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('PERIODIC', 'EVENT')),
  period              text,
  due_date            date,
  event               text,
  window_working_days integer CHECK (window_working_days BETWEEN 1 AND 250),
  -- Automatic reminder this many working days before the due date (0: only when it passes).
  remind_days_before  integer NOT NULL DEFAULT 5 CHECK (remind_days_before BETWEEN 0 AND 60),
  note                text,
  created_by_id       uuid REFERENCES app_user (id),
  updated_at          timestamptz(3) NOT NULL DEFAULT now(),
  CHECK ((kind = 'PERIODIC' AND period IS NOT NULL AND due_date IS NOT NULL AND event IS NULL)
      OR (kind = 'EVENT' AND event IS NOT NULL AND window_working_days IS NOT NULL AND period IS NULL AND due_date IS NULL))
);
CREATE UNIQUE INDEX obligation_periodic_key ON obligation (regulator_id, dataset, period) WHERE kind = 'PERIODIC';
CREATE UNIQUE INDEX obligation_event_key ON obligation (regulator_id, dataset, event) WHERE kind = 'EVENT';

-- One reminder per obligation × enterprise × trigger × key: the key is the due date for the
-- automatic triggers (a moved due date may be reminded again) and the day for a regulator's own
-- 催报 (a double click is one reminder). This unique key is what makes two racing workers or a
-- restarted one send exactly one.
CREATE TABLE reminder (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  obligation_id  uuid NOT NULL REFERENCES obligation (id),
  enterprise_id  uuid NOT NULL REFERENCES enterprise (id),
  trigger        text NOT NULL CHECK (trigger IN ('MANUAL', 'BEFORE_DUE', 'OVERDUE')),
  trigger_key    text NOT NULL,
  due_date       date NOT NULL,
  -- The regulator's staff member for MANUAL; null for automatic reminders.
  created_by_id  uuid REFERENCES app_user (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  mail_status    text NOT NULL DEFAULT 'none' CHECK (mail_status IN ('none', 'pending', 'sending', 'sent', 'failed')),
  mail_attempts  integer NOT NULL DEFAULT 0,
  mail_error     text,
  mailed_at      timestamptz(3),
  UNIQUE (obligation_id, enterprise_id, trigger, trigger_key)
);
CREATE INDEX reminder_enterprise_idx ON reminder (enterprise_id, created_at DESC);

CREATE TABLE notification (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES app_user (id),
  kind         text NOT NULL,
  title_zh     text NOT NULL,
  title_en     text NOT NULL,
  body_zh      text NOT NULL,
  body_en      text NOT NULL,
  link         text,
  reminder_id  uuid REFERENCES reminder (id),
  created_at   timestamptz(3) NOT NULL DEFAULT now(),
  read_at      timestamptz(3)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC, id);

-- Where reminders are mailed (optional: without it, a user gets them in the app only).
ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$');
