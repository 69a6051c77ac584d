/**
 * The limits every call runs under, so that no answer can hang the client, exhaust its memory or
 * its stack: `timeoutMs` (the whole call: connecting, sending, waiting and reading the body; `0`
 * turns it off), `maxResponseBytes` (the body's size, counted while it streams in, before it
 * becomes a string; `Infinity` turns it off) and `maxDepth` (how deep XML elements or JSON arrays
 * and objects may nest). Each can be set per client and per call; a call's value wins.
 */

import { LimitError, SvcgenError } from './errors.js';

/** The limits of a call. */
export interface Limits {
  /** Time limit of the whole call in milliseconds; `0` turns it off. */
  readonly timeoutMs: number;
  /** Largest response body, in bytes (checked against `Content-Length` and while reading). */
  readonly maxResponseBytes: number;
  /** Deepest nesting of XML elements (the root counts 1) or of JSON arrays and objects. */
  readonly maxDepth: number;
}

/**
 * The defaults: 100 s, the time-out of .NET's own clients (`HttpClient`, the ASMX proxies'
 * `SoapHttpClientProtocol`); 64 MiB, well above real answers yet far from the heap a reader needs
 * for it (a few times the body); 256 levels, above any real document (the deepest ones nest a few
 * dozen levels) and far below the nesting at which a JavaScript stack overflows.
 */
export const DEFAULT_LIMITS: Limits = Object.freeze({ timeoutMs: 100_000, maxResponseBytes: 64 * 1024 * 1024, maxDepth: 256 });

/** The limits of a call: the call's options, else the client's, else the defaults. */
export function resolveLimits(client: Partial<Limits>, call: Partial<Limits>): Limits {
  return {
    timeoutMs: pick('timeoutMs', call.timeoutMs ?? client.timeoutMs ?? DEFAULT_LIMITS.timeoutMs, true),
    maxResponseBytes: pick('maxResponseBytes', call.maxResponseBytes ?? client.maxResponseBytes ?? DEFAULT_LIMITS.maxResponseBytes, false),
    maxDepth: pick('maxDepth', call.maxDepth ?? client.maxDepth ?? DEFAULT_LIMITS.maxDepth, false),
  };
}

function pick(name: keyof Limits, v: unknown, zeroOk: boolean): number {
  if (typeof v !== 'number' || Number.isNaN(v) || v < 0 || (v === 0 && !zeroOk) || (v !== Infinity && !Number.isInteger(v))) {
    throw new SvcgenError('CONFIG', `${name} must be ${zeroOk ? 'a whole number of milliseconds (0: no limit)' : 'a positive whole number (or Infinity)'}, got ${String(v)}`);
  }
  return v;
}

/**
 * `e`, or for a stack overflow (possible only with `maxDepth` raised far above its default) a
 * `LimitError` naming `maxDepth`, so that no answer ever surfaces as a bare `RangeError`.
 */
export function stackSafe(e: unknown, maxDepth: number): unknown {
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new LimitError(`the answer nests too deeply to be read (maxDepth ${maxDepth} is above what the stack allows)`, '', 'maxDepth', maxDepth);
  }
  return e;
}
