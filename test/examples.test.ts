/**
 * The examples under examples/ (SOAP and Web API packages alike): each type-checks (plain
 * JavaScript, `// @ts-check`, against the packages' built `.d.ts`) and runs with node, offline,
 * against the package's mock.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.js')).sort();
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

describe('examples/', () => {
  test('there is one example per seed package, SOAP and Web API', () => {
    expect(examples).toEqual(expect.arrayContaining(['plusventa.js', 'tpclient.js', 'xweb.js', 'seethepro.js', 'caliq.js']));
  });

  test('type-check as JavaScript against the packages\' declarations', () => {
    const args = ['--noEmit', '--allowJs', '--checkJs', '--strict', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM', '--types', 'node'];
    const run = () => execFileSync(process.execPath, [tsc, ...args, ...examples.map((f) => join(root, 'examples', f))], { cwd: root, encoding: 'utf8' });
    expect(run).not.toThrow();
  });

  for (const f of examples) {
    test(`${f} runs with node, offline`, () => {
      const out = execFileSync(process.execPath, [join(root, 'examples', f)], { cwd: root, encoding: 'utf8', env: { ...process.env, HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9' } });
      expect(out.trim().split('\n').length).toBeGreaterThanOrEqual(2);
    });
  }
});
