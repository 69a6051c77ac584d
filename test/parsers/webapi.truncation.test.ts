import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { parseWebApiHelp } from '../../generator/parsers/webapi/index.js';
import { render } from './webapi-support/render.js';
import { HELPPAGES } from '../helpers/data.js';
import { HELPPAGES_DIR, readRepo, SEED1, SEED2, seed2Page } from './webapi-support/seeds.js';

const corpus = readdirSync(HELPPAGES)
  .filter((f) => f.startsWith('webapi_'))
  .map((f) => [f, readRepo(HELPPAGES_DIR + f)] as const);
const inputs: (readonly [string, string])[] = [
  [SEED1, readRepo(SEED1)],
  [SEED2, readRepo(SEED2)],
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
    const text = readRepo(SEED2);
    const cut = text.indexOf('ContactedBy |');
    const s = await parseWebApiHelp({ file: 'cut.txt', location: 'cut.txt', text: text.slice(0, cut) }, {});
    expect(s.operations[0].name).toBe('InteractionCreate');
    expect(s.diagnostics.some((d) => d.code === 'SVC110' && /response/.test(d.message))).toBe(true);
  });

  it('an empty file is a SpecError', async () => {
    await expect(outcome('e.txt', '   \n')).resolves.toBe('spec-error');
  });
  const truncations = async (file: string, text: string): Promise<string[]> => {
    const s = await parseWebApiHelp({ file, location: file, text }, {});
    return s.diagnostics.filter((d) => d.code === 'SVC110').map((d) => d.message);
  };

  it('complete pages (seeds, rendered HTML, corpus pages without a capture marker) carry no TRUNCATED warning', async () => {
    const complete = inputs.filter(([, text]) => !/excerpt truncated/.test(text));
    expect(complete.length).toBeGreaterThanOrEqual(20);
    for (const [file, text] of complete) expect(await truncations(file, text), file).toEqual([]);
  });

  it('a page ending after a "Sample:" label names the media type whose sample is missing', async () => {
    const text = readRepo(SEED1);
    const at = text.lastIndexOf('Sample:') + 'Sample:'.length;
    const w = await truncations('cut.txt', text.slice(0, at));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/application\/xml, text\/xml sample header .*"Sample:" label; missing: the sample/);
  });

  it('a response sample that does not close gives one warning, for JSON and XML alike', async () => {
    const text = readRepo(SEED1);
    const json = text.indexOf('"CampaignKey": "sample string 2"');
    const xml = text.indexOf('<CampaignKey>', json);
    for (const cut of [json + 10, xml + 5, text.trimEnd().length - 3]) {
      const w = await truncations('cut.txt', text.slice(0, cut));
      expect(w, String(cut)).toHaveLength(1);
      expect(w[0]).toMatch(/response sample .* is cut off at line \d+: it does not close/);
    }
  });

  it('a void response ends with None.; a cut inside it, or after a response type without None., is reported', async () => {
    const page = 'DELETE api/items/{id}\nRequest Information\nURI Parameters\nNone.\nBody Parameters\nNone.\nResponse Information\nResource Description\nNone.\n';
    expect(await truncations('void.txt', page)).toEqual([]);
    expect(await truncations('void.txt', page.slice(0, -3))).toHaveLength(1);
    const typed = page.replace(/None\.\n$/, 'IHttpActionResult\n');
    expect((await truncations('typed.txt', typed))[0]).toMatch(/right after the response type IHttpActionResult .*missing: its table \(or None\.\)/);
    expect(await truncations('typed.txt', `${typed}None.\n`)).toEqual([]);
  });

  it('a page ending in the request sections lists the sections it lacks', async () => {
    const text = readRepo(SEED1);
    const w = await truncations('cut.txt', text.slice(0, text.indexOf('Body Parameters')));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/"URI Parameters" section, before the response description.*missing: Body Parameters, Response Information, Resource Description/);
  });

  it('response formats that stop before a JSON/XML media type the request formats list are reported', async () => {
    const text = readRepo(SEED2);
    const resp = text.indexOf('Response Formats');
    const cut = text.indexOf('\napplication/xml', resp);
    const w = await truncations('cut.txt', text.slice(0, cut));
    expect(w).toHaveLength(1);
    expect(w[0]).toMatch(/missing: the application\/xml, text\/xml response sample\(s\) that the request formats list/);
  });
});
