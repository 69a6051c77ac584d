import { expect, test } from 'vitest';
import { afterBigFile, BIG_FILE_CHARS } from '../../generator/emit/core/memory.js';

/** After a big file, the garbage of its parse is collected at once (no command-line flag needed). */
test('afterBigFile collects garbage after a big file, and does nothing after a small one', () => {
  // Held while they are made (so they reach the old generation, as a parse's tree does), then dropped.
  const garbage = () => {
    const held: number[][] = [];
    for (let i = 0; i < 200; i++) held.push(new Array(100_000).fill(i));
    return held.length;
  };
  garbage();
  const before = process.memoryUsage().heapUsed;
  afterBigFile(BIG_FILE_CHARS);
  const after = process.memoryUsage().heapUsed;
  // 200 arrays of 100,000 numbers are ~160 MB of garbage: most of it is gone.
  expect(before - after).toBeGreaterThan(50 * 1024 * 1024);
  garbage();
  const small = process.memoryUsage().heapUsed;
  afterBigFile(BIG_FILE_CHARS - 1);
  expect(process.memoryUsage().heapUsed).toBeGreaterThan(small - 50 * 1024 * 1024);
});
