/**
 * Operation names for Web API routes (the help page has none; docs/formats/webapi.md §Operation names).
 *
 * Rule (deterministic, same route → same name on every page):
 * 1. Take the path without the query (`api/v1/Users/{id}?x={x}` → `api/v1/Users/{id}`).
 * 2. Drop a leading `~` and a leading `api` segment, version segments (`v1`, `v2.1`),
 *    `{param}` segments and anything that is not a letter or digit.
 * 3. PascalCase each remaining segment, keeping its inner capitals
 *    (`vspinteraction/create` → `VspinteractionCreate`, `v1/InteractionCreate` → `InteractionCreate`).
 * 4. An empty result (`GET api/{id}`) becomes the PascalCase method (`Get`).
 * Within one set of operations (an index page; the merge pass may call `disambiguateRestNames`
 * across pages) clashing names get the method as a prefix (`GetUsers` / `DeleteUsers`); if they
 * still clash, `By` + the route parameter names is appended (`GetUsersById`), then a number.
 */
export function restOperationName(method: string, path: string): string {
  const segments = path
    .split('?')[0]
    .split('/')
    .filter((s) => s && s !== '~');
  if (segments[0]?.toLowerCase() === 'api') segments.shift();
  const words = segments
    .filter((s) => !/^v\d+(\.\d+)*$/i.test(s) && !/^\{.*\}$/.test(s))
    .map((s) => pascalSegment(s))
    .filter(Boolean);
  return words.join('') || pascalSegment(method.toLowerCase());
}

function pascalSegment(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** A route to name. */
export interface RouteKey {
  readonly method: string;
  readonly path: string;
}

/** Names for a set of routes, unique within the set (rule above). */
export function disambiguateRestNames(routes: readonly RouteKey[]): string[] {
  const base = routes.map((r) => restOperationName(r.method, r.path));
  const withMethod = base.map((n, i) => (count(base, n) > 1 ? pascalSegment(routes[i].method.toLowerCase()) + n : n));
  const withParams = withMethod.map((n, i) => {
    if (count(withMethod, n) <= 1) return n;
    const params = [...routes[i].path.matchAll(/\{([^}]+)\}/g)].map((m) => pascalSegment(m[1]));
    return params.length ? `${n}By${params.join('And')}` : n;
  });
  const seen = new Map<string, number>();
  return withParams.map((n) => {
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    return k === 0 ? n : `${n}${k + 1}`;
  });
}

function count(list: readonly string[], n: string): number {
  return list.filter((x) => x === n).length;
}

/**
 * Start of the warning about a model typed from samples (docs/formats/webapi.md); the merge pass
 * drops these warnings once another page declares the model.
 */
export const notDescribedHere = (id: string): string => `model ${id} is `;
