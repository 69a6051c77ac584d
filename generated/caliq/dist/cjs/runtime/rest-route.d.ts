/**
 * Route templates of ASP.NET Web API matched against request URLs, the way the service selects
 * an action: the route template (`api/roles/{id}`, with constraints `{id:int}`, optional
 * `{id?}` / defaults `{id=1}`, catch-all `{*rest}`; literal segments compared ignoring case, at
 * the end of the URL's path so any base path is allowed), then the HTTP method, then the query
 * string (an endpoint whose required query parameters are all present, and which binds the most
 * of them, wins over another on the same route). Route and query values are read back with the
 * parameters' declared types.
 */
import { type Problem } from './errors.js';
import type { RestOperationDesc } from './rest-schema.js';
/** What a URL and method select. */
export type RouteMatch = {
    readonly kind: 'found';
    readonly name: string;
    readonly op: RestOperationDesc;
    readonly route: Readonly<Record<string, string>>;
}
/** The route exists but not for this method (HTTP 405). */
 | {
    readonly kind: 'method';
    readonly allowed: readonly string[];
} | {
    readonly kind: 'none';
};
/** The endpoint of `operations` (keyed by client method name) a request is for. */
export declare function matchRoute(operations: Readonly<Record<string, RestOperationDesc>>, method: string, url: URL): RouteMatch;
/**
 * The route and query values of a request read as the endpoint's parameters (`undefined` when
 * it has none); values a parameter's type cannot hold are reported at `params.<name>`.
 */
export declare function readParams(op: RestOperationDesc, route: Readonly<Record<string, string>>, query: URLSearchParams): {
    params: Record<string, unknown> | undefined;
    problems: Problem[];
};
