import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ReceivedEmail = {
  from: string;
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  idempotencyKey: string | null;
  authorization: string | null;
};

/**
 * A local stand-in for the Resend API (POST /emails), for tests and for trying email delivery
 * offline. `failNext(n, to?)` makes the next n requests (to that recipient) answer 500, like an outage.
 */
export async function startFakeResend() {
  const received: ReceivedEmail[] = [];
  let failures = 0;
  let failuresFor: string | undefined;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/emails') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'not_found', message: 'Not found' }));
        return;
      }
      const payload = JSON.parse(body) as Omit<ReceivedEmail, 'idempotencyKey' | 'authorization'>;
      if (failures > 0 && (!failuresFor || payload.to === failuresFor)) {
        failures--;
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'internal_server_error', message: 'Fake outage' }));
        return;
      }
      received.push({
        ...payload,
        idempotencyKey: (req.headers['idempotency-key'] as string) ?? null,
        authorization: req.headers.authorization ?? null,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `fake_${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNext(n: number, to?: string) {
      failures = n;
      failuresFor = to;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
