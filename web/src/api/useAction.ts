import { useState } from 'react';
import type { ApiError } from './errors';

/**
 * A button's action against the API: clears the last failure, runs, then calls `onDone` (usually a
 * reload) — or keeps the failure for an ErrorAlert. `busy` is true while it runs.
 */
export function useAction(onDone: () => void) {
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await action();
      onDone();
      return result;
    } catch (e) {
      setFailure(e as ApiError);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, failure, busy };
}
