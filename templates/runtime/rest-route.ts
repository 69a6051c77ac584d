/**
 * Route templates of ASP.NET Web API matched against request URLs, the way the service selects
 * an action: the route template (`api/roles/{id}`, with constraints `{id:int}`, optional
 * `{id?}` / defaults `{id=1}`, catch-all `{*rest}`; literal segments compared ignoring case, at
 * the end of the URL's path so any base path is allowed), then the HTTP method, then the query
 * string (an endpoint whose required query parameters are all present, and which binds the most
 * of them, wins over another on the same route). Route and query values are read back with the
 * parameters' declared types.
 */

import { ValidationError, type Problem } from './errors.js';
import { readText } from './rest-form.js';
import type { RestOperationDesc } from './rest-schema.js';

/** What a URL and method select. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly name: string; readonly op: RestOperationDesc; readonly route: Readonly<Record<string, string>> }
  /** The route exists but not for this method (HTTP 405). */
  | { readonly kind: 'method'; readonly allowed: readonly string[] }
  | { readonly kind: 'none' };

interface Compiled {
  readonly re: RegExp;
  readonly names: readonly string[];
  /** Literal characters of the template (more is more specific). */
  readonly literal: number;
}

const compiled = new WeakMap<RestOperationDesc, Compiled>();

function compile(op: RestOperationDesc): Compiled {
  let c = compiled.get(op);
  if (c) return c;
  const path = op.path.replace(/^~?\/+/, '').replace(/\?.*$/, '');
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names: string[] = [];
  let src = '';
  let literal = 0;
  let last = 0;
  for (const m of path.matchAll(/\{(\*?)([^}:?=]+)([^}]*)\}/g)) {
    let lit = path.slice(last, m.index);
    const group = m[1] ? '(.*)' : '([^/]*)';
    if (/[?=]/.test(m[3]) && lit.endsWith('/')) {
      lit = lit.slice(0, -1);
      src += `${esc(lit)}(?:/${group})?`;
    } else src += esc(lit) + group;
    literal += lit.length;
    names.push(m[2]);
    last = m.index + m[0].length;
  }
  const tail = path.slice(last);
  src += esc(tail);
  literal += tail.length;
  c = { re: new RegExp(`(?:^|/)${src}/?$`, 'i'), names, literal };
  compiled.set(op, c);
  return c;
}

/** The endpoint of `operations` (keyed by client method name) a request is for. */
export function matchRoute(operations: Readonly<Record<string, RestOperationDesc>>, method: string, url: URL): RouteMatch {
  const onRoute: { name: string; op: RestOperationDesc; route: Record<string, string>; literal: number }[] = [];
  for (const [name, op] of Object.entries(operations)) {
    const c = compile(op);
    const m = c.re.exec(url.pathname);
    if (!m) continue;
    const route: Record<string, string> = {};
    c.names.forEach((n, i) => {
      const key = op.pathParams?.find((k) => k.toLowerCase() === n.toLowerCase()) ?? n;
      if (m[i + 1] !== undefined) route[key] = m[i + 1];
    });
    onRoute.push({ name, op, route, literal: c.literal });
  }
  if (!onRoute.length) return { kind: 'none' };
  const same = onRoute.filter((x) => x.op.method.toUpperCase() === method.toUpperCase());
  if (!same.length) return { kind: 'method', allowed: [...new Set(onRoute.map((x) => x.op.method.toUpperCase()))] };
  const query = new Set<string>();
  url.searchParams.forEach((_, k) => void query.add(k.toLowerCase()));
  const score = (op: RestOperationDesc): [number, number] => {
    const q = queryFields(op);
    const missing = q.filter((f) => !f.optional && !query.has(f.key.toLowerCase())).length;
    return [missing ? 0 : 1, q.filter((f) => query.has(f.key.toLowerCase())).length];
  };
  const ranked = same
    .map((x) => ({ x, s: score(x.op) }))
    .sort((a, b) => b.s[0] - a.s[0] || b.s[1] - a.s[1] || b.x.literal - a.x.literal);
  const best = ranked[0].x;
  return { kind: 'found', name: best.name, op: best.op, route: best.route };
}

function queryFields(op: RestOperationDesc) {
  const path = new Set((op.pathParams ?? []).map((k) => k.toLowerCase()));
  return (op.params?.fields ?? []).filter((f) => !path.has(f.key.toLowerCase()));
}

/**
 * The route and query values of a request read as the endpoint's parameters (`undefined` when
 * it has none); values a parameter's type cannot hold are reported at `params.<name>`.
 */
export function readParams(op: RestOperationDesc, route: Readonly<Record<string, string>>, query: URLSearchParams): { params: Record<string, unknown> | undefined; problems: Problem[] } {
  if (!op.params) return { params: undefined, problems: [] };
  const params: Record<string, unknown> = {};
  const problems: Problem[] = [];
  const pathKeys = new Set((op.pathParams ?? []).map((k) => k.toLowerCase()));
  const entries: [string, string][] = [];
  query.forEach((v, k) => void entries.push([k, v]));
  for (const f of op.params.fields) {
    const at = `params.${f.key}`;
    try {
      let texts: string[];
      if (pathKeys.has(f.key.toLowerCase())) {
        const raw = route[f.key];
        texts = raw === undefined || raw === '' ? [] : [decodeURIComponent(raw)];
      } else texts = entries.filter(([k]) => k.toLowerCase() === f.key.toLowerCase()).map(([, v]) => v);
      if (!texts.length) continue;
      const v = f.array ? texts.map((t, i) => readText(f.type, t, `${at}[${i}]`)) : readText(f.type, texts[0], at);
      Object.defineProperty(params, f.key, { value: v, writable: true, enumerable: true, configurable: true });
    } catch (e) {
      if (e instanceof ValidationError) problems.push(...e.problems);
      else problems.push({ path: at, message: `cannot be read from the URL: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return { params, problems };
}
