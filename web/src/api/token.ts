// The bearer token lives in sessionStorage: it ends with the tab, and never goes into a cookie the
// browser would send on its own (no CSRF surface).
const KEY = 'sunshine.session';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

export function readSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export const writeSession = (s: StoredSession) => sessionStorage.setItem(KEY, JSON.stringify(s));
export const clearSession = () => sessionStorage.removeItem(KEY);

type Listener = () => void;
const expiryListeners = new Set<Listener>();

/** Anything that learns the session is no longer valid (the API said UNAUTHENTICATED) calls this. */
export function sessionExpired(): void {
  clearSession();
  for (const listener of expiryListeners) listener();
}

export function onSessionExpired(listener: Listener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}
