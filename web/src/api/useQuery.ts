import type { TadaDocumentNode } from 'gql.tada';
import { useCallback, useEffect, useState } from 'react';
import { request } from './client';
import type { ApiError } from './errors';

export interface QueryState<Result> {
  data: Result | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Runs a typed query when its variables change (compared as JSON); `reload` runs it again. */
export function useQuery<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables?: Variables,
  skip = false,
): QueryState<Result> {
  const [state, setState] = useState<{ data?: Result; error?: ApiError; loading: boolean }>({
    loading: !skip,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(variables ?? {});
  // biome-ignore lint/correctness/useExhaustiveDependencies: the variables are compared by their JSON key
  useEffect(() => {
    if (skip) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    request(document, variables).then(
      (data) => live && setState({ data, loading: false }),
      (error: ApiError) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [document, key, tick, skip]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
