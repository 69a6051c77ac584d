import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitPackage } from '../../generator/emit/index.js';
import { loadService, resolveService } from '../../generator/pipeline.js';
import { NODE_SOAP_SAMPLES } from '../helpers/data.js';
import { canon, diffCanon, findElement, type CanonElement } from '../helpers/xml-canon.js';
import { soapOp, soapOps } from '../helpers/ir.js';

/**
 * Harness of node-soap's golden request/response pairs (test/data/node-soap-samples/,
 * see its README): a client generated from each case's `soap.wsdl` is called with the case's
 * `request.json` (translated from node-soap's JSON conventions) through a fake `fetch` that
 * captures the request and answers `response.xml`; the request body is compared with
 * `request.xml` canonically (namespace-aware, prefixes free), the result with `response.json`.
 *
 * Deliberate, stated differences (svcgen is exact where node-soap is lossy) are accepted and
 * counted per case: decimals/longs as strings (node-soap: numbers), dates as the wire text
 * (node-soap: `Date`), bytes as `Uint8Array` (node-soap: the base64 text).
 */

export const SAMPLES = NODE_SOAP_SAMPLES;
const EXPECTED = fileURLToPath(new URL('./node-soap-expected.tsv', import.meta.url));

export function cases(): string[] {
  return readdirSync(SAMPLES)
    .filter((d) => existsSync(path.join(SAMPLES, d, 'soap.wsdl')))
    .sort();
}

/** The checked-in list: case → reason why it differs from node-soap. */
export function expectedDifferences(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(EXPECTED, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('case\t')) continue;
    const [c, reason] = line.split('\t');
    map.set(c, reason ?? '');
  }
  return map;
}

export interface CaseResult {
  readonly name: string;
  /** Empty when the case passes. */
  readonly problems: string[];
  /** Stated, deliberate differences seen (lossy node-soap conversions). */
  readonly stated: Set<string>;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * node-soap request JSON → svcgen input: `attributes` (or `$attributes`, node-soap's
 * `attributesKey` option) merged into the object, `$value` kept, the rest as is.
 */
export function fromNodeSoap(v: Json): unknown {
  if (Array.isArray(v)) return v.map(fromNodeSoap);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if ((k === 'attributes' || k === '$attributes') && x && typeof x === 'object' && !Array.isArray(x)) {
      for (const [ak, av] of Object.entries(x)) {
        // node-soap's `xsi_type: { type, xmlns }` names a derived type; kept for shapeInput to resolve.
        if (ak === 'xsi_type' && av && typeof av === 'object' && !Array.isArray(av)) out.$xsiType = { name: av.type, ns: av.xmlns };
        // A read `xsi:type` (under whatever prefix the response used), as node-soap reports it.
        else if (/^[\w.-]+:type$/.test(ak) && ak !== 'xsi:type' ? /instance/i.test(ak) : ak === 'xsi:type') out.$xsiType = { name: String(av).replace(/^.*:/, '') };
        else if (ak !== 'xsi:type' && ak !== 'xsi:nil' && ak !== 'xmlns') out[ak.replace(/^.*:/, '')] = av;
      }
    } else if (k === '$xml' || k === '$type') continue;
    // node-soap accepts a namespace prefix in a key (`tns:Request`); svcgen's keys are local names.
    else out[k.replace(/^[A-Za-z_][\w.-]*:(?=[A-Za-z_])/, '')] = fromNodeSoap(x);
  }
  return out;
}

interface FieldLike {
  readonly key: string;
  readonly array?: boolean;
  readonly type: unknown;
  /** svcgen's wrapper-array convention: the field's element wraps repeated `item.name` elements. */
  readonly item?: { readonly name: string };
}

interface DescLike {
  readonly kind?: string;
  readonly name?: string;
  readonly namespace?: string;
  readonly tag?: string;
  readonly fields?: readonly FieldLike[];
  readonly subtypes?: readonly DescLike[];
}

/**
 * Shapes a translated input by the request descriptor: node-soap accepts one object where the
 * schema repeats an element, svcgen's input type takes an array there.
 */
export function shapeInput(v: unknown, desc: unknown, depth = 0): unknown {
  if (depth > 30 || !v || typeof v !== 'object' || Array.isArray(v)) return v;
  let d = desc as DescLike;
  if (d?.kind !== 'complex' || !d.fields) return v;
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  // A derived type named by node-soap's xsi_type becomes svcgen's `$type` (the subtype's tag).
  const xsiType = out.$xsiType as { name?: unknown; ns?: unknown } | undefined;
  delete out.$xsiType;
  const named = (s: DescLike): boolean => !!xsiType && s.name === xsiType.name && (s.namespace ?? '') === (xsiType.ns ?? '');
  const sub = d.tag !== undefined && named(d) ? d : d.subtypes?.find(named);
  if (sub?.fields) {
    out.$type = sub.tag;
    d = sub;
  }
  for (const f of d.fields ?? []) {
    if (!(f.key in out)) continue;
    let x = out[f.key];
    // node-soap writes a wrapper element as an object holding its repeated child.
    if (f.item && x && typeof x === 'object' && !Array.isArray(x) && f.item.name in x) x = (x as Record<string, unknown>)[f.item.name] ?? [];
    if (f.array && x !== null && x !== undefined && !Array.isArray(x)) x = [x];
    out[f.key] = Array.isArray(x) ? x.map((i) => shapeInput(coerce(i, f.type), f.type, depth + 1)) : shapeInput(coerce(x, f.type), f.type, depth + 1);
  }
  return out;
}

/**
 * node-soap writes any JSON scalar as its text; svcgen's input types are typed: `"true"` for a
 * boolean, `"5"` for an int, `100` for a string are converted when the text is the same. A
 * CDATA-wrapped string becomes its content.
 */
function coerce(x: unknown, type: unknown): unknown {
  if (typeof type !== 'string') return x;
  // node-soap writes a string of the form `<![CDATA[…]]>` unescaped: its text is the section's content.
  const cdata = typeof x === 'string' ? /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(x) : null;
  if (cdata) return cdata[1];
  if (type === 'boolean' && (x === 'true' || x === 'false')) return x === 'true';
  if ((type === 'int' || type === 'float' || type === 'double') && typeof x === 'string' && x.trim() !== '' && !Number.isNaN(Number(x))) return Number(x);
  if (type !== 'boolean' && type !== 'int' && type !== 'float' && type !== 'double' && (typeof x === 'number' || typeof x === 'boolean')) return String(x);
  return x;
}

/**
 * svcgen result → node-soap's structure, by the response descriptor: a wrapper array (a field
 * whose type holds one repeated element, read by svcgen as the array itself) becomes the object
 * holding the repeated child, as node-soap reads it.
 */
export function unwrapArrays(v: unknown, desc: unknown, depth = 0): unknown {
  if (depth > 30 || !v || typeof v !== 'object' || Array.isArray(v)) return v;
  const d = desc as { kind?: string; fields?: readonly FieldLike[] };
  if (d?.kind !== 'complex' || !d.fields) return v;
  const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
  for (const f of d.fields) if (f.key in out) out[f.key] = unwrapField(out[f.key], f, depth + 1);
  return out;
}

function unwrapField(x: unknown, f: FieldLike, depth: number): unknown {
  const items = Array.isArray(x) ? x.map((i) => unwrapArrays(i, f.type, depth)) : unwrapArrays(x, f.type, depth);
  return f.item && Array.isArray(items) ? { [f.item.name]: items } : items;
}

/** svcgen result → node-soap shape for comparison (attributes stay flat on both sides). */
function toPlain(v: unknown): unknown {
  if (v instanceof Uint8Array) return { $bytes: btoa(String.fromCharCode(...v)) };
  if (Array.isArray(v)) return v.map(toPlain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toPlain(x)]));
  return v;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?(Z|[+-]\d{2}:\d{2})?$/;

/** Compares a node-soap JSON value with an svcgen value; pushes differences and stated ones. */
export function compareValues(expected: Json, actual: unknown, at: string, out: string[], stated: Set<string>): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const flat = fromNodeSoap(expected) as Record<string, Json>;
    // Only `xsi:` attributes beside the text: node-soap's form of a typed simple value.
    if (Object.keys(flat).length === 1 && '$value' in flat && !(actual && typeof actual === 'object')) {
      compareValues(flat.$value, actual, at, out, stated);
      return;
    }
    if (Array.isArray(actual) && actual.length === 1) {
      stated.add('repeated element read as an array even with one item');
      compareValues(expected, actual[0], at, out, stated);
      return;
    }
    if (actual && typeof actual === 'object' && '$bytes' in (actual as object)) {
      if (Object.keys(flat).length) out.push(`${at}: expected an object, got bytes`);
      return;
    }
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) {
      out.push(`${at}: expected an object, got ${JSON.stringify(actual)?.slice(0, 80)}`);
      return;
    }
    const a = actual as Record<string, unknown>;
    const xsiType = flat.$xsiType as { name?: string } | undefined;
    delete flat.$xsiType;
    if (xsiType && a.$type !== xsiType.name) out.push(`${at}: read as ${String(a.$type)}, node-soap saw xsi:type ${xsiType.name}`);
    if (a.$type !== undefined && !xsiType) stated.add('$type names the type of a record of a polymorphic type');
    for (const [k, v] of Object.entries(flat)) compareValues(v, a[k], `${at}.${k}`, out, stated);
    for (const [k, v] of Object.entries(a)) if (k !== '$type' && !(k in flat) && !(Array.isArray(v) && v.length === 0) && v !== null) out.push(`${at}.${k}: not in node-soap's result (${JSON.stringify(v)?.slice(0, 60)})`);
    return;
  }
  if (Array.isArray(expected)) {
    const arr = Array.isArray(actual) ? actual : [actual];
    if (arr.length !== expected.length) out.push(`${at}: ${expected.length} items expected, got ${arr.length}`);
    else expected.forEach((e, i) => compareValues(e, arr[i], `${at}[${i}]`, out, stated));
    return;
  }
  // node-soap reads a simple-content element without attributes as its text alone.
  if (actual && typeof actual === 'object' && !Array.isArray(actual) && Object.keys(actual).length === 1 && '$value' in actual) {
    compareValues(expected, (actual as { $value: unknown }).$value, at, out, stated);
    return;
  }
  // node-soap reads one repeated element as a single value; svcgen always gives an array.
  if (Array.isArray(actual) && actual.length === 1) {
    stated.add('repeated element read as an array even with one item');
    compareValues(expected, actual[0], at, out, stated);
    return;
  }
  if (actual && typeof actual === 'object' && '$bytes' in (actual as object)) {
    if ((actual as { $bytes: string }).$bytes === expected) stated.add('bytes as Uint8Array (node-soap: base64 text)');
    else out.push(`${at}: ${JSON.stringify(expected)} vs bytes ${(actual as { $bytes: string }).$bytes}`);
    return;
  }
  if (expected === actual) return;
  if (typeof expected === 'string' && typeof actual === 'string' && expected.trim() === actual.trim()) return;
  if (typeof expected === 'string' && (typeof actual === 'boolean' || typeof actual === 'number') && expected === String(actual)) {
    stated.add('typed scalar where node-soap kept the text');
    return;
  }
  if (typeof expected === 'number' && typeof actual === 'string' && Number(actual) === expected) {
    stated.add('decimal/long as the wire text (node-soap: a lossy number)');
    return;
  }
  if (typeof expected === 'string' && typeof actual === 'string' && DATE_RE.test(actual) && Date.parse(expected) === Date.parse(actual.length === 10 ? `${actual}T00:00:00Z` : actual)) {
    stated.add('date as the wire text (node-soap: Date)');
    return;
  }
  if (expected === null && (actual === undefined || actual === null)) return;
  // node-soap reads an empty element (`<Children />`) as null; svcgen as an empty list or record.
  if (expected === null && isEmpty(actual)) return;
  out.push(`${at}: ${JSON.stringify(expected)?.slice(0, 80)} vs ${JSON.stringify(actual)?.slice(0, 80)}`);
}

function isEmpty(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  return !!v && typeof v === 'object' && Object.values(v).every((x) => x === undefined || (Array.isArray(x) && x.length === 0));
}

function bodyChildren(xml: string): CanonElement[] {
  const body = findElement(canon(xml), 'Body');
  return (body?.children ?? []).filter((c): c is CanonElement => typeof c !== 'string');
}

interface GeneratedModule {
  createClient(options: { endpoint: string; fetch: typeof fetch; validate?: boolean }): Record<string, unknown> & { $raw: Record<string, (input: unknown, options?: unknown) => Promise<{ result: unknown }>> };
}

/** Runs one case; generated packages go under `work`. */
export async function runCase(name: string, work: string): Promise<CaseResult> {
  const dir = path.join(SAMPLES, name);
  const problems: string[] = [];
  const stated = new Set<string>();
  const opName = name.split('__')[0];
  const service = await loadService(['soap.wsdl'], { name: 'Case', cwd: dir });
  const op = soapOps(service).find((o) => o.name === opName) ?? (service.operations.length === 1 ? soapOp(service.operations[0]) : undefined);
  if (!op) return { name, problems: [`no operation ${opName} in the WSDL (has ${service.operations.map((o) => o.name).join(', ')})`], stated };
  const files = await emitPackage(resolveService(service), { packageName: 'case', format: false, build: false });
  const out = path.join(work, name);
  for (const [f, text] of files) {
    if (!/\.(?:ts|js)$/.test(f) || f.startsWith('dist/')) continue;
    mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    writeFileSync(path.join(out, f), text);
  }
  const mod = (await import(path.join(out, 'index.ts'))) as GeneratedModule;
  const descriptors = (await import(path.join(out, 'descriptors.js'))) as {
    OPERATIONS: Record<string, { name: string; input: { type: unknown }; output: { type: { fields: readonly FieldLike[] } } | null; resultKey?: string }>;
  };
  const entry = Object.entries(descriptors.OPERATIONS).find(([, d]) => d.name === op.name);
  const method = entry?.[0];
  if (!entry || !method) return { name, problems: [`no method for ${op.name}`], stated };
  let sent = '';
  const responseXml = existsSync(path.join(dir, 'response.xml')) ? readFileSync(path.join(dir, 'response.xml'), 'utf8') : '';
  const fakeFetch = (async (_url: unknown, init?: { body?: unknown }) => {
    sent = String(init?.body ?? '');
    return new Response(responseXml, { status: /:Fault>/.test(responseXml) ? 500 : 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
  }) as typeof fetch;
  const client = mod.createClient({ endpoint: 'http://node-soap.test/', fetch: fakeFetch, validate: false });
  const input = shapeInput(fromNodeSoap(JSON.parse(readFileSync(path.join(dir, 'request.json'), 'utf8')) as Json), entry[1].input.type);
  let result: unknown;
  let error: unknown;
  try {
    result = (await client.$raw[method](input)).result;
  } catch (e) {
    error = e;
  }
  if (!sent) return { name, problems: [`no request sent: ${error instanceof Error ? error.message : String(error)}`], stated };
  const requestXml = path.join(dir, 'request.xml');
  const expectedBody = existsSync(requestXml) ? bodyChildren(readFileSync(requestXml, 'utf8')) : undefined;
  const actualBody = bodyChildren(sent);
  if (!expectedBody) stated.add('no request.xml in the case: only the response is compared');
  else if (expectedBody.length !== actualBody.length) problems.push(`request: ${expectedBody.length} body element(s) expected, sent ${actualBody.length}`);
  else expectedBody.forEach((e, i) => problems.push(...diffCanon(e, actualBody[i], (x, y) => x.trim() === y.trim() || (x.trim() !== '' && Number(x) === Number(y))).map((d) => `request ${d}`)));
  if (existsSync(path.join(dir, 'response.json')) && responseXml) {
    const expected = JSON.parse(readFileSync(path.join(dir, 'response.json'), 'utf8')) as Json;
    if (error) problems.push(`response: ${error instanceof Error ? error.message.slice(0, 160) : String(error)}`);
    else {
      const resultKey = op.returns === 'result' ? op.output?.fields[0]?.name : undefined;
      const exp = resultKey && expected && typeof expected === 'object' && !Array.isArray(expected) && resultKey in expected ? (expected as Record<string, Json>)[resultKey] : expected;
      const outDesc = entry[1].output?.type;
      const resultField = entry[1].resultKey !== undefined ? outDesc?.fields.find((f) => f.key === entry[1].resultKey) : undefined;
      const shaped = resultField ? unwrapField(result, resultField, 0) : unwrapArrays(result, outDesc);
      compareValues(exp, toPlain(shaped), 'response', problems, stated);
    }
  }
  return { name, problems, stated };
}
