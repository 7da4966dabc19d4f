import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Obj = Record<string, unknown>;

export type FakeStripeRequest = { method: string; path: string; body: Obj; idempotencyKey: string | null };

/**
 * Parses Stripe's form encoding (`items[0][price]=x&metadata[tenant_id]=y`) into nested
 * objects, with numeric keys as arrays.
 */
export function parseStripeForm(encoded: string): Obj {
  const root: Obj = {};
  for (const [rawKey, value] of new URLSearchParams(encoded)) {
    const parts = rawKey.replace(/\]/g, '').split('[');
    let node: Obj = root;
    parts.forEach((part, i) => {
      const key = part === '' ? String(Object.keys(node).length) : part;
      if (i === parts.length - 1) node[key] = value;
      else node = (node[key] ??= {}) as Obj;
    });
  }
  return arrayify(root) as Obj;
}

function arrayify(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const obj = value as Obj;
  const keys = Object.keys(obj);
  if (keys.length && keys.every((k, i) => k === String(i))) return keys.map((k) => arrayify(obj[k]));
  return Object.fromEntries(keys.map((k) => [k, arrayify(obj[k])]));
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/**
 * A local stand-in for the parts of the Stripe API that lib/billing uses: customers, products,
 * prices (with lookup keys), subscriptions (send_invoice or card), Checkout sessions and billing
 * portal sessions. It checks the secret key like Stripe does, and records every request so
 * tests can assert what was asked. `failNext(n)` answers 500 to the next n requests.
 */
export async function startFakeStripe(options: { port?: number; secretKey?: string } = {}) {
  const secretKey = options.secretKey ?? 'sk_test_fake';
  const requests: FakeStripeRequest[] = [];
  const store = {
    customers: new Map<string, Obj>(),
    products: new Map<string, Obj>(),
    prices: new Map<string, Obj>(),
    subscriptions: new Map<string, Obj>(),
    checkoutSessions: new Map<string, Obj>(),
  };
  let failures = 0;
  let baseUrl = '';

  const list = (data: Obj[], url: string): Obj => ({ object: 'list', data, has_more: false, url });
  const error = (status: number, message: string, type = 'invalid_request_error') => ({ status, body: { error: { type, message } } });

  function handle(method: string, path: string, query: Obj, body: Obj): { status: number; body: unknown } {
    const [, v1, resource, rid, sub] = path.split('/');
    if (v1 !== 'v1') return error(404, `Unrecognized request URL (${method}: ${path})`);

    if (resource === 'customers') {
      if (method === 'POST' && !rid) {
        const customer = { id: id('cus'), object: 'customer', created: now(), email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} };
        store.customers.set(customer.id, customer);
        return { status: 200, body: customer };
      }
      if (method === 'GET' && rid) {
        const customer = store.customers.get(rid);
        return customer ? { status: 200, body: customer } : error(404, `No such customer: '${rid}'`);
      }
    }

    if (resource === 'products' && method === 'POST' && !rid) {
      const product = { id: id('prod'), object: 'product', name: body.name, metadata: body.metadata ?? {} };
      store.products.set(product.id, product);
      return { status: 200, body: product };
    }

    if (resource === 'prices') {
      if (method === 'GET' && !rid) {
        const keys = ([] as unknown[]).concat((query.lookup_keys as unknown[]) ?? []).map(String);
        const data = [...store.prices.values()].filter((p) => !keys.length || keys.includes(String(p.lookup_key)));
        return { status: 200, body: list(data, '/v1/prices') };
      }
      if (method === 'POST' && !rid) {
        if (!body.product || !store.products.has(String(body.product))) return error(400, 'No such product');
        if ([...store.prices.values()].some((p) => p.lookup_key && p.lookup_key === body.lookup_key)) {
          return error(400, 'A price with this lookup key already exists');
        }
        const recurring = body.recurring as Obj | undefined;
        const price = {
          id: id('price'),
          object: 'price',
          active: true,
          currency: body.currency,
          unit_amount: Number(body.unit_amount),
          product: body.product,
          lookup_key: body.lookup_key ?? null,
          recurring: recurring ? { interval: recurring.interval, interval_count: 1 } : null,
          metadata: body.metadata ?? {},
        };
        store.prices.set(price.id, price);
        return { status: 200, body: price };
      }
    }

    if (resource === 'subscriptions') {
      if (method === 'POST' && !rid) {
        const customer = store.customers.get(String(body.customer));
        if (!customer) return error(400, `No such customer: '${String(body.customer)}'`);
        const items = (body.items as Obj[] | undefined) ?? [];
        const price = store.prices.get(String(items[0]?.price));
        if (!price) return error(400, 'No such price');
        const collection = String(body.collection_method ?? 'charge_automatically');
        if (collection === 'send_invoice' && !body.days_until_due) return error(400, 'days_until_due is required for send_invoice');
        if (collection === 'charge_automatically') return error(400, 'This customer has no attached payment source or default payment method.');
        const created = now();
        const subscription = {
          id: id('sub'),
          object: 'subscription',
          created,
          start_date: created,
          customer: customer.id,
          status: 'active',
          collection_method: collection,
          days_until_due: body.days_until_due ? Number(body.days_until_due) : null,
          cancel_at_period_end: false,
          canceled_at: null,
          ended_at: null,
          latest_invoice: id('in'),
          metadata: body.metadata ?? {},
          items: list([{ id: id('si'), object: 'subscription_item', price, quantity: 1, current_period_start: created, current_period_end: created + 365 * 86400 }], '/v1/subscription_items'),
        };
        store.subscriptions.set(subscription.id, subscription);
        return { status: 200, body: subscription };
      }
      if (method === 'GET' && rid) {
        const subscription = store.subscriptions.get(rid);
        return subscription ? { status: 200, body: subscription } : error(404, `No such subscription: '${rid}'`);
      }
      if (method === 'GET' && !rid) {
        const data = [...store.subscriptions.values()].filter((s) => !query.customer || s.customer === query.customer);
        return { status: 200, body: list(data, '/v1/subscriptions') };
      }
    }

    if (resource === 'checkout' && rid === 'sessions' && method === 'POST' && !sub) {
      if (!body.customer || !store.customers.has(String(body.customer))) return error(400, 'No such customer');
      if (body.mode !== 'subscription') return error(400, 'mode must be subscription');
      if (!body.success_url) return error(400, 'success_url is required');
      const sessionId = id('cs_test');
      const session = {
        id: sessionId,
        object: 'checkout.session',
        mode: 'subscription',
        customer: body.customer,
        client_reference_id: body.client_reference_id ?? null,
        metadata: body.metadata ?? {},
        subscription: null,
        status: 'open',
        success_url: body.success_url,
        cancel_url: body.cancel_url ?? null,
        url: `${baseUrl}/checkout/${sessionId}`,
      };
      store.checkoutSessions.set(sessionId, session);
      return { status: 200, body: session };
    }

    if (resource === 'billing_portal' && rid === 'sessions' && method === 'POST') {
      if (!body.customer || !store.customers.has(String(body.customer))) return error(400, 'No such customer');
      const sessionId = id('bps');
      return {
        status: 200,
        body: { id: sessionId, object: 'billing_portal.session', customer: body.customer, return_url: body.return_url ?? null, url: `${baseUrl}/portal/${sessionId}` },
      };
    }

    return error(404, `Unrecognized request URL (${method}: ${path})`);
  }

  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const send = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') }).end(JSON.stringify(body));
      if (url.pathname === '/health') return send(200, { ok: true });
      // The hosted pages (Checkout, portal) are Stripe's; a plain page stands in for them.
      if (url.pathname.startsWith('/checkout/') || url.pathname.startsWith('/portal/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="fr"><title>Stripe (factice)</title><h1>Stripe (factice)</h1></html>');
        return;
      }
      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        return send(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
      }
      const body = parseStripeForm(raw);
      const query = parseStripeForm(url.search.slice(1));
      requests.push({ method: req.method ?? 'GET', path: url.pathname, body, idempotencyKey: (req.headers['idempotency-key'] as string) ?? null });
      if (failures > 0) {
        failures--;
        return send(500, { error: { type: 'api_error', message: 'Fake outage' } });
      }
      const result = handle(req.method ?? 'GET', url.pathname, query, body);
      send(result.status, result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    url: baseUrl,
    port,
    secretKey,
    requests,
    store,
    failNext(n: number) {
      failures = n;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

export type FakeStripe = Awaited<ReturnType<typeof startFakeStripe>>;
