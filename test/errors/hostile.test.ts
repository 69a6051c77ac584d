import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { createClient } from '../../generated/hostile/client.js';
import { OPERATIONS } from '../../generated/hostile/descriptors.js';
import * as soap from '../../generated/hostile/runtime/soap.js';
import { loadService } from '../../generator/pipeline.js';
import type { OperationDesc, TypeDesc } from '../../templates/runtime/schema.js';
import { recordArb, roundTrip } from './values.js';

/**
 * The hostile-names service (specs/hostile/hostile.wsdl): reserved words, `Object.prototype`
 * members, `__proto__`, names differing only by case, dots, dashes and non-ASCII letters, and
 * descriptions that try to break out of comments. The package type-checks (test/generated.test.ts);
 * here: wire names are kept exactly, descriptions stay inside comments, and every operation
 * round-trips with `__proto__` an own property.
 */

const root = new URL('../..', import.meta.url).pathname;
const pkg = join(root, 'generated/hostile');
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Code of a TypeScript file with every comment removed. */
function codeOnly(file: string): string {
  const text = readFileSync(join(pkg, file), 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  let out = '';
  for (let k = scanner.scan(); k !== ts.SyntaxKind.EndOfFileToken; k = scanner.scan()) out += `${scanner.getTokenText()} `;
  return out;
}

describe('hostile names keep their wire form', () => {
  test('every operation and element name of the WSDL is in the descriptors exactly', async () => {
    const service = await loadService(['specs/hostile/hostile.wsdl'], { cwd: root });
    const ops = Object.values(OPERATIONS) as readonly OperationDesc[];
    expect(ops.map((o) => o.name).sort()).toEqual(service.operations.map((o) => o.name).sort());
    expect(ops.map((o) => o.name)).toEqual(expect.arrayContaining(['delete', 'class', 'constructor', 'toString', '__proto__', 'Item', 'item', 'get-value.v2', '名前']));
    const keys = new Set<string>();
    const seen = new Set<TypeDesc>();
    const walk = (t: TypeDesc) => {
      if (seen.has(t)) return;
      seen.add(t);
      for (const f of t.fields) {
        keys.add(f.key);
        if (typeof f.type === 'object' && f.type.kind === 'complex') walk(f.type);
      }
    };
    for (const o of ops) {
      walk(o.input.type);
      if (o.output) walk(o.output.type);
    }
    const wire = new Set(service.types.flatMap((t) => (t.kind === 'complex' ? t.fields.map((f) => f.name) : [])));
    for (const name of ['default', 'function', 'new', 'enum', 'interface', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Value', 'VALUE', 'first.name', 'last-name', 'Straße', '名前', 'then', 'valueOf']) {
      expect(wire.has(name), name).toBe(true);
      expect(keys.has(name), name).toBe(true);
    }
  });

  test('method names are distinct identifiers, chosen deterministically', () => {
    const methods = Object.keys(OPERATIONS);
    expect(new Set(methods).size).toBe(methods.length);
    for (const m of methods) expect(m).toMatch(/^[\p{L}_$][\p{L}\p{Nd}_$]*$/u);
    // The plain names go to the first operation in spec order, the case twin gets a suffix.
    expect((OPERATIONS as Record<string, OperationDesc>).item.name).toBe('Item');
    expect((OPERATIONS as Record<string, OperationDesc>).item2.name).toBe('item');
  });

  test('descriptions never leave their comments', () => {
    for (const f of ['types.ts', 'client.ts', 'operations.ts', 'descriptors.js', 'descriptors.d.ts', 'index.ts']) {
      const code = codeOnly(f);
      expect(code, f).not.toMatch(/\balert\b|\bdocument\b|<script|\binjected\b/);
    }
    expect(readFileSync(join(pkg, 'types.ts'), 'utf8')).toContain('${alert(document.cookie)}');
  });
});

describe('hostile names round-trip through the generated runtime', () => {
  test.each(Object.entries(OPERATIONS))('%s: any request reads back exactly, own keys only', (_method, op) => {
    fc.assert(
      fc.property(recordArb(op.input.type, 3), (value) => {
        const { body, read } = roundTrip(soap, op, value);
        expect(read).toEqual(value);
        expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
        expect(Object.keys(read as object)).toEqual(Object.keys(value));
        for (const k of Object.keys(value)) expect(body).toContain(`<${k}`);
      }),
      { numRuns: 60 },
    );
  });

  test('a request with every hostile field set writes each under its exact element name', () => {
    const value = { class: Object.defineProperty({ function: 1, new: true, enum: '__proto__', VALUE: '123456789012345678901234567890.5', 'first.name': 'a', 'last-name': 'b', Straße: 'c', 名前: 'd', constructor: 'e', toString: 'f', hasOwnProperty: 'g' }, '__proto__', { value: 'p', enumerable: true }) };
    const { body, read } = roundTrip(soap, OPERATIONS.delete, value);
    for (const el of ['function', 'new', 'enum', '__proto__', 'VALUE', 'first.name', 'last-name', 'Straße', '名前', 'constructor', 'toString', 'hasOwnProperty']) expect(body).toMatch(new RegExp(`<${el.replace('.', '\\.')}>[^<]+</${el.replace('.', '\\.')}>`));
    const cls = (read as { class: Record<string, unknown> }).class;
    expect(hasOwn(cls, '__proto__')).toBe(true);
    expect(cls.__proto__).toBe('p');
    expect(Object.getPrototypeOf(cls)).toBe(Object.prototype);
  });

  test('the client sends and reads `__proto__` as data, never as a prototype', async () => {
    let sent = '';
    const fetch = async (_url: unknown, init?: RequestInit) => {
      sent = String(init?.body);
      const xml = `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><classResponse xmlns="urn:hostile"><__proto__>polluted</__proto__></classResponse></soap:Body></soap:Envelope>`;
      return new Response(xml, { status: 200, headers: { 'content-type': 'text/xml; charset=utf-8' } });
    };
    const client = createClient({ fetch: fetch as typeof globalThis.fetch });
    const request = { new: 'n' } as Record<string, string>;
    Object.defineProperty(request, '__proto__', { value: 'sent', enumerable: true });
    const result = (await client.class(request)) as Record<string, unknown>;
    expect(sent).toContain('<__proto__>sent</__proto__>');
    expect(sent).toContain('<new>n</new>');
    expect(hasOwn(result, '__proto__')).toBe(true);
    expect(result.__proto__).toBe('polluted');
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an absent Object.prototype-named field is not sent, and inherited members are not read as values', () => {
    const { body, read } = roundTrip(soap, OPERATIONS.constructor2, {});
    expect(body).not.toContain('<toString');
    expect(hasOwn(read as object, 'toString')).toBe(false);
  });
});
