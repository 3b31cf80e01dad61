-- Exact totals per issue code for each submission. Only a bounded number of located issues is
-- stored (schema/engine/issue-budget.ts): a file of junk rows once stored 1.5M of them. The counts
-- keep what the list leaves out: `count` found, of which `stored` are in submission_issue.
CREATE TABLE submission_issue_count (
  submission_id uuid NOT NULL REFERENCES submission (id),
  code          text NOT NULL,
  severity      text NOT NULL CHECK (severity IN ('error', 'warning')),
  count         integer NOT NULL CHECK (count >= 0),
  stored        integer NOT NULL CHECK (stored >= 0 AND stored <= count),
  PRIMARY KEY (submission_id, code, severity)
);

-- Submissions uploaded before: every issue was stored, so the counts are the stored issues.
INSERT INTO submission_issue_count (submission_id, code, severity, count, stored)
SELECT submission_id, code, severity, count(*), count(*) FROM submission_issue
GROUP BY submission_id, code, severity;
