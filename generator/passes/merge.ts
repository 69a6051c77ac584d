import { Codes } from '../diagnostics.js';
import type { Diagnostic, Endpoint, Message, Operation, Service, SpecFormat, TypeDef } from '../ir/types.js';

/**
 * The merge pass: several single-source services (all spec files given for one service) become
 * one. The most precise source wins for types and bindings (a WSDL over a help page over an
 * article's samples); the others add descriptions, samples and the facts only they know.
 * Disagreements are warnings carrying both locations.
 */

const RANK: Record<SpecFormat, number> = { wsdl: 4, xsd: 4, 'asmx-help': 3, 'asmx-mono-help': 3, 'webapi-help': 3, 'soap-samples': 1 };

function rank(s: Service): number {
  return Math.max(0, ...s.sources.map((x) => RANK[x.format]));
}

export function mergeServices(parts: readonly Service[], name?: string): Service {
  if (parts.length === 0) throw new Error('internal error: nothing to merge');
  // Stable: higher rank first, then the order the user gave.
  const ordered = parts.map((p, i) => ({ p, i })).sort((a, b) => rank(b.p) - rank(a.p) || a.i - b.i).map((x) => x.p);
  const diagnostics: Diagnostic[] = parts.flatMap((p) => p.diagnostics);
  const operations = new Map<string, Operation>();
  const types = new Map<string, TypeDef>();
  const endpoints: Endpoint[] = [];
  for (const part of ordered) {
    for (const op of part.operations) {
      const prev = operations.get(op.name);
      operations.set(op.name, prev ? mergeOperation(prev, op, diagnostics) : op);
    }
    for (const t of part.types) if (!types.has(t.id)) types.set(t.id, t);
    for (const e of part.endpoints) if (!endpoints.some((x) => x.protocol === e.protocol && (x.host ?? '') === (e.host ?? '') && (x.path ?? '') === (e.path ?? '') && x.url === e.url)) endpoints.push(e);
  }
  // Operation order: the order in which the user's files first name them.
  const order = new Map<string, number>();
  parts.forEach((p) => p.operations.forEach((o) => order.has(o.name) || order.set(o.name, order.size)));
  return {
    kind: 'service',
    name: name ?? ordered.find((p) => p.name)?.name ?? 'Service',
    description: ordered.find((p) => p.description)?.description,
    namespace: ordered.find((p) => p.namespace)?.namespace,
    endpoints,
    operations: [...operations.values()].sort((a, b) => order.get(a.name)! - order.get(b.name)!),
    types: [...types.values()],
    sources: parts.flatMap((p) => p.sources),
    diagnostics,
  };
}

/** `winner` came from the more precise source; `other` adds what it lacks. */
function mergeOperation(winner: Operation, other: Operation, diagnostics: Diagnostic[]): Operation {
  const hasMessage = (o: Operation) => o.input.fields.length > 0 || o.output !== null && (o.output.fields.length > 0 || !!o.output.element);
  if (!hasMessage(winner) && hasMessage(other)) [winner, other] = [other, winner];
  else if (hasMessage(other)) compareMessages(winner, other, diagnostics);
  return {
    ...winner,
    description: winner.description ?? other.description,
    soapAction: winner.soapAction ?? other.soapAction,
    protocols: hasMessage(winner) ? winner.protocols : [...new Set([...winner.protocols, ...other.protocols])],
    input: withSamples(winner.input, other.input),
    output: winner.output && other.output ? withSamples(winner.output, other.output) : winner.output,
    rules: [...(winner.rules ?? []), ...(other.rules ?? [])],
  };
}

function withSamples(a: Message, b: Message): Message {
  const samples = [...(a.samples ?? []), ...(b.samples ?? []).filter((s) => !(a.samples ?? []).some((x) => x.protocol === s.protocol))];
  return samples.length ? { ...a, samples } : a;
}

function compareMessages(a: Operation, b: Operation, diagnostics: Diagnostic[]): void {
  const names = (m: Message | null) => (m ? m.fields.map((f) => f.name).join(', ') : '(none)');
  for (const [which, ma, mb] of [['request', a.input, b.input], ['response', a.output, b.output]] as const) {
    if (!ma || !mb || mb.fields.length === 0) continue;
    if (names(ma) !== names(mb)) {
      diagnostics.push({
        severity: 'warning',
        code: Codes.DISAGREEMENT,
        message: `the sources disagree on the ${which} of ${a.name}: [${names(ma)}] here, [${names(mb)}] in the other source; the first (more precise) source wins`,
        ...(ma.loc ? { loc: ma.loc } : {}),
        ...(mb.loc ? { related: mb.loc } : {}),
      });
    }
  }
}
