import type { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';

/** How long a connection answered before its request body was read stays half-open. */
export const LINGER_MS = 2000;

/**
 * Lingering close for an answer given before the request's body was read — a refusal with
 * `Connection: close` (use-upload-limit.ts). Node closed such a socket as soon as the answer was
 * flushed; the client was still sending, so the server's kernel held unread bytes and answered the
 * close with a reset, and a reset makes the client's kernel drop what it had not read yet: the 413
 * itself. A client slow to read (a loaded machine) saw EPIPE or ECONNRESET instead of the coded
 * refusal (CI: "a 10 MB password"). Now, as Go's net/http does, the server half-closes (its FIN
 * ends the answer), stops reading, and closes LINGER_MS later: the client has that long to read
 * its answer, and the rest of the body is still never read. A body read whole closes as before.
 */
export function lingerIfBodyUnread(req: IncomingMessage): void {
  const socket = req.socket;
  // Called by Node when the answer that closes the connection is flushed. Set per request: a
  // kept-alive socket serves several, and the request answered last decides.
  socket.destroySoon = () => {
    if (req.complete) return Socket.prototype.destroySoon.call(socket);
    // Node has just dumped the request (its body is to be read and thrown away): nothing of it is
    // to be read now. Its reads restart from the request's _read, so that stops too.
    (req as unknown as { _read: () => void })._read = () => {};
    stopReading(socket);
    setImmediate(() => stopReading(socket));
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('close', () => clearTimeout(timer));
  };
}

/**
 * Stops reading from the socket. Node's HTTP server hands the socket's reads to its native parser,
 * past `socket.pause()` (which then pauses only the JS stream): stop the handle itself.
 */
function stopReading(socket: Socket) {
  socket.pause();
  (socket as unknown as { _handle?: { readStop?: () => number } })._handle?.readStop?.();
}
