/** Helpers of the Web API tests. */

/** JSON text without the whitespace outside strings (Json.NET's compact form of a sample). */
export function compactJson(text: string): string {
  let out = '';
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      out += c;
      if (c === '\\') out += text[++i];
      else if (c === '"') inStr = false;
    } else if (c === '"') {
      out += c;
      inStr = true;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

/** XML text without the whitespace-only text between tags (the help page indents samples). */
export function compactXml(text: string): string {
  return text.trim().replace(/>\s+</g, '><');
}

/** A `fetch` stand-in that records requests and answers with `reply`. */
export function mockFetch(reply: (url: string, init: RequestInit) => { status?: number; body?: string; contentType?: string }) {
  const calls: { url: string; method: string; headers: Record<string, string>; body: string | undefined }[] = [];
  const fn = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    calls.push({ url, method: String(init.method), headers: { ...(init.headers as Record<string, string>) }, body: init.body as string | undefined });
    const r = reply(url, init);
    return new Response(r.status === 204 ? null : (r.body ?? ''), { status: r.status ?? 200, headers: { 'content-type': r.contentType ?? 'application/json; charset=utf-8' } });
  };
  return { fetch: fn as typeof fetch, calls };
}
