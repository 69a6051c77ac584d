/**
 * A `fetch` for client tests without a server: every call is answered with `body` (status 200 and
 * `text/xml` unless given), and the request bodies are appended to `sent`.
 */
export function xmlFetch(body: string, options: { readonly status?: number; readonly contentType?: string; readonly sent?: string[] } = {}): typeof fetch {
  return (async (_url: unknown, init?: RequestInit) => {
    options.sent?.push(String(init?.body));
    return new Response(body, { status: options.status ?? 200, headers: { 'content-type': options.contentType ?? 'text/xml; charset=utf-8' } });
  }) as typeof fetch;
}
