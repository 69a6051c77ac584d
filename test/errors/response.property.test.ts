import fc from 'fast-check';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { RestOperationDesc } from '../../templates/runtime/rest-schema.js';
import type { FieldDesc, OperationDesc, TypeDesc, ValueDesc } from '../../templates/runtime/schema.js';
import { recordArb } from './values.js';

/**
 * Property tests over every package in generated/ (found by listing the folder): random valid
 * values of each operation's response (honouring facets) round-trip exactly through the package's
 * own writer and reader; random mutations of a valid response (truncations, wrong values,
 * duplicated or missing elements and members, changed namespaces, wrong roots, unknown elements)
 * give the correct value or one of the package's typed errors, never a wrong value or another
 * exception.
 */

const ROOT = new URL('../../generated/', import.meta.url).pathname;
const packages = readdirSync(ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(ROOT, e.name, 'descriptors.js')))
  .map((e) => e.name)
  .sort();

interface Errors {
  SvcgenError: new (...a: never[]) => Error;
  ResponseError: new (...a: never[]) => Error;
}

const SOAP_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';

/** Text that is not a valid lexical form of the scalar kind (or enum) of a field. */
function badText(desc: ValueDesc): fc.Arbitrary<string> | undefined {
  if (typeof desc === 'object') return desc.kind === 'enum' && desc.values.length ? fc.constantFrom('§NotAMember', `${desc.values[0]}§`) : undefined;
  switch (desc) {
    case 'int':
      return fc.constantFrom('2.5', '99999999999', '12345678901234567890', 'x', '', '1e3');
    case 'long':
      return fc.constantFrom('1.5', '99999999999999999999999', 'x', '');
    case 'decimal':
      return fc.constantFrom('1e3', 'x', '--1', '');
    case 'float':
    case 'double':
      return fc.constantFrom('x', '1e400', '', '1,5');
    case 'boolean':
      return fc.constantFrom('yes', '2', '');
    case 'dateTime':
      return fc.constantFrom('2024-13-01T00:00:00', 'x', '2024-01-01');
    case 'date':
      return fc.constantFrom('2024-1-1', 'x');
    case 'time':
      return fc.constantFrom('25:00:00', 'x');
    case 'duration':
      return fc.constantFrom('P', '1 day');
    case 'guid':
      return fc.constantFrom('xyz', '3f2504e0-4f89-11d3-9a0c-0305e82c330');
    case 'base64Binary':
      return fc.constant('@@@');
    case 'hexBinary':
      return fc.constant('XYZ');
    default:
      return undefined;
  }
}

/** Elements of XML written by the runtime (no CDATA, comments or `>` in attribute values). */
interface El {
  readonly qname: string;
  readonly local: string;
  readonly start: number;
  /** After the start tag. */
  readonly openEnd: number;
  /** Start of the end tag (`openEnd` for an empty element). */
  closeStart: number;
  end: number;
  readonly children: El[];
}

function elements(xml: string): El[] {
  const top: El[] = [];
  const stack: El[] = [];
  const re = /<(\/?)([^\s/>?!]+)[^>]*?(\/?)>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) {
      const el = stack.pop()!;
      el.closeStart = m.index;
      el.end = m.index + m[0].length;
      continue;
    }
    const qname = m[2];
    const el: El = { qname, local: qname.slice(qname.indexOf(':') + 1), start: m.index, openEnd: m.index + m[0].length, closeStart: 0, end: 0, children: [] };
    (stack.length ? stack[stack.length - 1].children : top).push(el);
    if (m[3]) {
      el.closeStart = el.openEnd;
      el.end = el.openEnd;
    } else stack.push(el);
  }
  return top;
}

const splice = (s: string, a: number, b: number, insert: string) => s.slice(0, a) + insert + s.slice(b);

/** A start tag with its element's namespace declaration changed to another namespace. */
function otherNamespace(tag: string, qname: string): string {
  const colon = qname.indexOf(':');
  const attr = colon < 0 ? 'xmlns' : `xmlns:${qname.slice(0, colon)}`;
  const re = new RegExp(`\\s${attr}="[^"]*"`);
  const decl = ` ${attr}="urn:svcgen:mutated"`;
  return re.test(tag) ? tag.replace(re, decl) : tag.replace(qname, qname + decl);
}

/** A child element of the response root with the field it holds. */
interface Child {
  readonly el: El;
  readonly f: FieldDesc;
  /** Occurrence index among the siblings of the same field (unwrapped arrays). */
  readonly index: number;
}

function childrenOf(root: El, t: TypeDesc): Child[] {
  const out: Child[] = [];
  const count = new Map<string, number>();
  for (const el of root.children) {
    const f = t.fields.find((x) => (x.node ?? 'element') === 'element' && (x.xmlName ?? x.key) === el.local);
    if (!f) continue;
    const index = count.get(f.key) ?? 0;
    count.set(f.key, index + 1);
    out.push({ el, f, index });
  }
  return out;
}

type Mutation = { readonly kind: string; readonly text: string; readonly expect: 'error' | { value: unknown } | 'error-or-value' };

/** The value without field `c`'s occurrence, as the reader gives it back. */
function without(value: Record<string, unknown>, c: Child): Record<string, unknown> {
  const out = { ...value };
  Object.defineProperties(out, Object.getOwnPropertyDescriptors(value));
  if (c.f.array && !c.f.item) {
    const arr = [...(value[c.f.key] as unknown[])];
    arr.splice(c.index, 1);
    Object.defineProperty(out, c.f.key, { value: arr, writable: true, enumerable: true, configurable: true });
  } else delete out[c.f.key];
  return out;
}

/** Mutations of a SOAP envelope whose body root holds a record of `t` with value `value`. */
function soapMutations(text: string, op: OperationDesc, t: TypeDesc, value: Record<string, unknown>): fc.Arbitrary<Mutation> {
  const encoded = op.encoded === true;
  const env = elements(text)[0];
  const body = env.children.find((e) => e.local === 'Body')!;
  const root = body.children[0];
  const kids = childrenOf(root, t).filter((c) => c.f.choice === undefined);
  const options: fc.Arbitrary<Mutation>[] = [
    // Truncation anywhere before the last character: never a value.
    fc.integer({ min: 0, max: text.length - 1 }).map((n) => ({ kind: 'truncate', text: text.slice(0, n), expect: 'error' as const })),
    // Another root name, another namespace.
    // RPC style: any wrapper name (WSDL 1.1 §3.5), so the value is read.
    fc.constant({
      kind: 'root name',
      text: splice(splice(text, root.closeStart, root.end, root.end === root.openEnd ? '' : `</${root.qname}X>`), root.start + 1, root.start + 1 + root.qname.length, `${root.qname}X`),
      expect: op.style === 'rpc' ? { value } : ('error' as const),
    }),
    fc.constant({ kind: 'root namespace', text: splice(text, root.start, root.openEnd, otherNamespace(text.slice(root.start, root.openEnd), root.qname)), expect: 'error' as const }),
    // A second body element, content after the envelope, a Fault after the result.
    fc.constant({ kind: 'second root', text: splice(text, root.end, root.end, text.slice(root.start, root.end)), expect: encoded ? ('error-or-value' as const) : ('error' as const) }),
    fc.constant({ kind: 'after envelope', text: `${text}<x/>`, expect: 'error' as const }),
    fc.constant({ kind: 'fault after result', text: splice(text, root.end, root.end, `<s:Fault xmlns:s="${text.includes(SOAP12_NS) ? SOAP12_NS : SOAP_NS}"><faultcode>s:Server</faultcode><faultstring>x</faultstring></s:Fault>`), expect: 'error' as const }),
    // An unknown element: tolerated (dropped, or kept in $extra by an open record).
    fc.constant({
      kind: 'unknown element',
      text: splice(text, root.closeStart, root.closeStart, '<SvcgenUnknown a="1"><b>t</b></SvcgenUnknown>'),
      expect: t.openKey !== undefined ? ('error-or-value' as const) : { value },
    }),
  ];
  const singletons = kids.filter((c) => !c.f.array || !!c.f.item);
  if (singletons.length) {
    // A singleton written twice.
    options.push(
      fc.constantFrom(...singletons).map((c) => ({ kind: `duplicate ${c.f.key}`, text: splice(text, c.el.end, c.el.end, text.slice(c.el.start, c.el.end)), expect: 'error' as const })),
    );
  }
  const notNillable = encoded ? [] : kids.filter((c) => !c.f.nillable);
  if (notNillable.length) {
    // xsi:nil on an element that is not nillable.
    options.push(
      fc.constantFrom(...notNillable).map((c) => ({
        kind: `nil ${c.f.key}`,
        text: splice(text, c.el.start, c.el.end, `<${c.el.qname}${text.slice(c.el.start + 1 + c.el.qname.length, c.el.openEnd - (c.el.openEnd === c.el.end ? 2 : 1))} xsi:nil="true"/>`),
        expect: 'error' as const,
      })),
    );
  }
  if (kids.length) {
    // An element left out: an error when required, else the value without it.
    options.push(
      fc.constantFrom(...kids).map((c) => ({
        kind: `missing ${c.f.key}`,
        text: splice(text, c.el.start, c.el.end, ''),
        expect: !c.f.optional && !c.f.array ? ('error' as const) : { value: without(value, c) },
      })),
    );
    const scalars = kids.filter((c) => !c.f.list && !c.f.item && c.el.children.length === 0 && badText(c.f.type) !== undefined);
    if (scalars.length) {
      // The element's text replaced by one that is not a value of its type.
      options.push(
        fc.constantFrom(...scalars).chain((c) =>
          badText(c.f.type)!.map((bad) => {
            const selfClosing = c.el.openEnd === c.el.end;
            const attrs = text.slice(c.el.start + 1 + c.el.qname.length, c.el.openEnd - (selfClosing ? 2 : 1));
            return { kind: `bad ${c.f.key} = ${bad}`, text: splice(text, c.el.start, c.el.end, `<${c.el.qname}${attrs}>${bad}</${c.el.qname}>`), expect: 'error' as const };
          }),
        ),
      );
    }
  }
  return fc.oneof(...options);
}

function check(m: Mutation, read: () => unknown, errors: Errors): void {
  let value: unknown;
  try {
    value = read();
  } catch (e) {
    // Only the package's own typed errors.
    expect(e, `${m.kind}: ${String(e)}`).toBeInstanceOf(errors.SvcgenError);
    if (m.expect !== 'error-or-value' && typeof m.expect === 'object') throw new Error(`${m.kind}: expected a value, got ${String(e)}`);
    return;
  }
  if (m.expect === 'error') throw new Error(`${m.kind}: expected a typed error, got a value ${JSON.stringify(value)?.slice(0, 200)}`);
  if (typeof m.expect === 'object') expect(value, m.kind).toEqual(m.expect.value);
}

interface SoapPkg {
  ops: Record<string, OperationDesc>;
  soap: {
    buildSoapRequest(version: 'soap11' | 'soap12', op: never, input: unknown): { body: string };
    readSoapResponse(version: 'soap11' | 'soap12', op: never, text: string, status: number, contentType: string): { value: unknown };
  };
  errors: Errors;
}

interface RestPkg {
  ops: Record<string, RestOperationDesc>;
  json: { readJson(text: string, desc: unknown, array: boolean): unknown; writeJson(desc: unknown, value: unknown, array: boolean, path: string): string };
  xml: { readXml(text: string, body: unknown): unknown; writeXml(body: unknown, flavour: string, value: unknown, path: string): string };
  errors: Errors;
}

async function load(name: string): Promise<{ kind: 'soap'; pkg: SoapPkg } | { kind: 'rest'; pkg: RestPkg }> {
  const dir = join(ROOT, name);
  const d = (await import(join(dir, 'descriptors.js'))) as { OPERATIONS: Record<string, unknown> };
  const errors = (await import(join(dir, 'runtime/errors.ts'))) as Errors;
  if (existsSync(join(dir, 'runtime/soap.ts'))) {
    return { kind: 'soap', pkg: { ops: d.OPERATIONS as Record<string, OperationDesc>, soap: await import(join(dir, 'runtime/soap.ts')), errors } };
  }
  return {
    kind: 'rest',
    pkg: { ops: d.OPERATIONS as Record<string, RestOperationDesc>, json: await import(join(dir, 'runtime/rest-json.ts')), xml: await import(join(dir, 'runtime/rest-xml.ts')), errors },
  };
}

const RUNS = 12;

describe.each(packages)('responses of %s', (name) => {
  test('valid values round-trip; mutated responses give the right value or a typed error', async () => {
    const loaded = await load(name);
    let cases = 0;
    // Operations with a response to read (one-way and void-only packages have none).
    let responses = 0;
    if (loaded.kind === 'soap') {
      const { ops, soap, errors } = loaded.pkg;
      for (const [method, op] of Object.entries(ops)) {
        const out = op.output;
        if (!out || !out.type.fields.length) continue;
        responses++;
        for (const version of op.protocols.filter((p): p is 'soap11' | 'soap12' => p === 'soap11' || p === 'soap12').slice(0, 1)) {
          // The response envelope is the runtime's own request envelope of a mirrored operation.
          const mirror = { ...op, input: out, output: out, returns: 'object' } as OperationDesc;
          const ct = version === 'soap12' ? 'application/soap+xml; charset=utf-8' : 'text/xml; charset=utf-8';
          const write = (v: unknown): string | undefined => {
            try {
              return soap.buildSoapRequest(version, mirror as never, v).body;
            } catch (e) {
              // A value the generator cannot make valid (a pattern JavaScript cannot generate).
              expect(e).toBeInstanceOf(errors.SvcgenError);
              return undefined;
            }
          };
          const read = (text: string) => soap.readSoapResponse(version, mirror as never, text, 200, ct).value;
          fc.assert(
            fc.property(
              recordArb(out.type, 2).chain((value) => {
                const text = write(value);
                return text === undefined ? fc.constant(undefined) : soapMutations(text, op, out.type, value).map((m) => ({ value, text, m }));
              }),
              (c) => {
                if (!c) return;
                cases++;
                expect(read(c.text), `${method}: round trip`).toEqual(c.value);
                check(c.m, () => read(c.m.text), errors);
              },
            ),
            { numRuns: RUNS, endOnFailure: true },
          );
        }
      }
    } else {
      const { ops, json, xml, errors } = loaded.pkg;
      for (const [method, op] of Object.entries(ops)) {
        const res = op.response;
        if (!res || typeof res.type !== 'object' || res.type.kind !== 'complex') continue;
        const t = res.type;
        responses++;
        const one = recordArb(t, 2);
        const value = res.array ? fc.array(one, { maxLength: 3 }) : one;
        fc.assert(
          fc.property(value, fc.nat(), fc.nat(), (v, a, b) => {
            cases++;
            const text = json.writeJson(t, v, !!res.array, 'response');
            expect(json.readJson(text, t, !!res.array), `${method}: JSON round trip`).toEqual(v);
            const x = xml.writeXml(res, op.xmlFlavour, v, 'response');
            expect(xml.readXml(x, res), `${method}: XML round trip`).toEqual(v);
            const mutations: Mutation[] = [
              { kind: 'truncate', text: text.slice(0, a % text.length), expect: 'error' },
              { kind: 'null root', text: 'null', expect: 'error' },
              { kind: 'wrong root', text: res.array ? '{}' : '[]', expect: 'error' },
              { kind: 'string root', text: '"x"', expect: 'error' },
              { kind: 'unknown member', text: res.array ? text : text.replace(/^\{/, text === '{}' ? '{"SvcgenUnknown":{"a":[1,2]}' : '{"SvcgenUnknown":{"a":[1,2]},'), expect: { value: v } },
            ];
            const first = Array.isArray(v) ? (v[0] as Record<string, unknown> | undefined) : (v as Record<string, unknown>);
            if (!res.array && first) {
              const keys = Object.keys(first);
              if (keys.length) {
                const k = keys[b % keys.length];
                const f = t.fields.find((x) => x.key === k)!;
                const rest = { ...first };
                delete rest[k];
                mutations.push({
                  kind: `missing ${k}`,
                  text: json.writeJson(t, rest, false, 'response'),
                  expect: f.optional ? { value: rest } : 'error',
                });
                mutations.push({ kind: `duplicate ${k}`, text: text.replace(/\}$/, `,${JSON.stringify(k)}:${JSON.stringify(first[k]) ?? 'null'}}`), expect: 'error' });
                const bad = badText(f.type);
                if (bad && !f.array && !f.list) {
                  const badValue = ['§NotAMember', '2.5', 'x'][a % 3];
                  mutations.push({
                    kind: `bad ${k}`,
                    text: json.writeJson(t, rest, false, 'response').replace(/^\{/, `{${JSON.stringify(k)}:${typeof f.type === 'string' && /int|long/.test(f.type) ? badValue.replace('§NotAMember', '2.5') : JSON.stringify(badValue)},`),
                    expect: f.type === 'string' || f.type === 'anyType' ? 'error-or-value' : 'error',
                  });
                }
              }
            }
            mutations.push({ kind: 'xml truncate', text: x.slice(0, a % x.length), expect: 'error' });
            mutations.push({ kind: 'xml error root', text: '<Error><Message>An error has occurred.</Message></Error>', expect: 'error' });
            mutations.push({ kind: 'xml envelope', text: `<s:Envelope xmlns:s="${SOAP_NS}"><s:Body>${x}</s:Body></s:Envelope>`, expect: 'error' });
            for (const m of mutations) check(m, () => (m.kind.startsWith('xml') ? xml.readXml(m.text, res) : json.readJson(m.text, t, !!res.array)), errors);
          }),
          { numRuns: RUNS * 3, endOnFailure: true },
        );
      }
    }
    expect(cases).toBeGreaterThanOrEqual(responses);
  }, 60_000);
});
