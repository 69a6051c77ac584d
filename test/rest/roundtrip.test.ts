import { describe, expect, test } from 'vitest';
import { canon, diffCanon } from '../helpers/xml-canon.js';
import { compactJson, compactXml } from './helpers.js';

/**
 * Round trip of the Web API seed packages in both formats: serializing the typed fixture (read
 * from the page's JSON sample) reproduces the page's JSON sample byte for byte (whitespace
 * aside) and its XML sample (canonically, and byte for byte once the page's indentation is
 * removed); parsing either sample gives the fixture back. Sample values the package's own
 * validator refuses (Caliq's `"sample string 4"` for a 10-character `AccountNo`) are replaced in
 * the fixture by values that satisfy the annotations; the comparison substitutes exactly those.
 */

interface Body {
  type: unknown;
  array?: boolean;
}
interface Op {
  body?: Body;
  response?: Body;
  xmlFlavour: string;
}
interface Fx {
  body: unknown;
  response: unknown;
  samples: Record<string, { request?: string; response?: string }>;
}

async function load(name: string) {
  const base = `../../generated/${name}/`;
  const [fx, d, json, xml, validate] = await Promise.all([
    import(`${base}fixtures.ts`),
    import(`${base}descriptors.js`),
    import(`${base}runtime/rest-json.ts`),
    import(`${base}runtime/rest-xml.ts`),
    import(`${base}runtime/validate.ts`),
  ]);
  return {
    validateValue: validate.validateValue as (t: unknown, v: unknown, p: string, f?: unknown) => { path: string }[],
    fixtures: fx.fixtures as Record<string, Fx>,
    ops: d.OPERATIONS as Record<string, Op>,
    writeJson: json.writeJson as (t: unknown, v: unknown, a: boolean, p: string) => string,
    readJson: json.readJson as (s: string, t: unknown, a: boolean) => unknown,
    writeXml: xml.writeXml as (b: Body, f: string, v: unknown, p: string) => string,
    readXml: xml.readXml as (s: string, b: Body) => unknown,
  };
}

const exact = (e: string, a: string) => e === a;

type Loaded = Awaited<ReturnType<typeof load>>;

/**
 * The top-level members whose sample value the validator refuses, with the sample's and the
 * fixture's value; checks that the fixture is the sample with exactly those replaced.
 */
function replaced(p: Loaded, body: Body, fromSample: unknown, fixture: unknown): [string, unknown, unknown][] {
  if (typeof fromSample !== 'object' || fromSample === null || Array.isArray(fromSample)) {
    expect(fromSample).toEqual(fixture);
    return [];
  }
  const refused = new Set(p.validateValue(body.type, fromSample, 'v', { key: 'v', type: body.type, array: body.array }).map((x) => x.path.split('.')[1]));
  const sample = fromSample as Record<string, unknown>;
  const fx = fixture as Record<string, unknown>;
  const out: [string, unknown, unknown][] = [...refused].map((k) => [k, sample[k], fx[k]]);
  expect({ ...sample, ...Object.fromEntries(out.map(([k, , v]) => [k, v])) }).toEqual(fixture);
  return out;
}

const jsonWith = (text: string, swaps: [string, unknown, unknown][]) => swaps.reduce((t, [k, a, b]) => t.replace(`"${k}":${JSON.stringify(a)}`, `"${k}":${JSON.stringify(b)}`), text);
const xmlWith = (text: string, swaps: [string, unknown, unknown][]) => swaps.reduce((t, [k, a, b]) => t.replace(`<${k}>${String(a)}</${k}>`, `<${k}>${String(b)}</${k}>`), text);

describe.each(['seethepro', 'caliq'])('%s', (name) => {
  test('JSON: the typed fixture writes the page sample and reads back from it', async () => {
    const p = await load(name);
    let checked = 0;
    for (const [method, fx] of Object.entries(p.fixtures)) {
      const op = p.ops[method];
      const s = fx.samples.json;
      if (op.body && s?.request) {
        const swaps = replaced(p, op.body, p.readJson(s.request, op.body.type, !!op.body.array), fx.body);
        expect(p.writeJson(op.body.type, fx.body, !!op.body.array, 'body')).toBe(jsonWith(compactJson(s.request), swaps));
        checked++;
      }
      if (op.response && s?.response) {
        const swaps = replaced(p, op.response, p.readJson(s.response, op.response.type, !!op.response.array), fx.response);
        expect(p.writeJson(op.response.type, fx.response, !!op.response.array, 'response')).toBe(jsonWith(compactJson(s.response), swaps));
        checked++;
      }
    }
    expect(checked).toBe(2);
  });

  test('XML: the typed fixture writes the page sample and reads back from it', async () => {
    const p = await load(name);
    let checked = 0;
    for (const [method, fx] of Object.entries(p.fixtures)) {
      const op = p.ops[method];
      const s = fx.samples.xml;
      for (const [which, body, value] of [['request', op.body, fx.body], ['response', op.response, fx.response]] as const) {
        const sample = s?.[which];
        if (!body || !sample) continue;
        const swaps = replaced(p, body, p.readXml(sample, body), value);
        const expected = xmlWith(sample, swaps);
        const written = p.writeXml(body, op.xmlFlavour, value, which);
        expect(diffCanon(canon(expected), canon(written), exact)).toEqual([]);
        expect(written).toBe(compactXml(expected));
        checked++;
      }
    }
    expect(checked).toBe(2);
  });
});

test('fixtures hold the values printed on the pages, not placeholders', async () => {
  const stp = await load('seethepro');
  expect(stp.fixtures.vspinteractionCreate.body).toMatchObject({ AppAccessKey: 'sample string 1', AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7' });
  const caliq = await load('caliq');
  expect(caliq.fixtures.interactionCreate.body).toMatchObject({ ChannelID: 2, CustomerID: 3, FollowUpNotes: 'sample string 15' });
  // Values the annotations refuse (MaxLength 10, MaxLength 1) are replaced by ones they accept.
  expect(caliq.fixtures.interactionCreate.body).toMatchObject({ AccountNo: 'string', Kind: 's', ContactedBy: 'string', FollowUpBy: 'string' });
  expect(caliq.fixtures.interactionCreate.response).toEqual({
    InteractionAddData: {
      OK: true,
      InteractionCreateIssues: [
        { ID: 1, Message: 'sample string 2', ExtraData: 'sample string 3' },
        { ID: 1, Message: 'sample string 2', ExtraData: 'sample string 3' },
      ],
    },
  });
});
