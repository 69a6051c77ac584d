import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { callEveryOperation } from '../helpers/fixture-calls.js';

/**
 * Every operation of every package in generated/, called with its own typed fixture against its
 * own `createMockFetch()`: the fixtures of requests and responses pass the package's validators,
 * the mock reports no problem and the call resolves.
 */

const GENERATED = new URL('../../generated/', import.meta.url).pathname;
const packages = readdirSync(GENERATED).filter((d) => existsSync(join(GENERATED, d, 'index.ts'))).sort();

describe.each(packages)('%s', (name) => {
  test('every operation accepts its own fixture, and its mock answers with a valid fixture', async () => {
    const { calls, failures } = await callEveryOperation(join(GENERATED, name));
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(0);
  });
});
