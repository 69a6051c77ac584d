/**
 * XML bodies of a Web API service, in the flavour its help page shows:
 *
 * - DataContractSerializer (`datacontract`): the root declares `xmlns:i` (XML Schema instance) and
 *   the data contract namespace `http://schemas.datacontract.org/2004/07/…` as default namespace;
 *   members are written in `xmlOrder` (base-class members first, then ordinal order); `null`
 *   members are written as `<X i:nil="true"/>`.
 * - XmlSerializer (`xmlserializer`): the root declares `xmlns:xsd` and `xmlns:xsi`; members in
 *   declared order; `null` members are left out unless nillable (`xsi:nil="true"`).
 *
 * Element names are the descriptors' `xmlName` (else the key); collections are a wrapper element
 * with one item element per value. Reading goes through the shared schema-driven reader, with
 * members matched by XML name (any namespace) and stored under their JSON keys; the root element
 * must be the declared one (name and namespace; a collection's items too), required members must
 * be present, a member occurs at most once, every value is checked like a SOAP response's, and
 * nothing but comments may follow the root. Unknown members are skipped.
 */

import { escapeAttr, escapeText, scalarText } from './codec.js';
import { ValidationError } from './errors.js';
import type { RestBodyDesc, XmlFlavour } from './rest-schema.js';
import { fieldCheck } from './lexical.js';
import type { FieldDesc, TypeDesc, ValueDesc } from './schema.js';
import { XmlReader, type Opened } from './xml-reader.js';
import { fragmentProblem } from './xml-scan.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XSD = 'http://www.w3.org/2001/XMLSchema';

/** Writes a body as an XML document (no declaration), the way the service's serializer does. */
export function writeXml(body: RestBodyDesc, flavour: XmlFlavour, value: unknown, path: string): string {
  const w = new RestXmlWriter(flavour, path);
  const ns = body.xmlNs;
  const decl =
    (flavour === 'datacontract' ? ` xmlns:i="${XSI}"` : ` xmlns:xsd="${XSD}" xmlns:xsi="${XSI}"`) + (ns ? ` xmlns="${w.attr(ns)}"` : '');
  if (value === null) return `<${body.xmlRoot}${decl} ${w.nil}="true"/>`;
  if (!body.array) return w.element(body.xmlRoot, decl, ns, body.type, value);
  if (!Array.isArray(value)) return w.fail('expected an array');
  const item = body.xmlItem ?? { name: 'anyType', ns };
  let out = `<${body.xmlRoot}${decl}>`;
  value.forEach((x: unknown, i: number) => {
    w.path.push(i);
    out += w.element(item.name, item.ns === ns ? '' : ` xmlns="${w.attr(item.ns)}"`, item.ns, body.type, x);
    w.path.pop();
  });
  return `${out}</${body.xmlRoot}>`;
}

/** Element order of a record type in XML. */
function xmlFields(t: TypeDesc): readonly FieldDesc[] {
  let f = ordered.get(t);
  if (!f) {
    const order = t.xmlOrder;
    f = order ? order.map((k) => t.fields.find((x) => x.key === k)).filter((x): x is FieldDesc => x !== undefined) : t.fields;
    ordered.set(t, f);
  }
  return f;
}

const ordered = new WeakMap<TypeDesc, readonly FieldDesc[]>();

class RestXmlWriter {
  readonly path: (string | number)[];
  /** The nil attribute's qualified name. */
  readonly nil: string;

  constructor(
    private readonly flavour: XmlFlavour,
    root: string,
  ) {
    this.path = [root];
    this.nil = flavour === 'datacontract' ? 'i:nil' : 'xsi:nil';
  }

  readonly fail = (message: string): never => {
    let p = '';
    for (const s of this.path) p += typeof s === 'number' ? `[${s}]` : p === '' ? s : `.${s}`;
    throw new ValidationError([{ path: p, message }]);
  };

  attr(s: string): string {
    return escapeAttr(s, this.fail);
  }

  /** `<name decl>…</name>` for a value; `ns` is the element's namespace (in scope for its content). */
  element(name: string, decl: string, ns: string, desc: ValueDesc, v: unknown): string {
    if (v === null) return `<${name}${decl} ${this.nil}="true"/>`;
    if (typeof desc === 'string' || desc.kind === 'enum') return `<${name}${decl}>${escapeText(scalarText(desc, v, this.fail), this.fail)}</${name}>`;
    switch (desc.kind) {
      case 'xml': {
        if (typeof v !== 'string') return this.fail('expected an XML string');
        const problem = fragmentProblem(v);
        if (problem !== undefined) this.fail(`raw XML must be a well-formed, balanced fragment: ${problem}`);
        return `<${name}${decl}>${v}</${name}>`;
      }
      case 'map': {
        if (typeof v !== 'object' || Array.isArray(v)) return this.fail('expected an object');
        let out = `<${name}${decl}>`;
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          if (x === undefined) continue;
          if (!/^[A-Za-z_][\w.-]*$/.test(k)) this.fail(`key ${JSON.stringify(k)} is not an XML name`);
          this.path.push(k);
          out += this.element(k, '', ns, desc.value, x);
          this.path.pop();
        }
        return `${out}</${name}>`;
      }
      case 'complex':
        return `<${name}${decl}>${this.members(desc, v, ns)}</${name}>`;
    }
  }

  private members(t: TypeDesc, v: unknown, scope: string): string {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Date || v instanceof Uint8Array) {
      return this.fail(`expected an object for ${t.name}`);
    }
    const obj = v as Record<string, unknown>;
    const childNs = t.namespace ?? scope;
    let out = '';
    for (const f of xmlFields(t)) {
      const x = Object.prototype.hasOwnProperty.call(obj, f.key) ? obj[f.key] : undefined;
      if (x === undefined || (x === null && this.flavour === 'xmlserializer' && !f.nillable)) continue;
      const ns = f.ns ?? childNs;
      const decl = ns === scope ? '' : ` xmlns="${this.attr(ns)}"`;
      this.path.push(f.key);
      out += this.field(f, x, f.xmlName ?? f.key, decl, ns);
      this.path.pop();
    }
    return out;
  }

  private field(f: FieldDesc, x: unknown, name: string, decl: string, ns: string): string {
    if (!f.array || x === null) return this.element(name, decl, ns, f.type, x);
    if (!Array.isArray(x)) return this.fail('expected an array');
    let out = f.item ? `<${name}${decl}>` : '';
    x.forEach((item: unknown, i: number) => {
      this.path.push(i);
      if (f.item) {
        const itemNs = f.item.ns ?? (typeof f.type === 'object' && f.type.kind === 'complex' ? (f.type.namespace ?? ns) : ns);
        out += this.element(f.item.name, itemNs === ns ? '' : ` xmlns="${this.attr(itemNs)}"`, itemNs, f.type, item);
      } else out += this.element(name, decl, ns, f.type, item);
      this.path.pop();
    });
    return f.item ? `${out}</${name}>` : out;
  }
}

/**
 * Reads an XML body as a value of the body descriptor; its root must be the declared element.
 * `response`: a `null` (nil) root is refused, as the result is typed without `null`.
 */
export function readXml(text: string, body: RestBodyDesc, response = true, maxDepth?: number): unknown {
  const r = new RestXmlReader(text, maxDepth);
  r.response = response;
  r.strict = response;
  r.prolog();
  const root = r.open();
  const name = r.localName(root);
  r.path.push(name);
  if (name !== body.xmlRoot || root.ns !== body.xmlNs) {
    throw r.error(`unexpected root element <${name}>${root.ns ? ` in ${root.ns}` : ''}, expected <${body.xmlRoot}>${body.xmlNs ? ` in ${body.xmlNs}` : ''}`);
  }
  const item = body.xmlItem;
  const v = body.array
    ? r.wrapped(root, { key: body.xmlRoot, type: body.type, array: true, item: item && { name: item.name, ns: item.ns } }, item === undefined)
    : r.value(root, body.type);
  if (v === null && response) throw r.error('nil root element where a value is declared');
  const check = typeof body.type === 'string' ? fieldCheck({ key: body.xmlRoot, type: body.type }) : undefined;
  if (check !== undefined && v !== null) {
    for (const x of Array.isArray(v) ? v : [v]) {
      const problem = x === null ? undefined : check(x);
      if (problem !== undefined) throw r.error(problem);
    }
  }
  r.path.pop();
  r.epilog();
  return v;
}

/** The shared reader with record members matched by XML name and stored under their JSON keys. */
class RestXmlReader extends XmlReader {
  /** Reading a response: required members must be present (a request is left to the validator). */
  response = true;

  override complex(o: Opened, t: TypeDesc): Record<string, unknown> {
    const byName = namesOf(t);
    const obj: Record<string, unknown> = {};
    // Members met, so that a member written twice is caught even when its value was nil.
    let met: Set<string> | undefined;
    for (let c = this.first(o); c; c = this.next(o)) {
      const f = byName.get(this.localName(c));
      if (!f) {
        this.skip(c);
        continue;
      }
      this.path.push(f.key);
      const check = fieldCheck(f);
      if (!f.array || f.item) {
        if ((met ??= new Set()).has(f.key)) throw this.error(`element ${f.xmlName ?? f.key} occurs more than once`);
        met.add(f.key);
        const v = f.item ? this.wrapped(c, f, true) : this.value(c, f.type);
        if (v !== null && check !== undefined) this.checked(check, v);
        if (v !== null || f.nillable) put(obj, f.key, v);
      } else {
        const v = this.value(c, f.type);
        if (v !== null && check !== undefined) this.checked(check, v);
        const arr = Object.prototype.hasOwnProperty.call(obj, f.key) ? (obj[f.key] as unknown[]) : undefined;
        if (arr) arr.push(v);
        else put(obj, f.key, [v]);
      }
      this.path.pop();
    }
    if (this.response) {
      for (const f of t.fields) {
        if (f.optional || f.node === 'text' || Object.prototype.hasOwnProperty.call(obj, f.key)) continue;
        throw this.error(`missing required element ${f.xmlName ?? f.key} of ${t.name}`);
      }
    }
    return obj;
  }
}

const names = new WeakMap<TypeDesc, Map<string, FieldDesc>>();

function namesOf(t: TypeDesc): Map<string, FieldDesc> {
  let m = names.get(t);
  if (!m) {
    m = new Map();
    for (const f of t.fields) if (f.node !== 'attribute' && f.node !== 'text') m.set(f.xmlName ?? f.key, f);
    names.set(t, m);
  }
  return m;
}

function put(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key in Object.prototype) Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}
