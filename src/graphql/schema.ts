// The schema entry: imports each domain type file, then builds.
import { builder } from './builder.js';
import './types/organisation.js';
import './types/user.js';
import './types/dataset.js';
import './types/submission.js';
import './types/submission-mutations.js';

export const schema = builder.toSchema({ sortSchema: true });
