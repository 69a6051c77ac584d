/** The descriptors module: JavaScript data plus declarations, repeated namespaces written once. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dataModule, hoistNamespaces } from '../../generator/emit/core/data-module.js';
import { typecheck } from '../helpers/typecheck.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('descriptors module', () => {
  test('namespaces repeated three times or more become module constants; other strings stay', () => {
    const ns = "'urn:a'";
    const values = [
      `{ kind: 'complex', name: 'A', namespace: ${ns}, fields: [{ key: 'x', ns: ${ns}, type: 'string' }] }`,
      `{ kind: 'complex', name: 'B', namespace: ${ns}, fields: [{ key: 'y', ns: 'urn:b', type: 'string', facets: { pattern: 'ns: \\'urn:a\\'' } }] }`,
      // A string that ends in "ns: " is not a key: the literal after it is not a namespace.
      `{ kind: 'complex', name: 'C', fields: [{ key: 'ns: ', ns: 'urn:b', type: 'string' }] }`,
    ];
    const { names, values: out } = hoistNamespaces(values);
    expect([...names]).toEqual([["'urn:a'", 'ns0']]);
    expect(out[0]).toBe(`{ kind: 'complex', name: 'A', namespace: ns0, fields: [{ key: 'x', ns: ns0, type: 'string' }] }`);
    expect(out[1]).toBe(`{ kind: 'complex', name: 'B', namespace: ns0, fields: [{ key: 'y', ns: 'urn:b', type: 'string', facets: { pattern: 'ns: \\'urn:a\\'' } }] }`);
    expect(out[2]).toBe(values[2]);
  });

  test('the JavaScript evaluates to the same data, and the declarations name each constant', async () => {
    const ns = "'urn:a'";
    const descriptors = ['A', 'B', 'C'].map((n) => ({ name: `${n}Schema`, type: 'TypeDesc', doc: [], value: `{ kind: 'complex', name: '${n}', namespace: ${ns}, fields: [{ key: 'x', ns: ${ns}, type: 'string' }] }` }));
    const { js, dts } = dataModule({ header: '// h', about: 'Test.', service: { type: 'ServiceDesc', value: `{ name: 'S', endpoints: {}, defaultProtocol: 'soap11' }` }, descriptors, operations: [], operationType: 'OperationDesc', typeModules: { ServiceDesc: './runtime/schema.js', TypeDesc: './runtime/schema.js' } });
    expect(js).toContain('const ns0 = ');
    const mod = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as Record<string, { namespace: string; fields: { ns: string }[] }>;
    expect(mod.BSchema.namespace).toBe('urn:a');
    expect(mod.CSchema.fields[0].ns).toBe('urn:a');
    expect(dts).toContain("import type { ServiceDesc, TypeDesc } from './runtime/schema.js';");
    expect(dts).toContain('export declare const BSchema: TypeDesc;');
    expect(dts).not.toContain('ns0');
  });
});

describe('descriptors module, CommonJS form', () => {
  test('written directly: the same constants as the ES module, references between descriptors kept', async () => {
    const ns = "'urn:a'";
    const descriptors = [
      { name: 'ASchema', type: 'TypeDesc', doc: [], value: `{ kind: 'complex', name: 'A', namespace: ${ns}, fields: [{ key: 'b', ns: ${ns}, get type() { return BSchema; } }] }` },
      { name: 'BSchema', type: 'TypeDesc', doc: [], value: `{ kind: 'complex', name: 'B', namespace: ${ns}, fields: [{ key: 'x', ns: ${ns}, type: 'string' }] }` },
      { name: 'DoOperation', type: 'OperationDesc', doc: [], value: `{ name: 'Do', input: { name: 'Do', ns: ${ns}, type: ASchema } }` },
    ];
    const { js, cjs } = dataModule({ header: '// h', about: 'Test.', service: { type: 'ServiceDesc', value: `{ name: 'S', endpoints: {}, defaultProtocol: 'soap11' }` }, descriptors, operations: [{ method: 'do', opDesc: 'DoOperation' }], operationType: 'OperationDesc', typeModules: { ServiceDesc: './runtime/schema.js', TypeDesc: './runtime/schema.js', OperationDesc: './runtime/schema.js' } });
    const esm = (await import(`data:text/javascript,${encodeURIComponent(js)}`)) as Record<string, unknown>;
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', 'require', cjs)(module, module.exports, () => {
      throw new Error('a data module requires nothing');
    });
    expect(cjs.startsWith('// h\n')).toBe(true);
    expect(cjs).toContain('"use strict";');
    expect(Object.keys(module.exports).sort()).toEqual(Object.keys(esm).sort());
    expect(Object.getOwnPropertyDescriptor(module.exports, '__esModule')).toMatchObject({ value: true, enumerable: false });
    expect(JSON.parse(JSON.stringify(module.exports))).toEqual(JSON.parse(JSON.stringify({ ...esm })));
    const a = module.exports.ASchema as { fields: { type: unknown }[] };
    expect(a.fields[0].type).toBe(module.exports.BSchema);
    expect((module.exports.OPERATIONS as Record<string, unknown>).do).toBe(module.exports.DoOperation);
  });

  test('the generated packages ship it, byte for byte what the writer gives, never a compiled copy', () => {
    for (const pkg of ['tpclient', 'interop', 'caliq']) {
      const cjs = readFileSync(join(root, 'generated', pkg, 'dist', 'cjs', 'descriptors.js'), 'utf8');
      expect(cjs, pkg).toMatch(/^const \w+ = \(exports\.\w+ = /m);
      expect(cjs, pkg).not.toMatch(/= void 0;/);
    }
  });
});

describe('descriptors.js of the generated packages', () => {
  // The literals are written as JavaScript: each is checked here against its declared type, as the
  // compiler checked them when they were TypeScript.
  test.each([['interop'], ['hostile'], ['xweb'], ['wsdl-choice'], ['encoded'], ['caliq']])('%s: every constant is of its declared type', (pkg) => {
    const dir = join(root, 'generated', pkg);
    const js = readFileSync(join(dir, 'descriptors.js'), 'utf8');
    const dts = readFileSync(join(dir, 'descriptors.d.ts'), 'utf8');
    const declared = new Map([...dts.matchAll(/^export declare const (\S+): ([^;{]+);$/gm)].map((m) => [m[1], m[2]] as const));
    const imports = [...dts.matchAll(/^import type \{ ([^}]+) \} from '\.\/(runtime\/[\w-]+)\.js';$/gm)].map((m) => `import type { ${m[1]} } from ${JSON.stringify(join(dir, `${m[2]}.ts`))};`);
    let typed = 0;
    const body = js.replace(/^export const (\S+) = /gm, (all, name: string) => {
      const type = declared.get(name);
      if (!type) return all;
      typed++;
      return `export const ${name}: ${type} = `;
    });
    expect(typed).toBe(declared.size);
    const work = mkdtempSync(join(tmpdir(), 'svcgen-descriptors-'));
    const file = join(work, 'descriptors.ts');
    writeFileSync(file, `${imports.join('\n')}\n${body.replace(/^export const OPERATIONS = /m, 'export const OPERATIONS: Record<string, unknown> = ')}`);
    expect(typecheck([file], 'Bundler').filter((d) => d.startsWith(file))).toEqual([]);
  }, 120_000);
});
