import type { Endpoint, Fault, Field, HeaderPart, Message, SoapOperation, Protocol, Rule, Sample, SourceLoc } from '../../ir/types.js';
import { Codes, type Diagnostics } from '../../diagnostics.js';
import { joinPath } from '../../util/source.js';
import { buildFields, elementType, type BuildContext, type TypeTable } from './build.js';
import type { Found, OperationSamples } from './pairing.js';
import { describe, openSentence, requiredItems } from './prose.js';
import { applyProse } from './rules.js';
import { addInstance, shapeOf, type Shape } from './shapes.js';
import { sampleElement } from '../../util/sample-tree.js';
import type { XmlElement } from '../../util/tolerant-xml.js';

/**
 * One operation from its samples (SOAP document/literal wrapped, the ASMX/WCF convention): the
 * request body root names the operation and its children are the parameters; the response root
 * is `{Op}Response`; `Header` children are header blocks (SOAP 1.1 §4.2). With no SOAPAction in
 * the article, the ASMX convention `namespace + operation` is used (`soapActionDerived`).
 */

/** Shared state while operations are built: the type table, the diagnostics, locations. */
export interface OperationContext {
  readonly table: TypeTable;
  readonly diagnostics: Diagnostics;
  readonly loc: (viewOffset: number, path?: string) => SourceLoc;
}

/** An operation plus the endpoints its samples' HTTP heads name. */
export interface BuiltOperation {
  readonly operation: SoapOperation;
  /** Endpoints read from HTTP heads printed above the samples. */
  readonly endpoints: readonly Endpoint[];
}

const protocolOf = (f: Found): Protocol => f.env.region.version;

function mergeShapes(elements: readonly XmlElement[]): Shape[] {
  const byKey = new Map<string, Shape>();
  for (const el of elements) {
    const k = `{${el.ns}}${el.local}`;
    const s = byKey.get(k);
    if (s) addInstance(s, el);
    else byKey.set(k, shapeOf(el));
  }
  return [...byKey.values()];
}

function newContext(ctx: OperationContext): BuildContext {
  return { table: ctx.table, diagnostics: ctx.diagnostics, loc: ctx.loc, inferred: [], placeholders: [], typeIds: [] };
}

function headerParts(found: readonly Found[], b: BuildContext, path: string): HeaderPart[] {
  return mergeShapes(found.flatMap((f) => f.env.headers)).map((s) => {
    const p = joinPath(path, `header ${s.local}`);
    return { kind: 'header', name: s.local, namespace: s.ns, type: elementType(s, b, p), loc: b.loc(s.first.start, p) };
  });
}

function summarise(b: BuildContext, what: string, at: SourceLoc): void {
  const list = (xs: readonly string[]): string => (xs.length > 12 ? `${xs.slice(0, 12).join(', ')}, … (${xs.length - 12} more)` : xs.join(', '));
  if (b.inferred.length) {
    b.diagnostics.warn(Codes.INFERRED_TYPE, `${b.inferred.length} value type(s) of the ${what} are inferred from sample values, not declared: ${list(b.inferred)}`, at);
  }
  if (b.placeholders.length) {
    b.diagnostics.warn(Codes.UNKNOWN_TYPE_WORD, `${b.placeholders.length} value(s) of the ${what} are placeholders or masks, typed by guess: ${list(b.placeholders)}`, at);
  }
}

function samplesOf(found: readonly Found[], ctx: OperationContext): Sample[] {
  return found.map((f) => ({
    protocol: protocolOf(f),
    mediaType: f.env.region.version === 'soap12' ? 'application/soap+xml' : 'text/xml',
    text: f.env.text,
    ...(f.env.root ? { tree: { kind: 'xml' as const, root: sampleElement(f.env.root), complete: !f.env.region.truncated && !f.env.problems.length && !f.env.unclosed.length } } : {}),
    ...(f.prose.http ? { http: f.prose.http.text } : {}),
    loc: ctx.loc(f.env.region.start),
  }));
}

interface Side {
  readonly message: Message;
  readonly fields: Field[];
  readonly headers: HeaderPart[];
  readonly typeIds: string[];
  readonly build: BuildContext;
}

function side(found: readonly Found[], ctx: OperationContext, x: { op: string; dir: 'request' | 'response' }): Side | undefined {
  const roots = found.map((f) => f.env.body!);
  if (!roots.length) return undefined;
  const path = joinPath(`operation ${x.op}`, x.dir);
  const b = newContext(ctx);
  const headers = headerParts(found, b, path);
  const shape = shapeOf(roots[0]);
  for (const r of roots.slice(1)) addInstance(shape, r);
  const before = b.typeIds.length;
  const fields = buildFields(shape, b, path);
  const message: Message = { kind: 'message', element: shape.local, namespace: shape.ns, wrapped: true, fields, samples: samplesOf(found, ctx), loc: ctx.loc(shape.first.start, path) };
  return { message, fields, headers, typeIds: b.typeIds.slice(before), build: b };
}

function soapActionOf(found: readonly Found[]): string | undefined {
  for (const f of found) {
    const http = f.prose.http?.text ?? '';
    const m = /^SOAPAction:\s*"?([^"\r\n]*)"?\s*$/im.exec(http) ?? /action\s*=\s*"?([^";\r\n]*)"?/i.exec(http);
    if (m) return m[1].trim();
  }
  return undefined;
}

function endpointsOf(found: readonly Found[], ctx: OperationContext): Endpoint[] {
  const out: Endpoint[] = [];
  for (const f of found) {
    const http = f.prose.http;
    const line = http ? /^(?:POST|GET|PUT)\s+(\S+)\s+HTTP/m.exec(http.text) : null;
    const host = http ? /^Host:\s*(\S+)/im.exec(http.text) : null;
    if (!http || !line) continue;
    out.push({ protocol: protocolOf(f), ...(host ? { host: host[1] } : {}), path: line[1], loc: ctx.loc(http.offset) });
  }
  return out;
}

/** Builds one operation from its request and response samples. */
export function buildOperation(g: OperationSamples, ctx: OperationContext): BuiltOperation {
  const faults = g.responses.filter((f) => f.env.fault);
  const replies = g.responses.filter((f) => !f.env.fault);
  const first = g.requests[0] ?? g.responses[0];
  const namespace = (g.requests[0] ?? replies[0])?.env.body?.ns ?? '';
  const opLoc = ctx.loc(first.env.region.start, `operation ${g.name}`);
  const req = side(g.requests, ctx, { op: g.name, dir: 'request' });
  const rules = req ? requestProse(g.requests[0], req, ctx, g.name) : [];
  if (req) summarise(req.build, `request of ${g.name}`, req.message.loc!);
  const res = side(replies, ctx, { op: g.name, dir: 'response' });
  if (res) summarise(res.build, `response of ${g.name}`, res.message.loc!);
  const protocols = [...new Set([...g.requests, ...g.responses].map(protocolOf))];
  const input: Message = req?.message ?? { kind: 'message', element: g.name, namespace, wrapped: true, fields: [] };
  if (!req) ctx.diagnostics.warn(Codes.MISSING, `no request sample for ${g.name}: its parameters are unknown`, opLoc);
  const output = res ? withResultDescription(res, replies[0]) : missingResponse(g, namespace, ctx, opLoc);
  const explicit = soapActionOf(g.requests);
  const soapAction = explicit ?? (namespace.endsWith('/') ? namespace : `${namespace}/`) + g.name;
  if (explicit === undefined) {
    ctx.diagnostics.warn(Codes.CONVENTION, `the article gives no SOAPAction for ${g.name}; derived by the ASMX convention (namespace + operation name): ${soapAction}`, opLoc);
  }
  const description = g.requests[0] ? describe(g.requests[0].prose.blocks) : undefined;
  const operation: SoapOperation = {
    kind: 'operation',
    binding: 'soap',
    name: g.name,
    ...(description ? { description } : {}),
    style: encoded(first) ? 'rpc' : 'document',
    use: encoded(first) ? 'encoded' : 'literal',
    soapAction,
    ...(explicit === undefined ? { soapActionDerived: true } : {}),
    protocols,
    input,
    output,
    returns: output.fields.length === 0 ? 'void' : output.fields.length === 1 ? 'result' : 'object',
    headersIn: req?.headers ?? [],
    headersOut: res?.headers ?? [],
    faults: faultsOf(faults, ctx, g.name),
    ...(rules.length ? { rules } : {}),
    loc: opLoc,
  };
  return { operation, endpoints: endpointsOf(g.requests, ctx) };
}

function requestProse(f: Found, req: Side, ctx: OperationContext, op: string): Rule[] {
  const m = req.message;
  return applyProse({
    table: ctx.table,
    diagnostics: ctx.diagnostics,
    message: { element: m.element!, namespace: m.namespace ?? '', fields: req.fields },
    typeIds: req.typeIds,
    items: requiredItems(f.prose.blocks),
    open: openSentence(f.prose.blocks),
    loc: (o, p) => ctx.loc(o, p),
    path: joinPath(`operation ${op}`, 'request'),
  });
}

function withResultDescription(res: Side, f: Found): Message {
  const text = describe(f.prose.blocks);
  if (text && res.fields.length === 1) res.fields[0] = { ...res.fields[0], description: text };
  return res.message;
}

function missingResponse(g: OperationSamples, namespace: string, ctx: OperationContext, at: SourceLoc): Message {
  ctx.diagnostics.warn(Codes.MISSING, `no response sample for ${g.name}: its result is unknown and read as empty`, at);
  return { kind: 'message', element: `${g.name}Response`, namespace, wrapped: true, fields: [] };
}

function encoded(f: Found): boolean {
  const has = (el: XmlElement | undefined): boolean => !!el?.attrs.some((a) => a.local === 'encodingStyle');
  return has(f.env.root) || has(f.env.body);
}

function faultsOf(found: readonly Found[], ctx: OperationContext, op: string): Fault[] {
  if (!found.length) return [];
  const f = found[0];
  return [{ kind: 'fault', name: 'Fault', element: 'Fault', namespace: f.env.body!.ns, loc: ctx.loc(f.env.body!.start, `operation ${op} › fault`) }];
}
