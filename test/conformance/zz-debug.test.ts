import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'vitest';
import { runCase, cases } from '/work/main/test/conformance/node-soap.js';
test('one', async () => {
  const work = mkdtempSync(path.join(tmpdir(), 'ns-'));
  const names = (process.env.CASES ?? '').split(',').filter(Boolean);
  for (const n of names.length ? names : cases()) {
    try { const r = await runCase(n, work); console.log(n, r.problems.length ? 'FAIL' : 'PASS', '\n   ' + r.problems.join('\n   ')); }
    catch (e) { console.log(n, 'ERR', String(e).slice(0, 300)); }
  }
  console.log('work', work);
}, 600000);
