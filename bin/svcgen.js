#!/usr/bin/env node
// Entry point of the svcgen CLI. The generator is written in TypeScript and compiled to dist/
// by `npm run build` (run automatically by `npm install` through the `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write('svcgen: dist/ is missing; run `npm run build` (or `npm install`) first.\n');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
