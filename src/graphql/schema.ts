// The schema entry: imports each domain type file, then builds one schema per audience.
import { builder } from './builder.js';
import './types/organisation.js';
import './types/user.js';
import './types/dataset.js';
import './types/submission.js';
import './types/submission-mutations.js';
import './types/upload-progress.js';
import './types/issue-summary.js';
import './types/published-record.js';
import './types/published-queries.js';
import './types/catalogue.js';
import './types/delivery.js';
import './types/calendar.js';
import './types/subsidiary.js';
import './types/obligation.js';
import './types/obligation-status.js';
import './types/obligation-events.js';
import './types/notification.js';
import './types/reminder.js';
import './types/event-subscription.js';
import './types/annual-report.js';
import './types/records-scalars.js';
import './types/records-queries.js';
import './types/redaction.js';
import './types/account.js';
import './types/audit-trail.js';
import './types/submission-viewer.js';

/** For signed-in users: everything, including every public type and field. */
export const internalSchema = builder.toSchema({ sortSchema: true, subGraph: 'internal' });

/** For anonymous callers: only what opted in with `subGraphs: PUBLIC` (published, redacted data). */
export const publicSchema = builder.toSchema({ sortSchema: true, subGraph: 'public' });

export const schema = internalSchema;
