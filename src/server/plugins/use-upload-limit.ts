import type { Plugin } from 'graphql-yoga';
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

/**
 * The request body limit, in place of Yoga's (maxRequestBodySize: false), so that a body over it is
 * refused with the coded, bilingual refusal (BAD_USER_INPUT, HTTP 413) rather than a bare English
 * one: before reading when Content-Length says so, otherwise as soon as the stream passes it.
 */
export function useUploadLimit(maxUploadBytes: number): Plugin {
  const limit = requestBodyLimit(maxUploadBytes);
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length && /^\d+$/.test(length) && Number(length) > limit) throw fileTooLarge(maxUploadBytes);
      if (!requestParser || !request.body) return;
      setRequestParser(async (req) => {
        const counted = countBytes(req, limit, fetchAPI);
        try {
          return await requestParser(counted.request);
        } catch (error) {
          // The parser reports a broken stream in its own words: say what broke it.
          if (counted.exceeded()) throw fileTooLarge(maxUploadBytes);
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
