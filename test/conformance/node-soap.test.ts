import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cases, expectedDifferences, runCase, type CaseResult } from './node-soap.js';

/** node-soap's golden request/response pairs against svcgen's generated clients (see node-soap.ts). */

const work = mkdtempSync(path.join(tmpdir(), 'svcgen-node-soap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('node-soap samples: every case passes or is listed with its reason', async () => {
  const expected = expectedDifferences();
  const results: CaseResult[] = [];
  for (const name of cases()) {
    try {
      results.push(await runCase(name, work));
    } catch (e) {
      results.push({ name, problems: [`generation: ${e instanceof Error ? e.message.split('\n')[0].slice(0, 200) : String(e)}`], stated: new Set() });
    }
  }
  const passed = results.filter((r) => r.problems.length === 0);
  const stated = new Map<string, number>();
  for (const r of passed) for (const s of r.stated) stated.set(s, (stated.get(s) ?? 0) + 1);
  console.log(
    `node-soap samples: ${passed.length} of ${results.length} pass` +
      `${[...stated].map(([s, n]) => `\n  stated difference in ${n} passing case(s): ${s}`).join('')}`,
  );
  if (process.env.NODE_SOAP_RECORD) writeFileSync(process.env.NODE_SOAP_RECORD, results.filter((r) => r.problems.length).map((r) => `${r.name}\t${r.problems.slice(0, 2).join('; ').replace(/\s+/g, ' ')}`).join('\n') + '\n');
  const unexpected = results.filter((r) => r.problems.length && !expected.has(r.name)).map((r) => `${r.name}: ${r.problems.slice(0, 3).join(' | ')}`);
  expect(unexpected).toEqual([]);
  const nowPassing = passed.filter((r) => expected.has(r.name)).map((r) => r.name);
  expect(nowPassing).toEqual([]);
}, 600_000);
