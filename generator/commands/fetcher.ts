/**
 * The HTTP side of `svcgen pull`: GETs pages of one origin with bounded retries and exponential
 * backoff on transient failures (network errors, 408, 429, 502, 503, 504), and enforces the page
 * and byte budgets so a crawl of an unexpected site stays bounded.
 */

/** Options of {@link createFetcher}. */
export interface FetcherOptions {
  /** Only URLs of this origin (`scheme://host:port`) are fetched… */
  readonly origin: string;
  /** …and of these (`--allow-origin`). */
  readonly allowOrigins?: readonly string[];
  /** Most pages fetched (successful or not), default 1000. */
  readonly maxPages?: number;
  /** Most bytes downloaded in total, default 64 MB. */
  readonly maxBytes?: number;
  /** Retries of one URL after a transient failure, default 3. */
  readonly retries?: number;
  /** Delay before the first retry in ms; doubled each time (default 250). */
  readonly retryDelayMs?: number;
  /** Time limit of one request in ms (default 30 s). */
  readonly timeoutMs?: number;
  /** `fetch` implementation (default: the global one). */
  readonly fetch?: typeof fetch;
  /** Called after every completed request. */
  readonly onProgress?: (p: Progress) => void;
}

/** Counters reported to `onProgress`. */
export interface Progress {
  readonly pages: number;
  readonly bytes: number;
  readonly url: string;
}

/** One fetched resource, bytes exactly as served. */
export interface Fetched {
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** A failure that stops the pull (limits, other origins, failed requests). */
export class PullError extends Error {}

export const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([408, 429, 502, 503, 504]);

export interface Fetcher {
  /** GETs `url`; resolves with any final status (callers decide what a 404 means). */
  get(url: string): Promise<Fetched>;
  /** Whether `url` is on an origin this fetcher may fetch from. */
  allows(url: string): boolean;
  readonly stats: { pages: number; bytes: number };
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const maxPages = options.maxPages ?? 1000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const retries = options.retries ?? 3;
  const delay = options.retryDelayMs ?? 250;
  const doFetch = options.fetch ?? globalThis.fetch;
  const stats = { pages: 0, bytes: 0 };
  const origins = new Set([options.origin, ...(options.allowOrigins ?? []).map((o) => new URL(o).origin)]);
  const allows = (url: string): boolean => origins.has(new URL(url).origin);

  async function once(url: string): Promise<Fetched> {
    if (stats.pages >= maxPages) throw new PullError(`page limit reached (${maxPages}); raise it with --max-pages`);
    stats.pages++;
    const res = await doFetch(url, { signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    if (res.url && !allows(res.url)) throw new PullError(`${url} redirects to another origin (${res.url}); not followed`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    stats.bytes += bytes.length;
    if (stats.bytes > maxBytes) throw new PullError(`byte limit reached (${maxBytes} bytes) at ${url}; raise it with --max-bytes`);
    options.onProgress?.({ pages: stats.pages, bytes: stats.bytes, url });
    return { url, status: res.status, contentType: res.headers.get('content-type') ?? '', bytes };
  }

  async function get(url: string): Promise<Fetched> {
    if (!allows(url)) throw new PullError(`refusing to fetch ${url}: not on ${options.origin}`);
    for (let attempt = 0; ; attempt++) {
      let result: Fetched | undefined;
      let failure: unknown;
      try {
        result = await once(url);
      } catch (e) {
        if (e instanceof PullError) throw e;
        failure = e;
      }
      const transient = result ? TRANSIENT_STATUSES.has(result.status) : true;
      if (!transient && result) return result;
      if (attempt >= retries) {
        if (result) return result;
        throw new PullError(`GET ${url} failed after ${retries + 1} attempt(s): ${failure instanceof Error ? failure.message : String(failure)}`);
      }
      await sleep(delay * 2 ** attempt);
    }
  }

  return { get, allows, stats };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** `href` targets of an HTML page, resolved against `base` (entities `&amp;` decoded). */
export function links(html: string, base: string): URL[] {
  const out: URL[] = [];
  for (const m of html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const raw = (m[1] ?? m[2] ?? '').replace(/&amp;/gi, '&').trim();
    if (!raw || raw.startsWith('#') || /^(javascript|mailto):/i.test(raw)) continue;
    try {
      out.push(new URL(raw, base));
    } catch {
      // not a URL: ignore
    }
  }
  return out;
}

/** The bytes as text, one char per byte (round-trips exactly through {@link latin1Bytes}). */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

export function latin1Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'latin1'));
}
