import { expect, test, vi } from 'vitest';
import { run } from './cli-run.js';

/** An internal error (a bug, not bad input) prints one line and exit 70; `--verbose` adds the stack. */

vi.mock('../../generator/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../generator/pipeline.js')>();
  return {
    ...real,
    loadService: async () => {
      throw new TypeError('simulated bug in a pass');
    },
  };
});

test('without --verbose: the message and a hint, no stack trace', async () => {
  const r = await run(['ir', 'any.wsdl']);
  expect(r.code).toBe(70);
  expect(r.err).toContain('svcgen: internal error: simulated bug in a pass');
  expect(r.err).toContain('--verbose');
  expect(r.err).not.toMatch(/^\s+at /m);
});

test('with --verbose: the stack trace', async () => {
  const r = await run(['ir', 'any.wsdl', '--verbose']);
  expect(r.code).toBe(70);
  expect(r.err).toMatch(/TypeError: simulated bug in a pass\n\s+at /);
});
