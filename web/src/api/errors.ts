/** A refusal from the API, with its stable code and its message in both languages. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; message?: { zh?: string; en?: string } };
}

export function apiErrorOf(errors: GraphQLErrorShape[]): ApiError {
  const first = errors[0];
  const code = first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  const message = first?.extensions?.message;
  return new ApiError(
    code,
    message?.zh ?? first?.message ?? '出错了',
    message?.en ?? first?.message ?? 'Error',
  );
}

export const networkError = () =>
  new ApiError('NETWORK', '无法连接服务器，请稍后重试', 'Cannot reach the server');
