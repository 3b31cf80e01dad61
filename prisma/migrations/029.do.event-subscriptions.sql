-- Events for other systems: an enterprise's system subscribes to its own submissions, a
-- commission's to its jurisdiction. Each event is a signed webhook (Standard Webhooks) written in
-- the transaction of the change it announces (an outbox); its id is the stable webhook-id.
CREATE TABLE event_subscription (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  enterprise_id  uuid REFERENCES enterprise (id),
  regulator_id   uuid REFERENCES regulator (id),
  url            text NOT NULL,
  -- The signing key (whsec_…), shown once at registration; kept to sign, so not hashed.
  secret         text NOT NULL,
  description    text,
  created_by_id  uuid NOT NULL REFERENCES app_user (id),
  created_at     timestamptz(3) NOT NULL DEFAULT now(),
  removed_at     timestamptz(3),
  CHECK ((enterprise_id IS NULL) <> (regulator_id IS NULL))
);
CREATE INDEX event_subscription_enterprise_idx ON event_subscription (enterprise_id) WHERE removed_at IS NULL;
CREATE INDEX event_subscription_regulator_idx ON event_subscription (regulator_id) WHERE removed_at IS NULL;

CREATE TABLE subscription_event (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subscription_id  uuid NOT NULL REFERENCES event_subscription (id),
  event            text NOT NULL CHECK (event IN ('uploaded', 'submitted', 'returned', 'approved', 'published',
                                                  'corrected', 'withdrawn', 'reminded')),
  enterprise_id    uuid NOT NULL REFERENCES enterprise (id),
  submission_id    uuid REFERENCES submission (id),
  reminder_id      uuid REFERENCES reminder (id),
  -- The exact bytes signed and sent, so every attempt sends the same body.
  body             text NOT NULL,
  created_at       timestamptz(3) NOT NULL DEFAULT now(),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts         integer NOT NULL DEFAULT 0,
  last_attempt_at  timestamptz(3),
  last_status      integer,
  last_error       text,
  last_response    text,
  delivered_at     timestamptz(3)
);
CREATE INDEX subscription_event_subscription_idx ON subscription_event (subscription_id, created_at DESC, id);
CREATE INDEX subscription_event_pending_idx ON subscription_event (status) WHERE status = 'pending';
