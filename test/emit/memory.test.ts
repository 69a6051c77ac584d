import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';

/** The built module (`npm run build`), as the CLI loads it. */
const memory = new URL('../../dist/emit/core/memory.js', import.meta.url).href;

/**
 * A live set, then many "parses" whose trees are garbage once done (what the generator does with
 * big files): the peak RSS of a process with and without the bound on heap growth. Many smaller
 * trees rather than a few huge ones: the peak then measures the garbage left uncollected, not the
 * one tree being built (measured on a loaded machine: 365 MB unbounded, 210 MB bounded).
 */
function peakMb(bound: boolean): number {
  const script = `
${bound ? `(await import(${JSON.stringify(memory)})).boundHeapGrowth();` : ''}
const live = [];
for (let i = 0; i < 60; i++) live.push(Array.from({ length: 20000 }, (_, j) => ({ i, j })));
let sink = 0;
for (let round = 0; round < 48; round++) {
  const tree = [];
  for (let i = 0; i < 10; i++) tree.push(Array.from({ length: 20000 }, (_, j) => ({ round, i, j })));
  sink += tree.length;
}
// The live set is read at the end, so it stays alive throughout.
process.stdout.write(String(live.length && sink ? Math.round(process.resourceUsage().maxRSS / 1024) : 0));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

test('boundHeapGrowth keeps the garbage of big parses from piling up (peak RSS well under the unbounded one)', () => {
  const free = peakMb(false);
  const bounded = peakMb(true);
  // Unbounded, V8 lets the heap grow to several times the live set before collecting.
  expect(bounded).toBeLessThan(free * 0.8);
}, 60_000);
