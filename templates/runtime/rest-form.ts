/**
 * `application/x-www-form-urlencoded` bodies, as ASP.NET Web API's form formatter and model
 * binder read them: `Name=value&…` in declared member order, each scalar in its XSD lexical
 * form; nested members as `Parent[Child]=…`, collection items as `Items[0]=…` /
 * `Items[0][Name]=…` (the jQuery notation Web API understands). `null` and `undefined` members
 * are left out. {@link readForm} reads such a body back (the model binder's side), and
 * {@link readText} one URL or form value.
 */

import { DECIMAL_RE, describe, encodeComponent, fromBase64, fromHex, INTEGER_RE, scalarText } from './codec.js';
import { ValidationError } from './errors.js';
import type { FieldDesc, ValueDesc } from './schema.js';

/** Encodes a body; throws `ValidationError` for values a form cannot carry. */
export function writeForm(desc: ValueDesc, value: unknown, array: boolean, path: string): string {
  const parts: string[] = [];
  const fail = (at: string, message: string): never => {
    throw new ValidationError([{ path: at, message }]);
  };
  const add = (name: string, text: string, at: string): void => {
    const f = (m: string): never => fail(at, m);
    parts.push(`${encodeComponent(name, f)}=${encodeComponent(text, f)}`);
  };
  const walk = (d: ValueDesc, v: unknown, name: string, at: string): void => {
    if (v === undefined || v === null) return;
    if (typeof d === 'string' || d.kind === 'enum') {
      add(name, scalarText(d, v, (m) => fail(at, m)), at);
      return;
    }
    if (d.kind === 'xml') {
      if (typeof v !== 'string') fail(at, `expected an XML string, got ${describe(v)}`);
      add(name, v as string, at);
      return;
    }
    if (typeof v !== 'object' || Array.isArray(v)) fail(at, `expected an object, got ${describe(v)}`);
    const obj = v as Record<string, unknown>;
    const fields: readonly Pick<FieldDesc, 'key' | 'type' | 'array'>[] =
      d.kind === 'map' ? Object.keys(obj).map((key) => ({ key, type: d.value })) : d.fields;
    for (const f of fields) {
      const x = Object.prototype.hasOwnProperty.call(obj, f.key) ? obj[f.key] : undefined;
      const n = name === '' ? f.key : `${name}[${f.key}]`;
      if (f.array) items(f.type, x, n, `${at}.${f.key}`);
      else walk(f.type, x, n, `${at}.${f.key}`);
    }
  };
  const items = (d: ValueDesc, v: unknown, name: string, at: string): void => {
    if (v === undefined || v === null) return;
    if (!Array.isArray(v)) fail(at, `expected an array, got ${describe(v)}`);
    (v as unknown[]).forEach((x, i) => walk(d, x, `${name}[${i}]`, `${at}[${i}]`));
  };
  if (array) items(desc, value, '', path);
  else if (typeof desc === 'string' || desc.kind === 'enum') {
    // A simple [FromBody] value is sent as `=value`.
    if (value !== undefined && value !== null) parts.push(`=${encodeComponent(scalarText(desc, value, (m) => fail(path, m)), (m) => fail(path, m))}`);
  } else walk(desc, value, '', path);
  return parts.join('&');
}

/**
 * The typed value of a URL or form text, as ASP.NET's model binder reads it: numbers in invariant
 * form, booleans `true`/`false` in any case, `long`/`decimal` kept as their exact text, dates as
 * their text, bytes from base64, enumerations by name or by number. Throws `ValidationError`
 * (at `path`) for text the type cannot hold, with the binder's message.
 */
export function readText(desc: ValueDesc, text: string, path: string): unknown {
  const bad = (): never => {
    throw new ValidationError([{ path, message: `The value '${text}' is not valid for ${path.replace(/^.*[.\]]/, '')}.` }]);
  };
  const t = text.trim();
  if (typeof desc !== 'string') {
    if (desc.kind === 'enum') {
      const byName = desc.values.find((v) => v.toLowerCase() === t.toLowerCase());
      if (byName !== undefined) return byName;
      const i = /^-?\d+$/.test(t) ? (desc.numbers?.indexOf(Number(t)) ?? -1) : -1;
      return i >= 0 ? desc.values[i] : bad();
    }
    return desc.kind === 'xml' ? text : bad();
  }
  switch (desc) {
    case 'int':
      return /^[+-]?\d+$/.test(t) ? Number(t) : bad();
    case 'float':
    case 'double':
      return t !== '' && Number.isFinite(Number(t)) ? Number(t) : t === 'NaN' ? NaN : bad();
    case 'boolean':
      return /^true$/i.test(t) ? true : /^false$/i.test(t) ? false : bad();
    case 'long':
      return INTEGER_RE.test(t) ? t : bad();
    case 'decimal':
      return DECIMAL_RE.test(t) ? t : bad();
    case 'base64Binary':
      return fromBase64(t) ?? bad();
    case 'hexBinary':
      return fromHex(t) ?? bad();
    case 'string':
    case 'anyType':
      return text;
    default:
      return t;
  }
}

/** A form body parsed into its keys' structure: `a[b][0]` and `a.b` both nest. */
interface FormNode {
  readonly values: string[];
  readonly children: Map<string, FormNode>;
}

/**
 * Reads an `application/x-www-form-urlencoded` body as a value of `desc` (the notation
 * {@link writeForm} writes, `a.b` accepted too); member names match ignoring case, unknown
 * names are skipped. Throws `ValidationError` for values the declared types cannot hold.
 */
export function readForm(desc: ValueDesc, text: string, array: boolean, path: string): unknown {
  const root: FormNode = { values: [], children: new Map() };
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    const key = dec(eq < 0 ? pair : pair.slice(0, eq));
    let node = root;
    for (const m of key.matchAll(/\[([^\]]*)\]|[^.[\]]+/g)) {
      const seg = (m[1] ?? m[0]).toLowerCase();
      let next = node.children.get(seg);
      if (!next) node.children.set(seg, (next = { values: [], children: new Map() }));
      node = next;
    }
    node.values.push(eq < 0 ? '' : dec(pair.slice(eq + 1)));
  }
  return array ? formItems(desc, root, path) : formValue(desc, root, path);
}

function formValue(desc: ValueDesc, node: FormNode, path: string): unknown {
  if (typeof desc === 'string' || desc.kind === 'enum' || desc.kind === 'xml') {
    return node.values.length ? readText(desc, node.values[node.values.length - 1], path) : undefined;
  }
  const out: Record<string, unknown> = {};
  const fields: readonly Pick<FieldDesc, 'key' | 'type' | 'array'>[] =
    desc.kind === 'map' ? [...node.children.keys()].map((key) => ({ key, type: desc.value })) : desc.fields;
  for (const f of fields) {
    const child = node.children.get(f.key.toLowerCase());
    if (!child) continue;
    const v = f.array ? formItems(f.type, child, `${path}.${f.key}`) : formValue(f.type, child, `${path}.${f.key}`);
    if (v !== undefined) Object.defineProperty(out, f.key, { value: v, writable: true, enumerable: true, configurable: true });
  }
  return out;
}

/** Items `x[0]…`, `x[1]…` (by index), or repeated `x=…&x=…` values. */
function formItems(desc: ValueDesc, node: FormNode, path: string): unknown[] {
  const indexed = [...node.children.entries()].filter(([k]) => /^\d+$/.test(k)).sort((a, b) => Number(a[0]) - Number(b[0]));
  if (indexed.length) return indexed.map(([, n], i) => formValue(desc, n, `${path}[${i}]`));
  return node.values.map((v, i) => readText(desc, v, `${path}[${i}]`));
}
