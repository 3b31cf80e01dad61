import type { Server } from 'node:http';

/** A start-up failure the operator can fix, told in one line rather than a stack. */
export class StartError extends Error {}

const REASONS: Record<string, (where: string) => string> = {
  EADDRINUSE: (where) =>
    `${where} is already in use: stop what runs there or set PORT to a free port (端口已被占用)`,
  EACCES: (where) => `${where} needs privileges this process lacks: set PORT above 1024 (无权使用该端口)`,
  EADDRNOTAVAIL: (where) => `${where}: HOST is not an address of this machine (HOST 不是本机地址)`,
};

/** Starts listening; an address in use (or forbidden) rejects with a StartError saying what to do. */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const reason = error.code ? REASONS[error.code] : undefined;
      reject(reason ? new StartError(`Cannot listen: ${reason(`${host}:${port}`)}`) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
