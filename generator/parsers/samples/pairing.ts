import { Codes, type Diagnostics } from '../../diagnostics.js';
import type { SourceLoc } from '../../ir/types.js';
import type { SampleEnvelope } from './envelopes.js';
import { roleOf, type Prose } from './prose.js';

/**
 * Pairing sample envelopes into operations. A sample is a response when its body root is
 * `{Op}Response` for a request still waiting for its response (ASMX/WCF wrapped convention), when
 * it is a SOAP Fault, or when the prose right above it says "Response"; it is paired with the
 * nearest earlier request. Everything else is a request (its body root names the operation).
 */

/** One sample with the prose printed above it. */
export interface Found {
  readonly env: SampleEnvelope;
  readonly prose: Prose;
}

/** A request sample with the responses printed after it (or a response without a request). */
export interface Pair {
  readonly request?: Found;
  readonly responses: Found[];
}

/** Samples grouped per operation, in order of first appearance. */
export interface OperationSamples {
  readonly name: string;
  readonly requests: readonly Found[];
  readonly responses: readonly Found[];
}

const RESPONSE = /^(.+)Response$/;

/** Pairs requests with responses; envelopes without a body element are skipped with a warning. */
export function pairSamples(found: readonly Found[], diagnostics: Diagnostics, locOf: (viewOffset: number) => SourceLoc): Pair[] {
  const pairs: Pair[] = [];
  for (const f of found) {
    const body = f.env.body;
    if (!body) {
      const why = f.env.region.truncated || f.env.unclosed.length ? 'is cut short before its body' : 'has no body element';
      diagnostics.warn(f.env.region.truncated ? Codes.TRUNCATED : Codes.MISSING, `a sample envelope ${why}; skipped`, locOf(f.env.region.start));
      continue;
    }
    const role = roleOf(f.prose.blocks);
    const waiting = [...pairs].reverse().filter((p) => p.request && p.responses.length === 0);
    const named = waiting.find((p) => p.request!.env.body!.local + 'Response' === body.local);
    const nearest = waiting[0];
    if (named && role !== 'request') named.responses.push(f);
    else if (nearest && role === 'response') nearest.responses.push(f);
    else if (f.env.fault && lastRequest(pairs)) lastRequest(pairs)!.responses.push(f);
    else if (RESPONSE.test(body.local) && role !== 'request') pairs.push({ responses: [f] });
    else if (f.env.fault) diagnostics.warn(Codes.MISSING, 'a SOAP Fault sample follows no request; skipped', locOf(f.env.region.start));
    else pairs.push({ request: f, responses: [] });
  }
  return pairs;
}

/** The latest pair with a request (a fault sample answers the request printed last). */
function lastRequest(pairs: readonly Pair[]): Pair | undefined {
  return [...pairs].reverse().find((p) => p.request);
}

function nameOf(p: Pair): string {
  if (p.request) return p.request.env.body!.local;
  const local = p.responses[0].env.body!.local;
  return RESPONSE.exec(local)?.[1] ?? local;
}

/** Groups pairs by operation name (several samples of one operation merge). */
export function groupOperations(pairs: readonly Pair[]): OperationSamples[] {
  const byName = new Map<string, { requests: Found[]; responses: Found[] }>();
  for (const p of pairs) {
    const name = nameOf(p);
    const g = byName.get(name) ?? { requests: [], responses: [] };
    byName.set(name, g);
    if (p.request) g.requests.push(p.request);
    g.responses.push(...p.responses);
  }
  return [...byName.entries()].map(([name, g]) => ({ name, ...g }));
}
