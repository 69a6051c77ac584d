/**
 * The generated README is a guide: endpoint and protocol, errors, $raw, session, auth, CORS, the
 * mock, and an example per operation with fixture values that type-checks against the package;
 * capped for big services.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { README_EXAMPLES } from '../../generator/emit/index.js';
import { loadService, resolveService } from '../../generator/pipeline.js';
import { emitPackage } from '../../generator/emit/index.js';
import { typecheck } from '../helpers/typecheck.js';
import { wsdlOf, type WsdlSpec } from '../workflow/wsdl-builder.js';
import { shopService } from '../rest/synthetic-service.js';
import { restOps } from '../helpers/ir.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = (pkg: string) => readFileSync(join(root, 'generated', pkg, 'README.md'), 'utf8');

/** The TypeScript blocks of a README section. */
function blocks(text: string, heading: string): string[] {
  const start = text.indexOf(`\n## ${heading}\n`);
  const end = text.indexOf('\n## ', start + 4);
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('generated README', () => {
  test.each([['tpclient'], ['wsdl-headers'], ['interop']])('%s: every section of the guide', (pkg) => {
    const text = readme(pkg);
    for (const heading of ['Usage', 'Endpoint and protocol', 'Operations', 'Errors', 'Raw responses: `$raw`', 'Session', 'Authentication', 'Browsers and CORS', 'Testing with the mock']) {
      expect(text, heading).toContain(`\n## ${heading}\n`);
    }
    expect(text).toContain('Access-Control-Allow-Headers: Content-Type, SOAPAction');
    expect(text).toMatch(/mock\.once\('/);
  });

  test.each([['tpclient'], ['wsdl-headers'], ['interop']])('%s: one example per operation, with fixture values, that type-checks', (pkg) => {
    const ir = JSON.parse(readFileSync(join(root, 'generated', pkg, 'ir.json'), 'utf8')) as { operations: unknown[] };
    const examples = blocks(readme(pkg), 'Operations');
    expect(examples).toHaveLength(Math.min(ir.operations.length, README_EXAMPLES));
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-readme-'));
    const file = join(dir, 'examples.ts');
    const body = examples.map((e, i) => `export async function example${i}() {\n${e}${/const result/.test(e) ? 'return result;\n' : ''}}\n`).join('\n');
    // The result types the examples name, imported as a reader would.
    const types = [...new Set(examples.flatMap((e) => [...(/const result: ([^=]+)=/.exec(e)?.[1] ?? '').matchAll(/\b[A-Z][\w$]*/g)].map((m) => m[0]).filter((n) => !(n in globalThis))))];
    const entry = JSON.stringify(join(root, 'generated', pkg, 'index.js'));
    writeFileSync(file, `import { createClient } from ${entry};\n${types.length ? `import type { ${types.join(', ')} } from ${entry};\n` : ''}const client = createClient({ endpoint: 'http://localhost/x' });\n${body}`);
    expect(typecheck([file], "Bundler").filter((d) => d.startsWith(file)).map((d) => d.slice(file.length))).toEqual([]);
  }, 60_000);

  test('tpclient: the example carries the fixture\'s values', () => {
    const text = readme('tpclient');
    expect(text).toMatch(/client\.getChatRequestByConnectionId\(\{\s*PublicKey1: 'string',[\s\S]*ChatConnectionIDBD: 'string',\s*\}\)/);
  });

  test('a service with many operations: examples for the first ones, the rest by name', async () => {
    const operations: Record<string, WsdlSpec['operations'][string]> = {};
    for (let i = 0; i < 260; i++) operations[`Op${i}`] = { input: [{ name: 'Id', type: 's:int' }, { name: 'Name', type: 's:string', min: 0 }], output: [{ name: `Op${i}Result`, type: 's:string', min: 0 }] };
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-readme-'));
    writeFileSync(join(dir, 'big.wsdl'), wsdlOf({ operations }));
    const service = await loadService(['big.wsdl'], { cwd: dir, name: 'Big' });
    const text = (await emitPackage(resolveService(service), { packageName: 'big', build: false })).get('README.md')!;
    expect(blocks(text, 'Operations')).toHaveLength(README_EXAMPLES);
    expect(text).toContain(`${260 - README_EXAMPLES} more operation(s), documented in \`client.ts\``);
    expect(text).toContain('`op224`');
    expect(text).toContain('and 35 more.');
    expect(text).not.toContain('`op225`');
    expect(text.length).toBeLessThan(40_000);
  }, 60_000);

  test('a Web API with many endpoints: examples for the first ones, the rest by name', async () => {
    const get = restOps(shopService).find((o) => o.rest.method === 'GET')!;
    const operations = Array.from({ length: 40 }, (_, i) => ({ ...get, name: `GetThing${i}`, rest: { ...get.rest, path: `api/v2/thing${i}/{id}` } }));
    const text = (await emitPackage(resolveService({ ...shopService, operations }), { packageName: 'shop', build: false })).get('README.md')!;
    expect(text.match(/^### `/gm)).toHaveLength(README_EXAMPLES);
    expect(text).toContain(`${40 - README_EXAMPLES} more endpoint(s), documented in \`client.ts\``);
  }, 60_000);
});
