import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emitPackage } from '../../generator/emit/index.js';
import { resolveService } from '../../generator/pipeline.js';
import { typecheck } from '../helpers/typecheck.js';
import { sampleService } from './sample-service.js';

/** The SOAP emitter on a hand-written IR: type map, escaping, recursion, determinism, strictness. */
describe('emitPackage (SOAP)', async () => {
  const files = await emitPackage(resolveService(sampleService), { packageName: 'chat', build: false });
  const types = files.get('types.ts')!;
  const descriptors = files.get('descriptors.js')!;
  const client = files.get('client.ts')!;

  test('maps wire types per direction', () => {
    expect(types).toMatch(/When: string \| Date;/);
    expect(types).toMatch(/Amount: string \| number \| bigint;/);
    expect(types).toMatch(/'my-field'\?: string \| null;/);
    expect(types).toMatch(/export type Status = 'Open' \| 'Closed';/);
    expect(types).toMatch(/Tags\?: string\[\];/);
  });

  test('a description cannot close its comment or inject code', () => {
    expect(client).toContain('Careful: *\u200b/ ends comments');
    expect(client).not.toMatch(/Careful: \*\//);
  });

  test('a recursive type refers to its descriptor through a getter', () => {
    expect(descriptors).toMatch(/key: 'Next',[\s\S]*?get type\(\) \{\s*return ChatSchema;/);
  });

  test('the result type of a single-result operation is the result field', () => {
    expect(client).toMatch(/getChat\([\s\S]*?\): Promise<Chat \| undefined>;/);
    expect(client).toMatch(/ping\([\s\S]*?\): Promise<void>;/);
  });

  test('the same IR gives the same bytes', async () => {
    const again = await emitPackage(resolveService(sampleService), { packageName: 'chat', build: false });
    expect([...again]).toEqual([...files]);
  });

  test('the package type-checks under strict', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-emit-'));
    for (const [p, t] of files) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), t);
    }
    expect(typecheck([join(dir, 'index.ts'), join(dir, 'fixtures.ts'), join(dir, 'mock.ts')])).toEqual([]);
  });
});
