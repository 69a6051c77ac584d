import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Codes, SpecError } from '../../generator/diagnostics.js';
import type { Service } from '../../generator/ir/types.js';
import { articleToHtml, fixture, parse, seedText } from './samples-helpers.js';

/** Parses, returning the Service or the SpecError; any other exception fails the test. */
async function outcome(text: string): Promise<Service | SpecError> {
  try {
    return await parse(text);
  } catch (e) {
    if (e instanceof SpecError) return e;
    throw e;
  }
}

describe('sample article reader: truncated input', () => {
  it.each([
    ['seed text', seedText()],
    ['seed HTML', articleToHtml(seedText())],
    ['two operations', fixture('two-operations.txt')],
  ])('%s cut at 30 random points: a Service or a SpecError, nothing else', async (_, full) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: full.length }), async (cut) => {
        const r = await outcome(full.slice(0, cut));
        if (r instanceof SpecError) {
          expect(r.diagnostic.severity).toBe('error');
          return;
        }
        expect(r.kind).toBe('service');
        expect(r.operations.length).toBeGreaterThan(0);
        JSON.stringify(r);
      }),
      { numRuns: 30, seed: 4 },
    );
  });

  it('warns TRUNCATED and names the missing end tags when cut inside the request', async () => {
    const text = seedText();
    const cut = text.indexOf('<ns:cma_activity_code>Opened');
    const s = await parse(text.slice(0, cut));
    const w = s.diagnostics.find((d) => d.code === Codes.TRUNCATED);
    expect(w?.message).toContain('</ns:CustomerMessagingActivityObjects>');
    expect(s.operations[0].name).toBe('InsertFacadeObject');
    expect(s.operations[0].output?.fields).toEqual([]);
    expect(s.diagnostics.some((d) => d.code === Codes.MISSING && d.message.includes('no response sample'))).toBe(true);
  });

  it('throws a SpecError when no envelope body survives', async () => {
    const text = seedText();
    await expect(parse(text.slice(0, text.indexOf('<soapenv:Body>')))).rejects.toBeInstanceOf(SpecError);
    await expect(parse('')).rejects.toBeInstanceOf(SpecError);
  });
});
