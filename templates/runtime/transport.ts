/**
 * Transport helpers shared by the SOAP and Web API clients: header merging, one abort signal for
 * the caller's signal plus the time limit, and reading a response under that signal. Plain
 * `fetch`, no Node-only API.
 */
import { SvcgenError } from './errors.js';

/** Merges header records; a later name replaces an earlier one whatever its case. */
export function mergeHeaders(...sets: (Record<string, string> | undefined)[]): Record<string, string> {
  const out: Record<string, string> = {};
  const names = new Map<string, string>();
  for (const set of sets) {
    if (!set) continue;
    for (const [k, v] of Object.entries(set)) {
      const prev = names.get(k.toLowerCase());
      if (prev !== undefined) delete out[prev];
      names.set(k.toLowerCase(), k);
      out[k] = v;
    }
  }
  return out;
}

/**
 * One signal that aborts when the caller's signal does or the time limit passes (by hand:
 * `AbortSignal.any` is missing on Node 18). `done` releases the timer and listener.
 */
export function combineSignals(outer: AbortSignal | undefined, timeoutMs: number | undefined): { signal: AbortSignal; done: () => void } {
  const ctrl = new AbortController();
  const onAbort = (): void => ctrl.abort(outer?.reason);
  if (outer) {
    if (outer.aborted) ctrl.abort(outer.reason);
    else outer.addEventListener('abort', onAbort, { once: true });
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (timeoutMs !== undefined && timeoutMs > 0 && !ctrl.signal.aborted) {
    timer = setTimeout(() => ctrl.abort(new DOMException(`The operation timed out after ${timeoutMs} ms.`, 'TimeoutError')), timeoutMs);
  }
  return {
    signal: ctrl.signal,
    done: () => {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Sends the request and reads the whole body (as `bytes` for a `multipart/related` body, `text`
 * otherwise). A failure of the connection (refused, reset, a
 * body cut off) is a `SvcgenError` with code `NETWORK`; a time-out or abort stays the signal's
 * abort error.
 */
export async function transfer(send: () => Promise<Response>, signal: AbortSignal, url: string): Promise<{ res: Response; text: string; bytes?: Uint8Array }> {
  try {
    const res = await abortable(send(), signal);
    // A MIME multipart body (MTOM) is read as bytes: its binary parts are not UTF-8 text.
    if (/^\s*multipart\/related\b/i.test(res.headers.get('content-type') ?? '')) return { res, text: '', bytes: new Uint8Array(await abortable(res.arrayBuffer(), signal)) };
    return { res, text: await abortable(res.text(), signal) };
  } catch (e) {
    if (signal.aborted || e instanceof SvcgenError) throw e;
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
    throw new SvcgenError('NETWORK', `request to ${url} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause: e });
  }
}

/** Settles with `p`, or rejects with the signal's reason as soon as it aborts. */
export function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
