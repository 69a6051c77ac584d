/**
 * Compares two versions of a service's IR and classifies each change by what it does to callers
 * of the generated client: `breaking` (an operation removed, a field removed or renamed, a request
 * field that became required, a result field that became optional, a type narrowed, an enum
 * value removed), `addition` (a new operation, a new optional request field, a new result field,
 * a new enum value) and `change` (descriptions, endpoints, SOAP actions, anything else in the IR).
 * Types are compared by walking both services in parallel from the operations, so a type that
 * only changed its id is not reported as removed and re-added.
 */
import { fieldArrayItem, fieldNamespace } from './fields.js';
import type { EnumType, Field, Message, Operation, Service, SourceLoc, TypeDef, TypeRef } from './types.js';

export type ChangeKind = 'breaking' | 'addition' | 'change';

export interface Change {
  readonly kind: ChangeKind;
  /** Where in the service, e.g. `operation Divide › request › a`. */
  readonly path: string;
  readonly message: string;
  /** The new location (or the old one for removals). */
  readonly loc?: SourceLoc;
}

/** Data flows into the service (request) or out of it (response), or both for shared types. */
type Dir = 'in' | 'out';

export function diffServices(oldS: Service, newS: Service): Change[] {
  const out: Change[] = [];
  const ctx = { oldS, newS, out, seen: new Set<string>() };
  const oldOps = new Map(oldS.operations.map((o) => [o.name, o]));
  const newOps = new Map(newS.operations.map((o) => [o.name, o]));
  for (const [name, o] of oldOps) if (!newOps.has(name)) out.push({ kind: 'breaking', path: `operation ${name}`, message: 'operation removed', loc: o.loc });
  for (const [name, n] of newOps) {
    const o = oldOps.get(name);
    if (!o) out.push({ kind: 'addition', path: `operation ${name}`, message: 'new operation', loc: n.loc });
    else compareOperation(ctx, o, n);
  }
  if (oldS.description !== newS.description) out.push({ kind: 'change', path: 'service', message: 'description changed' });
  if (JSON.stringify(stripLocs(oldS.endpoints)) !== JSON.stringify(stripLocs(newS.endpoints))) out.push({ kind: 'change', path: 'service', message: 'endpoints changed' });
  const deduped = dedupe(out);
  out.length = 0;
  out.push(...deduped);
  if (!out.length && JSON.stringify(comparable(oldS)) !== JSON.stringify(comparable(newS))) {
    out.push({ kind: 'change', path: 'service', message: 'other details of the service description changed (samples, notes or wire details)' });
  }
  return out;
}

/**
 * A type used by requests and responses is walked once per direction: drop repeated entries, and
 * the addition reported for one direction when the other found the same spot breaking.
 */
function dedupe(changes: readonly Change[]): Change[] {
  const breakingAt = new Set(changes.filter((c) => c.kind === 'breaking').map((c) => c.path));
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.path}\u0000${c.message}`;
    if (seen.has(key) || (c.kind === 'addition' && breakingAt.has(c.path))) return false;
    seen.add(key);
    return true;
  });
}

interface Ctx {
  readonly oldS: Service;
  readonly newS: Service;
  readonly out: Change[];
  readonly seen: Set<string>;
}

function compareOperation(ctx: Ctx, o: Operation, n: Operation): void {
  const p = `operation ${n.name}`;
  if (o.description !== n.description) ctx.out.push({ kind: 'change', path: p, message: 'description changed', loc: n.loc });
  for (const proto of o.protocols) if (!n.protocols.includes(proto)) ctx.out.push({ kind: 'breaking', path: p, message: `protocol ${proto} no longer served`, loc: n.loc });
  for (const proto of n.protocols) if (!o.protocols.includes(proto)) ctx.out.push({ kind: 'addition', path: p, message: `now also served over ${proto}`, loc: n.loc });
  compareMessage(ctx, o.input, n.input, 'in', `${p} › request`);
  if (o.output && n.output) compareMessage(ctx, o.output, n.output, 'out', `${p} › response`);
  else if (o.output !== n.output) ctx.out.push({ kind: 'breaking', path: p, message: n.output ? 'became a request-response operation' : 'became one-way (no response)', loc: n.loc });
  if (o.binding !== n.binding) {
    ctx.out.push({ kind: 'breaking', path: p, message: `now a ${BINDING[n.binding]} operation (was ${BINDING[o.binding]})`, loc: n.loc });
  } else if (o.binding === 'soap' && n.binding === 'soap') {
    if (o.soapAction !== n.soapAction) ctx.out.push({ kind: 'change', path: p, message: `SOAPAction changed from ${JSON.stringify(o.soapAction)} to ${JSON.stringify(n.soapAction)}`, loc: n.loc });
    if (o.returns !== n.returns) ctx.out.push({ kind: 'breaking', path: p, message: `the method now resolves to ${n.returns} (was ${o.returns})`, loc: n.loc });
  }
}

const BINDING: Readonly<Record<Operation['binding'], string>> = { soap: 'SOAP', rest: 'Web API' };

function compareMessage(ctx: Ctx, o: Message, n: Message, dir: Dir, path: string): void {
  if (o.element !== n.element || o.namespace !== n.namespace) {
    ctx.out.push({ kind: 'breaking', path, message: `body element changed from ${o.element ?? '(none)'} to ${n.element ?? '(none)'}`, loc: n.loc });
  }
  compareFields(ctx, o.fields, n.fields, dir, path, n.loc);
}

function compareFields(ctx: Ctx, oldF: readonly Field[], newF: readonly Field[], dir: Dir, path: string, ownerLoc?: SourceLoc): void {
  const olds = new Map(oldF.map((f) => [f.name, f]));
  const news = new Map(newF.map((f) => [f.name, f]));
  const removed = oldF.filter((f) => !news.has(f.name));
  const added = newF.filter((f) => !olds.has(f.name));
  for (const r of removed) {
    // A field replaced at the same position by one of the same type reads as a rename.
    const i = oldF.indexOf(r);
    const twin = added.find((a) => newF.indexOf(a) === i && sameRef(ctx, r.type, a.type) && r.array === a.array);
    if (twin) {
      added.splice(added.indexOf(twin), 1);
      ctx.out.push({ kind: 'breaking', path: `${path} › ${r.name}`, message: `field renamed to ${twin.name}`, loc: twin.loc ?? ownerLoc });
    } else ctx.out.push({ kind: 'breaking', path: `${path} › ${r.name}`, message: 'field removed', loc: r.loc ?? ownerLoc });
  }
  for (const a of added) {
    const breaking = dir === 'in' && !a.optional;
    ctx.out.push({ kind: breaking ? 'breaking' : 'addition', path: `${path} › ${a.name}`, message: breaking ? 'new required field' : `new ${a.optional ? 'optional ' : ''}field`, loc: a.loc ?? ownerLoc });
  }
  for (const n of newF) {
    const o = olds.get(n.name);
    if (o) compareField(ctx, o, n, dir, `${path} › ${n.name}`);
  }
}

function compareField(ctx: Ctx, o: Field, n: Field, dir: Dir, path: string): void {
  const push = (kind: ChangeKind, message: string) => ctx.out.push({ kind, path, message, loc: n.loc });
  if (o.optional && !n.optional) push(dir === 'in' ? 'breaking' : 'change', 'field became required');
  if (!o.optional && n.optional) push(dir === 'out' ? 'breaking' : 'change', 'field became optional');
  if (o.array !== n.array) push('breaking', n.array ? 'field became a list' : 'field is no longer a list');
  if (o.nillable !== n.nillable) push(dir === 'out' && n.nillable ? 'breaking' : 'change', n.nillable ? 'field became nillable' : 'field is no longer nillable');
  const oItemNil = fieldArrayItem(o)?.nillable === true;
  const nItemNil = fieldArrayItem(n)?.nillable === true;
  if (oItemNil !== nItemNil) push(dir === 'out' && nItemNil ? 'breaking' : 'change', nItemNil ? 'list items became nillable' : 'list items are no longer nillable');
  if ((fieldNamespace(o) ?? '') !== (fieldNamespace(n) ?? '') || o.fieldKind !== n.fieldKind) push('change', 'wire namespace or node kind changed');
  if (o.description !== n.description) push('change', 'description changed');
  if (JSON.stringify(o.facets ?? {}) !== JSON.stringify(n.facets ?? {})) push(dir === 'in' && narrowerFacets(o, n) ? 'breaking' : 'change', `constraints changed from ${JSON.stringify(o.facets ?? {})} to ${JSON.stringify(n.facets ?? {})}`);
  compareRef(ctx, o.type, n.type, dir, path, n.loc);
}

/** Primitive widenings: a value of the key type is always a valid value of each listed type. */
const WIDER: Readonly<Record<string, readonly string[]>> = {
  byte: ['short', 'int', 'long', 'integer', 'decimal', 'float', 'double'],
  unsignedByte: ['short', 'unsignedShort', 'int', 'unsignedInt', 'long', 'unsignedLong', 'integer', 'decimal', 'float', 'double'],
  short: ['int', 'long', 'integer', 'decimal', 'float', 'double'],
  unsignedShort: ['int', 'unsignedInt', 'long', 'unsignedLong', 'integer', 'decimal', 'double'],
  int: ['long', 'integer', 'decimal', 'double'],
  unsignedInt: ['long', 'unsignedLong', 'integer', 'decimal', 'double'],
  long: ['integer', 'decimal'],
  unsignedLong: ['integer', 'decimal'],
  integer: ['decimal'],
  float: ['double'],
  date: ['dateTime'],
  guid: ['string'],
  char: ['string'],
  anyURI: ['string'],
};

function refName(s: Service, t: TypeRef): string {
  if (t.kind === 'primitive') return t.name;
  if (t.kind === 'ref') return s.types.find((d) => d.id === t.id)?.name ?? t.id;
  return t.kind;
}

function compareRef(ctx: Ctx, o: TypeRef, n: TypeRef, dir: Dir, path: string, loc?: SourceLoc): void {
  const od = o.kind === 'ref' ? ctx.oldS.types.find((d) => d.id === o.id) : undefined;
  const nd = n.kind === 'ref' ? ctx.newS.types.find((d) => d.id === n.id) : undefined;
  if (od && nd && od.kind === nd.kind) return compareTypeDefs(ctx, od, nd, dir, path);
  const on = scalarOf(ctx.oldS, o);
  const nn = scalarOf(ctx.newS, n);
  if (on === nn && o.kind === n.kind) return;
  const widened = on !== undefined && nn !== undefined && (WIDER[on]?.includes(nn) || (on !== 'string' && nn === 'string' && dir === 'in'));
  const enumToString = od?.kind === 'enum' && nn === 'string';
  const kind: ChangeKind = dir === 'in' && (widened || enumToString) ? 'change' : 'breaking';
  const was = refName(ctx.oldS, o);
  const now = refName(ctx.newS, n);
  if (was === now && o.kind === n.kind) return;
  ctx.out.push({ kind, path, message: `type changed from ${was} to ${now}${kind === 'breaking' && dir === 'in' ? ' (narrowed)' : ''}`, loc });
}

function scalarOf(s: Service, t: TypeRef): string | undefined {
  if (t.kind === 'primitive') return t.name;
  if (t.kind !== 'ref') return undefined;
  const d = s.types.find((x) => x.id === t.id);
  return d?.kind === 'alias' ? scalarOf(s, d.target) : undefined;
}

function compareTypeDefs(ctx: Ctx, o: TypeDef, n: TypeDef, dir: Dir, path: string): void {
  const key = `${o.id}\u0000${n.id}\u0000${dir}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const where = `type ${n.name}`;
  if (o.description !== n.description) ctx.out.push({ kind: 'change', path: where, message: 'description changed', loc: n.loc });
  if (o.kind === 'enum' && n.kind === 'enum') return compareEnums(ctx, o, n, where);
  if (o.kind === 'alias' && n.kind === 'alias') {
    compareRef(ctx, o.target, n.target, dir, where, n.loc);
    if (JSON.stringify(o.facets ?? {}) !== JSON.stringify(n.facets ?? {})) {
      const narrower = dir === 'in' && narrowerFacets({ facets: o.facets }, { facets: n.facets });
      ctx.out.push({ kind: narrower ? 'breaking' : 'change', path: where, message: `constraints changed${narrower ? ' (narrowed)' : ''}`, loc: n.loc });
    }
    return;
  }
  if (o.kind === 'complex' && n.kind === 'complex') {
    compareFields(ctx, allFields(ctx.oldS, o), allFields(ctx.newS, n), dir, where, n.loc);
  }
}

function compareEnums(ctx: Ctx, o: EnumType, n: EnumType, where: string): void {
  const now = new Set(n.values.map((v) => v.name));
  const was = new Set(o.values.map((v) => v.name));
  for (const v of o.values) if (!now.has(v.name)) ctx.out.push({ kind: 'breaking', path: `${where} › ${v.name}`, message: 'enumeration value removed', loc: n.loc });
  for (const v of n.values) if (!was.has(v.name)) ctx.out.push({ kind: 'addition', path: `${where} › ${v.name}`, message: 'new enumeration value', loc: n.loc });
}

/** Fields of a complex type including those of its bases (base fields first, as on the wire). */
function allFields(s: Service, t: TypeDef, depth = 0): Field[] {
  if (t.kind !== 'complex') return [];
  const base = t.base && depth < 32 ? s.types.find((d) => d.id === t.base) : undefined;
  return [...(base ? allFields(s, base, depth + 1) : []), ...t.fields];
}

function sameRef(ctx: Ctx, o: TypeRef, n: TypeRef): boolean {
  return refName(ctx.oldS, o) === refName(ctx.newS, n);
}

/** True when the new facets accept fewer values than the old ones. */
function narrowerFacets(o: Pick<Field, 'facets'>, n: Pick<Field, 'facets'>): boolean {
  const a = o.facets ?? {};
  const b = n.facets ?? {};
  const less = (x?: number, y?: number) => y !== undefined && (x === undefined || y < x);
  const more = (x?: number, y?: number) => y !== undefined && (x === undefined || y > x);
  return less(a.maxLength, b.maxLength) || more(a.minLength, b.minLength) || (b.pattern !== undefined && b.pattern !== a.pattern) || less(a.totalDigits, b.totalDigits) || less(a.fractionDigits, b.fractionDigits) ||
    (b.minInclusive !== undefined && b.minInclusive !== a.minInclusive) || (b.maxInclusive !== undefined && b.maxInclusive !== a.maxInclusive);
}

/** The IR without source locations, diagnostics, source file names and parsed sample trees: what versions compare. */
export function comparable(s: Service): unknown {
  const { diagnostics: _d, sources: _s, ...rest } = s;
  return stripLocs(rest);
}

/** Without locations and sample trees, and with object keys sorted: the order members were written in does not count. */
function stripLocs(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripLocs);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (k !== 'loc' && k !== 'related' && !(k === 'tree' && 'mediaType' in v)) out[k] = stripLocs((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
