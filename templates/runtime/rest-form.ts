/**
 * `application/x-www-form-urlencoded` bodies, as ASP.NET Web API's form formatter and model
 * binder read them: `Name=value&…` in declared member order, each scalar in its XSD lexical
 * form; nested members as `Parent[Child]=…`, collection items as `Items[0]=…` /
 * `Items[0][Name]=…` (the jQuery notation Web API understands). `null` and `undefined` members
 * are left out.
 */

import { describe, scalarText } from './codec.js';
import { ValidationError } from './errors.js';
import type { FieldDesc, ValueDesc } from './schema.js';

/** Encodes a body; throws `ValidationError` for values a form cannot carry. */
export function writeForm(desc: ValueDesc, value: unknown, array: boolean, path: string): string {
  const parts: string[] = [];
  const add = (name: string, text: string): void => void parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  const fail = (at: string, message: string): never => {
    throw new ValidationError([{ path: at, message }]);
  };
  const walk = (d: ValueDesc, v: unknown, name: string, at: string): void => {
    if (v === undefined || v === null) return;
    if (typeof d === 'string' || d.kind === 'enum') {
      add(name, scalarText(d, v, (m) => fail(at, m)));
      return;
    }
    if (d.kind === 'xml') {
      if (typeof v !== 'string') fail(at, `expected an XML string, got ${describe(v)}`);
      add(name, v as string);
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
    if (value !== undefined && value !== null) parts.push(`=${encodeURIComponent(scalarText(desc, value, (m) => fail(path, m)))}`);
  } else walk(desc, value, '', path);
  return parts.join('&');
}
