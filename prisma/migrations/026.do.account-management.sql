-- Accounts a regulator creates or resets get a temporary password that the user must replace at the
-- next sign-in (the workspace sends them to the change-password form; changePassword clears it).
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
