-- Revocable sign-ins: every token carries the user's token version at signing, and a token whose
-- version is no longer the user's is refused. Signing out, changing the password or disabling the
-- account bumps the version, ending every earlier token at its next request.
ALTER TABLE app_user ADD COLUMN token_version integer NOT NULL DEFAULT 0;

-- Throttling counters (rate-limiter-flexible's PostgreSQL store, src/server/throttle): shared by
-- every server instance on this database, so a limit holds whichever instance a request reaches.
-- `expire` is epoch milliseconds; expired rows are overwritten in place and swept hourly.
CREATE TABLE rate_limit (
  key varchar(255) PRIMARY KEY,
  points integer NOT NULL DEFAULT 0,
  expire bigint
);
