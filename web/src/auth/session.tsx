import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import { request } from '../api/client';
import { clearSession, onSessionExpired, readSession, writeSession } from '../api/token';
import { graphql, type ResultOf } from '../graphql';

export const MeQuery = graphql(`
  query Me {
    me { id username displayName role mustChangePassword
         enterprise { id name uscc } regulator { id name } }
  }
`);
const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt }
  }
`);

export type Me = ResultOf<typeof MeQuery>['me'];

interface Session {
  me: Me | null;
  /** Why the user is at the sign-in page: signed out by expiry, not by choice. */
  expired: boolean;
  ready: boolean;
  signIn: (username: string, password: string) => Promise<Me>;
  signOut: () => void;
  refresh: () => Promise<void>;
}

const Context = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  const [expired, setExpired] = useState(false);
  const refresh = useCallback(async () => {
    if (!readSession()) return setMe(null);
    setMe((await request(MeQuery)).me);
  }, []);
  useEffect(() => {
    refresh()
      .catch(() => setMe(null))
      .finally(() => setReady(true));
    return onSessionExpired(() => {
      setMe(null);
      setExpired(true);
    });
  }, [refresh]);
  // The token's own expiry ends the session even when the user makes no request.
  useEffect(() => {
    const stored = readSession();
    if (!me || !stored) return;
    const timer = setTimeout(
      () => {
        clearSession();
        setMe(null);
        setExpired(true);
      },
      Math.max(0, new Date(stored.expiresAt).getTime() - Date.now()),
    );
    return () => clearTimeout(timer);
  }, [me]);
  const signIn = useCallback(async (username: string, password: string) => {
    const { login } = await request(LoginMutation, { username, password });
    writeSession({ token: login.token, expiresAt: login.expiresAt });
    const next = (await request(MeQuery)).me;
    setExpired(false);
    setMe(next);
    return next;
  }, []);
  const signOut = useCallback(() => {
    clearSession();
    setExpired(false);
    setMe(null);
  }, []);
  return (
    <Context.Provider value={{ me, expired, ready, signIn, signOut, refresh }}>{children}</Context.Provider>
  );
}

export function useSession(): Session {
  const value = useContext(Context);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export const isRegulator = (me: Me | null) =>
  me?.role === 'REGULATOR_REVIEWER' || me?.role === 'REGULATOR_APPROVER';
