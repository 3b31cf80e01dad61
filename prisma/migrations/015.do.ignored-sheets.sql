-- The sheets of an uploaded workbook that were not read, each with its reason in zh and en
-- ([{"name": "填报说明", "reason": {"zh": "…", "en": "…"}}]): a filer and a reviewer see which sheet
-- became the submission and why the others did not (issue 9).
ALTER TABLE submission ADD COLUMN ignored_sheets jsonb NOT NULL DEFAULT '[]'::jsonb;
