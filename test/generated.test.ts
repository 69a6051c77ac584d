import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../generator/cli.js';
import { typecheck } from './helpers/typecheck.js';

/** The checked-in generated/ is up to date and type-checks under strict in both resolutions. */

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'generated')).filter((n) => existsSync(join(root, 'generated', n, 'index.ts')));

function capture() {
  let out = '';
  let err = '';
  return { io: { out: { write: (s: string) => ((out += s), true) }, err: { write: (s: string) => ((err += s), true) } }, text: () => ({ out, err }) };
}

describe('checked-in generated/', () => {
  test('holds exactly one package per configured service', async () => {
    const { readFileSync } = await import('node:fs');
    const config = JSON.parse(readFileSync(join(root, 'svcgen.config.json'), 'utf8')) as { services: Record<string, unknown> };
    expect([...packages].sort()).toEqual(Object.keys(config.services).sort());
  });

  test.each(['NodeNext', 'Bundler'] as const)('type-checks under strict with moduleResolution %s', (mode) => {
    const roots = packages.flatMap((p) => [join(root, 'generated', p, 'index.ts'), join(root, 'generated', p, 'fixtures.ts')]);
    expect(typecheck(roots, mode)).toEqual([]);
  });

  test('is what `svcgen generate` produces (generate --check)', async () => {
    const c = capture();
    const code = await main(['generate', '--check', '--config', join(root, 'svcgen.config.json')], c.io as never);
    expect(c.text().err.split('\n').filter((l) => l.startsWith('stale'))).toEqual([]);
    expect(code).toBe(0);
    // Every package is rendered, formatted and built twice (ES modules and CommonJS): minutes on a busy machine.
  }, 240_000);

  test('uses no Node-only globals', async () => {
    const { readFileSync } = await import('node:fs');
    const ts = (await import('typescript')).default;
    const NODE_ONLY = new Set(['Buffer', 'process', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate']);
    for (const p of packages) {
      const files = readdirSync(join(root, 'generated', p)).filter((f) => /\.(?:ts|js)$/.test(f));
      files.push(...readdirSync(join(root, 'generated', p, 'runtime')).map((r) => `runtime/${r}`));
      for (const f of files) {
        const sf = ts.createSourceFile(f, readFileSync(join(root, 'generated', p, f), 'utf8'), ts.ScriptTarget.ES2022, true);
        const found: string[] = [];
        const visit = (n: import('typescript').Node): void => {
          // An identifier in expression position (not a property name) that names a Node global.
          if (ts.isIdentifier(n) && NODE_ONLY.has(n.text) && !(n.parent && (ts.isPropertyAccessExpression(n.parent) ? n.parent.name === n : 'name' in n.parent && (n.parent as { name?: unknown }).name === n))) found.push(n.text);
          ts.forEachChild(n, visit);
        };
        visit(sf);
        expect(found, `${p}/${f}`).toEqual([]);
      }
    }
  });
});
