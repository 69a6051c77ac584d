/**
 * svcgen itself packs with what it needs to run: the CLI, the compiled generator, the templates
 * and the runtime prepared by `npm run build` (dist/runtime.json), and nothing of the repository's
 * tests, specs or generated packages.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('npm pack of svcgen ships bin/, dist/ (with the built runtime) and templates/ only', () => {
  // --ignore-scripts: `prepare` (the build) already ran before the suite (`npm test`).
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  const files = new Set((JSON.parse(out) as { files: { path: string }[] }[])[0].files.map((f) => f.path));
  for (const f of ['bin/svcgen.js', 'dist/cli.js', 'dist/index.js', 'dist/index.d.ts', 'dist/runtime.json', 'package.json', 'README.md', 'svcgen.config.schema.json']) expect(files, f).toContain(f);
  for (const f of readdirSync(new URL('../../templates/runtime/', import.meta.url))) expect(files).toContain(`templates/runtime/${f}`);
  for (const f of readdirSync(new URL('../../templates/soap/', import.meta.url))) expect(files).toContain(`templates/soap/${f}`);
  const tops = new Set([...files].map((f) => f.split('/')[0]));
  expect([...tops].sort()).toEqual(['README.md', 'bin', 'dist', 'package.json', 'svcgen.config.schema.json', 'templates']);
}, 90_000);
