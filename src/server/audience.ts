import type { Actor } from '../auth/actor.js';
import { actorFromToken } from '../auth/auth.service.js';
import type { AppServices } from '../graphql/context.js';

// The schema factory, the introspection switch and the context all ask who is calling; the token
// is checked (and the user looked up) once per request.
const actors = new WeakMap<Request, Promise<Actor | null>>();

/**
 * The signed-in caller, or null for the public. A missing, malformed, expired or revoked token makes
 * the caller anonymous, so a bogus `Authorization` header cannot reach the internal schema or
 * escape the anonymous query limits.
 */
export function callerOf(services: AppServices, request: Request): Promise<Actor | null> {
  let actor = actors.get(request);
  if (!actor) {
    const match = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i);
    actor = match?.[1] ? actorFromToken(services.db, services.signer, match[1]) : Promise.resolve(null);
    actors.set(request, actor);
  }
  return actor;
}
