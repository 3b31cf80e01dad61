import type { Plugin } from 'graphql-yoga';
import { DomainError } from '../../errors.js';
import { badInput } from '../../submissions/access.js';

/** Room for the multipart envelope around the file: the operation, the map and part headers. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024;

/** The largest request body the server reads: one file of MAX_UPLOAD_BYTES in its envelope. */
export const requestBodyLimit = (maxUploadBytes: number) => maxUploadBytes + MULTIPART_OVERHEAD_BYTES;

/** The same refusal as for a file found too large after it was read (the upload service's). */
export const fileTooLarge = (maxUploadBytes: number) =>
  badInput(`文件超过${maxUploadBytes}字节的上限`, `The file exceeds the ${maxUploadBytes}-byte limit`, {
    maxUploadBytes,
    http: { status: 413 },
  });

/** A request that carries no file (JSON, a GraphQL document) over MAX_REQUEST_BYTES. */
export const requestTooLarge = (maxRequestBytes: number) =>
  new DomainError(
    'BAD_USER_INPUT',
    {
      zh: `请求超过${maxRequestBytes}字节的上限`,
      en: `The request exceeds the ${maxRequestBytes}-byte limit`,
    },
    { maxRequestBytes, http: { status: 413 } },
    'warn',
  );

/** Busboy's limit on one multipart field other than a file ("operations", "map"). */
export const MULTIPART_FIELD_BYTES = 1024 * 1024;

const fieldTooLarge = () =>
  new DomainError(
    'BAD_USER_INPUT',
    {
      zh: `multipart 请求中的字段（文件除外）超过${MULTIPART_FIELD_BYTES}字节的上限`,
      en: `A field of the multipart request (other than the file) exceeds the ${MULTIPART_FIELD_BYTES}-byte limit`,
    },
    { maxFieldBytes: MULTIPART_FIELD_BYTES, http: { status: 413 } },
    'warn',
  );

const isMultipart = (request: Request) =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * The request body limit, in place of Yoga's (maxRequestBodySize: false), so that a body over it is
 * refused with the coded, bilingual refusal (BAD_USER_INPUT, HTTP 413) rather than a bare English
 * one: before reading when Content-Length says so, otherwise as soon as the stream passes it. Only
 * a multipart upload may be as large as a file; any other body (JSON) is held to MAX_REQUEST_BYTES,
 * so a 45 MB search string is refused before it is parsed.
 */
export function useUploadLimit(limits: { maxUploadBytes: number; maxRequestBytes: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const upload = isMultipart(request);
      const limit = upload ? requestBodyLimit(limits.maxUploadBytes) : limits.maxRequestBytes;
      const refusal = () =>
        upload ? fileTooLarge(limits.maxUploadBytes) : requestTooLarge(limits.maxRequestBytes);
      const length = request.headers.get('content-length');
      const declared = length && /^\d+$/.test(length) ? Number(length) : undefined;
      if (declared !== undefined && declared > limit) throw withConnectionClose(refusal());
      if (!requestParser || !request.body) return;
      // A JSON body whose declared length is within the limit cannot exceed it: Node's HTTP parser
      // reads exactly Content-Length bytes. Counting it again through a stream cost ~0.3 ms on every
      // GraphQL request (profiled in bench:read and bench:public). Uploads are always counted.
      if (!upload && declared !== undefined) return;
      setRequestParser(async (req) => {
        const counted = countBytes(req, limit, fetchAPI);
        try {
          return await requestParser(counted.request);
        } catch (error) {
          // The parser reports a broken stream in its own words: say what broke it.
          if (counted.exceeded()) throw withConnectionClose(refusal());
          // The form-data parser names no limit ("Field value size exceeded: undefined bytes").
          if (String((error as Error)?.message).includes('Field value size exceeded')) throw fieldTooLarge();
          throw error;
        }
      });
    },
  };
}

function countBytes(request: Request, limit: number, fetchAPI: { Request: typeof Request }) {
  let read = 0;
  const body = request.body;
  if (!body) return { request, exceeded: () => false };
  // The same TransformStream family as the body's (as Yoga's own limit does), or piping fails.
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : TransformStream;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(new Error('request body over the limit'));
        else controller.enqueue(chunk);
      },
    }),
  );
  const init = { method: request.method, headers: request.headers, signal: request.signal, body: counted };
  return {
    request: new fetchAPI.Request(request.url, { ...init, duplex: 'half' } as RequestInit),
    exceeded: () => read > limit,
  };
}

/**
 * A refusal, decided from Content-Length before the body is read or while the body streams past
 * the limit, says `Connection: close` (Yoga sets `extensions.http.headers`). Otherwise Node keeps
 * the connection alive and reads the refused body to its end for the next request — 45 MB on the
 * main thread (issue 14). With it, Node ends the response and destroys the socket once the answer
 * is flushed: the client still reads its 413, and the rest of the body is never read
 * (test/server/oversized-body.test.ts).
 */
function withConnectionClose(error: DomainError): DomainError {
  const http = error.details.http as { status?: number; headers?: Record<string, string> } | undefined;
  return new DomainError(
    error.code,
    error.localized,
    { ...error.details, http: { ...http, headers: { ...http?.headers, connection: 'close' } } },
    error.logLevel,
  );
}
