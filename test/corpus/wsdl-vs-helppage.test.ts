/**
 * The same service described twice: the clients generated from the live WSDL of
 * TPClientWebServicesAPI / PlusventaServiceV2 (test/interop/snapshots/*.wsdl) and from their seed
 * help pages (checked in under generated/) must expose identical method signatures for the
 * operations both describe: method names, parameter and result types, compared by the TypeScript
 * checker with the "identical types" relation (property names, optionality and types, recursively).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { loadService } from '../../generator/pipeline.js';
import { typecheck } from '../helpers/typecheck.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'svcgen-wsdl-vs-help-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Method names of a generated client interface (its `client.ts`). */
function methods(clientTs: string, client: string): string[] {
  const body = new RegExp(`export interface ${client}\\b[^{]*\\{([\\s\\S]*?)\\n  readonly \\$raw`).exec(clientTs)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
}

describe.each([
  { folder: 'tpclient', name: 'TPClientWebServicesAPI', wsdl: 'test/interop/snapshots/TPClientWebServicesAPI.wsdl' },
  { folder: 'plusventa', name: 'PlusventaServiceV2', wsdl: 'test/interop/snapshots/PlusventaServiceV2.wsdl' },
])('$name: WSDL client vs help-page client', ({ folder, name, wsdl }) => {
  test('same methods with identical parameter and result types', async () => {
    const service = await loadService([wsdl], { name, cwd: ROOT });
    const files = await emitPackage(service, { packageName: folder, format: false, build: false });
    const dir = path.join(work, folder);
    for (const [f, text] of files) {
      if (!f.endsWith('.ts') || f.startsWith('dist/')) continue;
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    const client = `${name}Client`;
    const fromWsdl = methods(files.get('client.ts')!, client);
    const fromHelp = methods(readFileSync(path.join(ROOT, 'generated', folder, 'client.ts'), 'utf8'), client);
    expect(fromHelp.length).toBeGreaterThan(0);
    // The help pages list every operation the WSDL has.
    expect([...fromWsdl].sort()).toEqual([...fromHelp].sort());
    const helpClient = path.join(ROOT, 'generated', folder, 'client.js');
    const lines = [
      `import type { ${client} as W } from './client.js';`,
      `import type { ${client} as H } from ${JSON.stringify(helpClient)};`,
      'type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;',
      'function same<A, B>(ok: Same<A, B>): Same<A, B> { return ok; }',
      ...fromHelp.flatMap((m) => [
        `same<Parameters<W[${JSON.stringify(m)}]>[0], Parameters<H[${JSON.stringify(m)}]>[0]>(true);`,
        `same<Awaited<ReturnType<W[${JSON.stringify(m)}]>>, Awaited<ReturnType<H[${JSON.stringify(m)}]>>>(true);`,
      ]),
      'export {};',
    ];
    writeFileSync(path.join(dir, 'compare.ts'), lines.join('\n'));
    expect(typecheck([path.join(dir, 'compare.ts')])).toEqual([]);
  }, 120_000);
});
