import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { parseWebApiHelp } from '../../generator/parsers/webapi/index.js';
import { render } from './webapi-support/render.js';
import { readShared, SEED1, SEED2, SHARED, seed2Page } from './webapi-support/seeds.js';

const corpus = readdirSync(new URL('corpus/helppages/', SHARED))
  .filter((f) => f.startsWith('webapi_'))
  .map((f) => [f, readShared(`corpus/helppages/${f}`)] as const);
const inputs: (readonly [string, string])[] = [
  [SEED1, readShared(SEED1)],
  [SEED2, readShared(SEED2)],
  ['seed002.html', render(seed2Page(), 'html')],
  ...corpus,
];

/** A Service or a SpecError; anything else (another exception) fails. */
async function outcome(file: string, text: string): Promise<'service' | 'spec-error'> {
  try {
    const s = await parseWebApiHelp({ file, location: file, text }, {});
    expect(s.kind).toBe('service');
    expect(s.operations.length + s.types.length).toBeGreaterThan(0);
    JSON.stringify(s);
    return 'service';
  } catch (e) {
    if (e instanceof SpecError) return 'spec-error';
    throw e;
  }
}

describe('Web API parser on truncated pages', () => {
  for (const [file, text] of inputs) {
    it(`${file}: 30 random cut points give a Service or a SpecError`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: text.length }), async (cut) => {
          await outcome(file, text.slice(0, cut));
        }),
        { numRuns: 30, seed: 20240611 },
      );
    });
  }

  it('a page cut inside the body table still yields the operation and a TRUNCATED warning', async () => {
    const text = readShared(SEED2);
    const cut = text.indexOf('ContactedBy |');
    const s = await parseWebApiHelp({ file: 'cut.txt', location: 'cut.txt', text: text.slice(0, cut) }, {});
    expect(s.operations[0].name).toBe('InteractionCreate');
    expect(s.diagnostics.some((d) => d.code === 'SVC110' && /response/.test(d.message))).toBe(true);
  });

  it('an empty file is a SpecError', async () => {
    await expect(outcome('e.txt', '   \n')).resolves.toBe('spec-error');
  });
});
