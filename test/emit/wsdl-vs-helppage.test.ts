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
import { loadService, resolveService } from '../../generator/pipeline.js';
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
    const files = await emitPackage(resolveService(service), { packageName: folder, format: false, build: false });
    const dir = path.join(work, folder);
    for (const [f, text] of files) {
      if (!/\.(?:ts|js)$/.test(f) || f.startsWith('dist/')) continue;
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

/**
 * The other direction for an rpc/encoded service: the checked-in client of Encoded.asmx comes from
 * its live WSDL (generated/encoded); a client generated from its Mono help page (SOAP-encoded
 * samples with multi-reference values) must give `redraw` the same parameter and result types.
 * Mono prints the enumeration `Tint` as `string`, so `Tint` is compared by assignability only.
 */
describe('Encoded (rpc/encoded): help-page client vs WSDL client', () => {
  test('redraw has identical parameter and result types (Tint: the enum fits the string)', async () => {
    const page = 'test/interop/snapshots/Encoded.Redraw.Soap.msg.html';
    const service = await loadService([page], { name: 'Encoded', cwd: ROOT });
    expect(service.operations.find((o) => o.name === 'Redraw')).toMatchObject({ style: 'rpc', use: 'encoded' });
    const files = await emitPackage(resolveService(service), { packageName: 'encoded-page', format: false, build: false });
    const dir = path.join(work, 'encoded-page');
    for (const [f, text] of files) {
      if (!/\.(?:ts|js)$/.test(f) || f.startsWith('dist/')) continue;
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
    expect(methods(files.get('client.ts')!, 'EncodedClient')).toEqual(['redraw']);
    const wsdlClient = path.join(ROOT, 'generated', 'encoded', 'client.js');
    const lines = [
      `import type { EncodedClient as H } from './client.js';`,
      `import type { EncodedClient as W } from ${JSON.stringify(wsdlClient)};`,
      'type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;',
      'function same<A, B>(ok: Same<A, B>): Same<A, B> { return ok; }',
      'type WIn = Parameters<W["redraw"]>[0]; type HIn = Parameters<H["redraw"]>[0];',
      'type WOut = Awaited<ReturnType<W["redraw"]>>; type HOut = Awaited<ReturnType<H["redraw"]>>;',
      'same<keyof WIn, keyof HIn>(true);',
      'same<{} extends Pick<WIn, "d"> ? 1 : 2, {} extends Pick<HIn, "d"> ? 1 : 2>(true);',
      'same<Omit<WIn["d"], "Tint">, Omit<HIn["d"], "Tint">>(true);',
      'same<Omit<WOut, "Tint">, Omit<HOut, "Tint">>(true);',
      'same<{} extends Pick<HIn["d"], "Tint"> ? 1 : 2, 2>(true);',
      'const tint: HIn["d"]["Tint"] = "dark-blue" satisfies WIn["d"]["Tint"];',
      'const back: HOut["Tint"] = null as unknown as WOut["Tint"];',
      'export { tint, back };',
    ];
    writeFileSync(path.join(dir, 'compare.ts'), lines.join('\n'));
    expect(typecheck([path.join(dir, 'compare.ts')])).toEqual([]);
  }, 120_000);
});
