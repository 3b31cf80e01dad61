import type { Logger } from 'pino';
import type { Actor } from '../auth/actor.js';
import type { TokenSigner } from '../auth/token.js';
import type { Database } from '../db/database.js';

/** Long-lived collaborators, built once at start-up and shared by every request. */
export interface AppServices {
  db: Database;
  signer: TokenSigner;
  logger: Logger;
  limits: { maxUploadBytes: number };
}

/** Per-request GraphQL context: the services plus who is calling (null for the public). */
export interface GraphQLContext extends AppServices {
  actor: Actor | null;
}
