import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { EmitOptions } from '../../generator/emit/index.js';
import type { Service } from '../../generator/ir/types.js';
import { resolveService } from '../../generator/pipeline.js';
import { sampleService } from './sample-service.js';

/** Every file under `dir`, recursively. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

/** A fresh generator (no in-memory caches) using the disk cache in `dir`. */
async function freshEmitter(dir: string) {
  process.env.SVCGEN_CACHE_DIR = dir;
  vi.resetModules();
  const { emitPackage } = await import('../../generator/emit/index.js');
  return (service: Service, options: EmitOptions) => emitPackage(resolveService(service), options);
}

/** Formatting and compiling results are kept on disk, so a later run redoes only what changed. */
describe('disk cache of formatting and compiling', () => {
  afterEach(() => {
    delete process.env.SVCGEN_CACHE_DIR;
    vi.doUnmock('prettier');
    vi.resetModules();
  });

  test('a second run with the same input formats nothing and gives the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-cache-'));
    const first = await (await freshEmitter(dir))(sampleService, { packageName: 'chat' });
    const entries = walk(dir);
    expect(entries.some((f) => f.includes(`${join(dir, 'format')}`))).toBe(true);
    expect(entries.some((f) => f.includes(`${join(dir, 'build')}`))).toBe(true);
    vi.doMock('prettier', () => ({
      format: () => {
        throw new Error('formatted again');
      },
    }));
    const second = await (await freshEmitter(dir))(sampleService, { packageName: 'chat' });
    expect([...second]).toEqual([...first]);
    expect(walk(dir).sort()).toEqual(entries.sort());
    // Another input is a miss: prettier is needed (and here refuses).
    await expect((await freshEmitter(dir))({ ...sampleService, name: 'Other' }, { packageName: 'other' })).rejects.toThrow('formatted again');
  }, 120_000);

  test('results are read from the cache (a changed entry shows), and SVCGEN_CACHE_DIR=off keeps none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-cache-'));
    await (await freshEmitter(dir))(sampleService, { packageName: 'chat' });
    for (const f of walk(join(dir, 'build'))) {
      const text = readFileSync(f, 'utf8');
      if (text.startsWith('{')) {
        const entry = JSON.parse(text) as { js: string };
        writeFileSync(f, JSON.stringify({ ...entry, js: `${entry.js}// from the cache\n` }));
      } else writeFileSync(f, `${text}// from the cache\n`);
    }
    const again = await (await freshEmitter(dir))(sampleService, { packageName: 'chat' });
    expect(again.get('dist/client.js')).toMatch(/\/\/ from the cache\n$/);
    expect(again.get('dist/cjs/client.js')).toMatch(/\/\/ from the cache\n$/);

    const off = mkdtempSync(join(tmpdir(), 'svcgen-cache-'));
    process.env.SVCGEN_CACHE_DIR = 'off';
    vi.resetModules();
    const { cacheDir } = await import('../../generator/emit/core/cache.js');
    expect(cacheDir()).toBeNull();
    const clean = await (await import('../../generator/emit/index.js')).emitPackage(resolveService(sampleService), { packageName: 'chat' });
    expect(clean.get('dist/client.js')).not.toContain('// from the cache');
    expect(readdirSync(off)).toEqual([]);
  }, 120_000);
});
