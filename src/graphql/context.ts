import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Actor } from '../auth/actor.js';
import type { TokenSigner } from '../auth/token.js';
import type { Database } from '../db/database.js';
import type { UploadProgressBoard } from '../submissions/upload-progress.js';
import type { PublicBudget } from '../throttle/public-budget.js';
import type { SignInThrottle } from '../throttle/sign-in.js';

/** Long-lived collaborators, built once at start-up and shared by every request. */
export interface AppServices {
  db: Database;
  signer: TokenSigner;
  logger: Logger;
  /** Event subscriptions to private addresses (EVENTS_ALLOW_PRIVATE_URLS). */
  events: { allowPrivateUrls: boolean };
  limits: { maxUploadBytes: number; maxRequestBytes: number };
  /** Failed sign-ins per username and per address (CONTRACT.md, Limits). */
  throttle: SignInThrottle;
  /** Requests per address for anonymous callers (public API, downloads, pages). */
  publicBudget: PublicBudget;
  /** Rows read by the uploads running in this process, for their uploader to poll. */
  uploadProgress: UploadProgressBoard;
  /** The caller's network address, as throttling keys it (TRUST_PROXY decides which one). */
  addressOf(req: IncomingMessage | undefined): string;
}

/** Per-request GraphQL context: the services plus who is calling (null for the public). */
export interface GraphQLContext extends AppServices {
  actor: Actor | null;
  clientAddress: string;
}
