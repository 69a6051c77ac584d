import { Codes } from '../diagnostics.js';
import type { Diagnostic, Endpoint, Message, Operation, RestOperation, Service, SoapOperation, SpecFormat, TypeDef } from '../ir/types.js';
import { disambiguateRestNames, notDescribedHere } from '../util/rest-naming.js';
import { mergeSampleObjects } from './merge-samples.js';

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

export function mergeServices(given: readonly Service[], name?: string): Service {
  if (given.length === 0) throw new Error('internal error: nothing to merge');
  const parts = given.length > 1 ? renameRestOperations(given) : given;
  // Stable: higher rank first, then the order the user gave.
  const ordered = parts.map((p, i) => ({ p, i })).sort((a, b) => rank(b.p) - rank(a.p) || a.i - b.i).map((x) => x.p);
  const diagnostics: Diagnostic[] = parts.flatMap((p) => p.diagnostics);
  if (parts.every((p) => p.sources.every((s) => s.format === 'webapi-help')) && parts.every((p) => p.operations.length === 0)) {
    const file = parts[0].sources[0]?.file;
    diagnostics.push({
      severity: 'warning',
      code: Codes.MISSING,
      message: 'the spec describes models only (no endpoint): the package has types and descriptors and a client without methods',
      ...(file ? { loc: { file, line: 1, column: 1 } } : {}),
    });
  }
  const operations = new Map<string, Operation>();
  const types = new Map<string, TypeDef>();
  const endpoints: Endpoint[] = [];
  for (const part of ordered) {
    for (const op of part.operations) {
      const prev = operations.get(op.name);
      operations.set(op.name, prev ? mergeOperation(prev, op, diagnostics) : op);
    }
    for (const t of part.types) {
      const prev = types.get(t.id);
      // A model declared on one page beats the same model inferred from samples on another.
      if (!prev) types.set(t.id, t);
      else if (isGuess(prev) && !isGuess(t)) types.set(t.id, withWireForm(t, prev));
      else if (isGuess(t) && !isGuess(prev)) types.set(t.id, withWireForm(prev, t));
    }
    for (const e of part.endpoints) if (!endpoints.some((x) => x.protocol === e.protocol && (x.host ?? '') === (e.host ?? '') && (x.path ?? '') === (e.path ?? '') && x.url === e.url)) endpoints.push(e);
  }
  // Operation order: the order in which the user's files first name them.
  const order = new Map<string, number>();
  parts.forEach((p) => p.operations.forEach((o) => order.has(o.name) || order.set(o.name, order.size)));
  return mergeSampleObjects({
    kind: 'service',
    name: name ?? ordered.find((p) => p.name)?.name ?? 'Service',
    description: ordered.find((p) => p.description)?.description,
    namespace: ordered.find((p) => p.namespace)?.namespace,
    endpoints,
    operations: [...operations.values()].sort((a, b) => order.get(a.name)! - order.get(b.name)!),
    types: [...types.values()],
    sources: parts.flatMap((p) => p.sources),
    diagnostics: dropSupersededGuesses(diagnostics, types, parts),
    ...(ordered.some((p) => p.policy) ? { policy: ordered.find((p) => p.policy)!.policy } : {}),
  }, parts);
}

/**
 * A declared Web API enum keeps the wire form the samples show (names or numbers): the page that
 * declares it documents the values, the samples of another page show how they travel.
 */
function withWireForm(declared: TypeDef, guess: TypeDef): TypeDef {
  if (declared.kind !== 'enum' || guess.kind !== 'enum' || declared.jsonAs !== undefined || guess.jsonAs === undefined) return declared;
  return { ...declared, jsonAs: guess.jsonAs };
}

/**
 * Warnings that a Web API page typed a model from its samples (or could not type it), dropped when
 * another page declares that model.
 */
function dropSupersededGuesses(diagnostics: Diagnostic[], types: ReadonlyMap<string, TypeDef>, parts: readonly Service[]): Diagnostic[] {
  const declared = new Set([...types.values()].filter((t) => !isGuess(t)).map((t) => t.id));
  const guessed = new Set(parts.flatMap((p) => p.types.filter((t) => isGuess(t) && declared.has(t.id)).map((t) => t.id)));
  if (guessed.size === 0) return diagnostics;
  return diagnostics.filter((d) => {
    if (d.code !== Codes.INFERRED_TYPE && d.code !== Codes.MISSING) return true;
    return ![...guessed].some((id) => d.message.startsWith(notDescribedHere(id)) && /not described on this page/.test(d.message));
  });
}

function isGuess(t: TypeDef): boolean {
  return t.kind !== 'alias' && (t.provenance === 'inferred-from-sample' || t.provenance === 'guessed');
}

/**
 * Web API operation names are derived from routes (parsers/webapi/naming.ts); across pages the
 * same rule is applied to the whole set of routes so that two pages' routes never share a name
 * (`GetUsers` / `DeleteUsers`) and one route keeps one name on every page. Names not derived from
 * the route are kept.
 */
function renameRestOperations(parts: readonly Service[]): Service[] {
  const key = (o: RestOperation) => `${o.rest.method.toUpperCase()} ${o.rest.path}`;
  const routes = new Map<string, { method: string; path: string }>();
  for (const p of parts) for (const o of p.operations) if (o.binding === 'rest' && !routes.has(key(o))) routes.set(key(o), { method: o.rest.method, path: o.rest.path });
  if (routes.size === 0) return [...parts];
  const names = disambiguateRestNames([...routes.values()]);
  const byRoute = new Map([...routes.keys()].map((k, i) => [k, names[i]] as const));
  return parts.map((p) => ({
    ...p,
    operations: p.operations.map((o) => {
      if (o.binding !== 'rest') return o;
      const name = byRoute.get(key(o))!;
      return name !== o.name ? { ...o, name, ...(o.loc ? { loc: { ...o.loc, path: `operation ${name}` } } : {}) } : o;
    }),
  }));
}

/** How much a Web API operation says (an index page lists the route only). */
function restDetail(o: RestOperation): number {
  return (o.rest.body ? 2 : 0) + (o.rest.response ? 2 : 0) + (o.input.samples?.length ?? 0) + (o.output?.samples?.length ?? 0) + (o.rest.statuses?.length ? 1 : 0);
}

/**
 * `winner` came from the more precise source; `other` adds what it lacks. Two Web API pages of
 * one route: the more detailed wins. A SOAP and a Web API operation of one name: the more
 * precise source's is kept.
 */
function mergeOperation(winner: Operation, other: Operation, diagnostics: Diagnostic[]): Operation {
  if (winner.binding === 'rest' && other.binding === 'rest') {
    const [w, o] = restDetail(other) > restDetail(winner) ? [other, winner] : [winner, other];
    return { ...w, description: w.description ?? o.description };
  }
  if (winner.binding === 'soap' && other.binding === 'soap') return mergeSoapOperation(winner, other, diagnostics);
  return { ...winner, description: winner.description ?? other.description };
}

function mergeSoapOperation(winner: SoapOperation, other: SoapOperation, diagnostics: Diagnostic[]): SoapOperation {
  const hasMessage = (o: SoapOperation) => o.input.fields.length > 0 || o.output !== null && (o.output.fields.length > 0 || !!o.output.element);
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

function compareMessages(a: SoapOperation, b: SoapOperation, diagnostics: Diagnostic[]): void {
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
