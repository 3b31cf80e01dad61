import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';
import { ApiError, apiErrorOf, networkError } from './errors';
import { readSession, sessionExpired } from './token';

/** Sends one typed document to /graphql with the session's token. */
export async function request<Result, Variables>(
  document: TadaDocumentNode<Result, Variables>,
  variables?: Variables,
): Promise<Result> {
  const session = readSession();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
    });
  } catch {
    throw networkError();
  }
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: never[] };
  return resultOf(body, Boolean(session));
}

export function resultOf<Result>(
  body: { data?: Result | null; errors?: never[] },
  signedIn: boolean,
): Result {
  if (body.errors?.length) {
    const error = apiErrorOf(body.errors);
    if (error.code === 'UNAUTHENTICATED' && signedIn) sessionExpired();
    throw error;
  }
  if (!body.data) throw new ApiError('INTERNAL_SERVER_ERROR', '服务器返回了空结果', 'Empty answer');
  return body.data;
}
