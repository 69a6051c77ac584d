/** A tiny node:http server for pull tests: routes by path+query, counts hits, can fail on purpose. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface TestServer {
  readonly url: string;
  readonly hits: Map<string, number>;
  readonly routes: Map<string, Route>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route | string | Buffer>): Promise<TestServer> {
  const table = new Map<string, Route>();
  for (const [k, v] of Object.entries(routes)) table.set(k, typeof v === 'function' ? v : send(v));
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const key = req.url ?? '/';
    const n = (hits.get(key) ?? 0) + 1;
    hits.set(key, n);
    const route = table.get(key);
    if (!route) {
      res.writeHead(404).end('not found');
      return;
    }
    route(req, res, n);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, hits, routes: table, close: () => new Promise((r) => server.close(() => r())) };
}

export function send(body: string | Buffer, type = 'text/html; charset=utf-8', status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };
}
