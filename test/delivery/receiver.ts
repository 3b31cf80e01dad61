import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** What the receiver does with one request: answer with a status, hang past the timeout, or drop it. */
export type Behaviour = { answer: number; headers?: Record<string, string> } | { hangMs: number } | 'drop';

export interface ReceivedRequest {
  webhookId: string;
  body: Record<string, unknown>;
  /** The body exactly as it arrived, for searching it for values that must never leave. */
  raw: string;
  signatureValid: boolean;
  /** When it arrived (ms since the epoch). */
  at: number;
}

/**
 * A real trading platform stand-in on a random port: verifies every Standard Webhooks signature,
 * de-duplicates by webhook-id, and counts effects (a first-seen id answered 2xx) — as the
 * platform is expected to.
 */
export async function startReceiver(
  secret: string | (() => string),
  decide: (request: ReceivedRequest) => Behaviour,
) {
  // A subscriber's whsec_… secret is known only once it has subscribed (with this receiver's URL).
  const verifierOf = () => {
    const key = typeof secret === 'string' ? secret : secret();
    return key.startsWith('whsec_') ? new Webhook(key) : new Webhook(key, { format: 'raw' });
  };
  const requests: ReceivedRequest[] = [];
  const effects = new Map<string, Record<string, unknown>>();
  const duplicates: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const request = {
      webhookId: String(req.headers['webhook-id']),
      body: JSON.parse(raw) as Record<string, unknown>,
      raw,
      signatureValid: verifies(verifierOf(), raw, req),
      at: Date.now(),
    };
    requests.push(request);
    await respond(decide(request), req, res, () => {
      // The effect happens once per webhook-id, however often the platform is asked.
      if (!request.signatureValid) return;
      if (effects.has(request.webhookId)) duplicates.push(request.webhookId);
      else effects.set(request.webhookId, request.body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/sunshine`,
    requests,
    effects,
    duplicates,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

function verifies(verifier: Webhook, raw: string, req: IncomingMessage): boolean {
  try {
    verifier.verify(raw, {
      'webhook-id': String(req.headers['webhook-id']),
      'webhook-timestamp': String(req.headers['webhook-timestamp']),
      'webhook-signature': String(req.headers['webhook-signature']),
    });
    return true;
  } catch {
    return false;
  }
}

async function respond(behaviour: Behaviour, req: IncomingMessage, res: ServerResponse, accept: () => void) {
  if (behaviour === 'drop') {
    req.socket.destroy();
    return;
  }
  if ('hangMs' in behaviour) {
    // A slow platform acts on the request but answers after the sender gave up: it will ask again.
    accept();
    await new Promise((resolve) => setTimeout(resolve, behaviour.hangMs));
    if (!res.writable) return;
    res.writeHead(200).end('too late');
    return;
  }
  if (behaviour.answer >= 200 && behaviour.answer < 300) accept();
  res
    .writeHead(behaviour.answer, { 'content-type': 'text/plain', ...behaviour.headers })
    .end(`answer ${behaviour.answer}`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
