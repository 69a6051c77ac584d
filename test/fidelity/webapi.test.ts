import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadService } from '../../generator/pipeline.js';
import { inlinePackage, type InlinePackage } from '../helpers/inline-package.js';
import { typecheck } from '../helpers/typecheck.js';
import { renderText, type PageSpec, type RowSpec } from '../parsers/webapi-support/render.js';
import { scratch } from '../errors/cli-run.js';
import { writeFileSync } from 'node:fs';

/**
 * Web API fidelity on a made-up service (an order adjustment API written for this test): enums
 * whose wire form the samples show, ASP.NET ModelState errors on any 4xx, `Required` strings and
 * GUIDs checked before sending, and a model named like a global the package uses.
 */

const row = (name: string, type: string, ...annotations: string[]): RowSpec => ({ name, type, annotations });
const DC = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Orders.Models"';

const adjustPage: PageSpec = {
  heading: 'POST api/orders/{orderId}/adjust',
  uri: [row('orderId', 'integer', 'Required')],
  body: {
    typeText: 'Adjustment',
    rows: [
      row('Reason', 'string', 'Required'),
      row('Amount', 'decimal number', 'Range: inclusive between 0.01 and 10000'),
      row('Channel', 'Channel'),
      row('RequestId', 'globally unique identifier', 'Required'),
      row('Lines', 'Collection of AdjustmentLine'),
    ],
  },
  requestSamples: [
    {
      mediaTypes: 'application/json, text/json',
      text: '{\n  "Reason": "sample string 1",\n  "Amount": 2.1,\n  "Channel": "Web",\n  "RequestId": "1c4b0a53-3c0e-4d43-9a3f-86c1e3a4c2f0",\n  "Lines": [\n    {\n      "Sku": "sample string 1",\n      "Quantity": 2\n    }\n  ]\n}',
    },
    {
      mediaTypes: 'application/xml, text/xml',
      text: `<Adjustment ${DC}>\n  <Amount>2.1</Amount>\n  <Channel>Web</Channel>\n  <Lines>\n    <AdjustmentLine>\n      <Quantity>2</Quantity>\n      <Sku>sample string 1</Sku>\n    </AdjustmentLine>\n  </Lines>\n  <Reason>sample string 1</Reason>\n  <RequestId>1c4b0a53-3c0e-4d43-9a3f-86c1e3a4c2f0</RequestId>\n</Adjustment>`,
    },
  ],
  resource: { typeText: 'Response', rows: [row('Accepted', 'boolean'), row('Channel', 'Channel')] },
  responseSamples: [{ mediaTypes: 'application/json, text/json', text: '{\n  "Accepted": true,\n  "Channel": "Web"\n}' }],
};

const channelModel = `https://orders.example.test/Help/ResourceModel?modelName=Channel
Channel
Possible enumeration values:
| Name | Value | Description |
|---|---|---|
| Web | 1 | Ordered online. |
| Phone | 2 | Ordered by phone. |
| Store | 5 | Ordered in a shop. |
`;

const lineModel = `https://orders.example.test/Help/ResourceModel?modelName=AdjustmentLine
AdjustmentLine
| Name | Description | Type | Additional information |
|---|---|---|---|
| Sku | string |
Required |
|
| Quantity | integer |
None. |
`;

const specs = () => ({ 'adjust.txt': renderText(adjustPage, 'pipes').replace('https://example.test/Help/Api/X', 'https://orders.example.test/Help/Api/POST-api-orders-orderId-adjust'), 'channel.txt': channelModel, 'line.txt': lineModel });

type Client = {
  ordersAdjust(params: { orderId: number }, body: Record<string, unknown>, options?: object): Promise<unknown>;
};
interface Pkg {
  createClient(o: object): Client;
  createMockFetch(o?: object): ((url: string, init?: RequestInit) => Promise<Response>) & { override(m: string, a: unknown): void };
  ApiError: new (...a: never[]) => Error;
  HttpError: new (...a: never[]) => Error;
  ValidationError: new (...a: never[]) => Error;
  fixtures: Record<string, { params: object; body: Record<string, unknown> }>;
}

let pkg: InlinePackage;
let mod: Pkg;

beforeAll(async () => {
  pkg = await inlinePackage(specs(), 'Orders', { build: true });
  mod = (await import(pathToFileURL(join(pkg.dir, 'dist/index.js')).href)) as Pkg;
}, 120_000);

const body = (extra: Record<string, unknown> = {}) => ({ Reason: 'late', Amount: '5.00', Channel: 'Phone', RequestId: '1c4b0a53-3c0e-4d43-9a3f-86c1e3a4c2f0', Lines: [{ Sku: 'A1', Quantity: 1 }], ...extra });

function recording(status: number, text: string, contentType = 'application/json; charset=utf-8') {
  const sent: string[] = [];
  const fetch = async (_url: unknown, init?: RequestInit) => {
    sent.push(String(init?.body));
    return new Response(text, { status, headers: { 'content-type': contentType } });
  };
  return { fetch, sent };
}

const errorOf = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as Error & Record<string, unknown>);

describe('1. enums travel the way the samples show', () => {
  test('a ResourceModel enum with a Value column is sent by name when the samples show names', async () => {
    const { fetch, sent } = recording(200, '{"Accepted":true,"Channel":"Store"}');
    const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch });
    const result = await client.ordersAdjust({ orderId: 7 }, body());
    expect(JSON.parse(sent[0]).Channel).toBe('Phone');
    expect(result).toEqual({ Accepted: true, Channel: 'Store' });
    // The numbers stay documented.
    expect(pkg.files.get('types.ts')).toMatch(/Phone[\s\S]*2/);
  });

  test('no warning says the enum is undescribed when its ResourceModel page is given', async () => {
    const dir = scratch('svcgen-enum-');
    for (const [f, t] of Object.entries(specs())) writeFileSync(join(dir, f), t);
    const s = await loadService(Object.keys(specs()), { cwd: dir });
    expect(s.diagnostics.filter((d) => /Channel|AdjustmentLine/.test(d.message) && /not described/.test(d.message))).toEqual([]);
    const channel = s.types.find((t) => t.id === 'Channel');
    expect(channel).toMatchObject({ kind: 'enum', jsonAs: 'name', provenance: 'declared', values: [{ name: 'Web', value: 1 }, { name: 'Phone', value: 2 }, { name: 'Store', value: 5 }] });
    // Samples showing numbers keep the numeric form.
    const numeric = { ...specs(), 'adjust.txt': specs()['adjust.txt'].replace(/"Channel": "Web"/g, '"Channel": 1') };
    for (const [f, t] of Object.entries(numeric)) writeFileSync(join(dir, f), t);
    const n = await loadService(Object.keys(numeric), { cwd: dir });
    expect(n.types.find((t) => t.id === 'Channel')).toMatchObject({ jsonAs: 'number' });
  });
});

describe('2. ASP.NET ModelState errors on any 4xx', () => {
  const modelState = { 'adjustment.Amount': ['The field Amount must be between 0.01 and 10000.'], 'adjustment.Lines[0].Sku': ['The Sku field is required.'], orderId: ['The value \'x\' is not valid.'], 'adjustment.Nope': ['?'] };

  test('a JSON body with ModelState gives an ApiError with typed fieldErrors and request paths', async () => {
    const { fetch } = recording(400, JSON.stringify({ Message: 'The request is invalid.', ModelState: modelState }));
    const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch });
    const e = await errorOf(client.ordersAdjust({ orderId: 7 }, body()));
    expect(e).toBeInstanceOf(mod.ApiError);
    expect(e).toBeInstanceOf(mod.HttpError);
    expect(e).toMatchObject({ status: 400, apiMessage: 'The request is invalid.', fieldErrors: modelState });
    expect(e!.requestErrors).toEqual({
      'body.Amount': ['The field Amount must be between 0.01 and 10000.'],
      'body.Lines[0].Sku': ['The Sku field is required.'],
      'params.orderId': ["The value 'x' is not valid."],
    });
    expect(e!.message).toContain('adjustment.Amount: The field Amount must be between 0.01 and 10000.');
  });

  test('the XML form is read the same way', async () => {
    const xml = '<Error><Message>The request is invalid.</Message><ModelState><adjustment.Amount>The field Amount must be between 0.01 and 10000.</adjustment.Amount><adjustment.Lines_x005B_0_x005D_.Sku>The Sku field is required.</adjustment.Lines_x005B_0_x005D_.Sku></ModelState></Error>';
    const { fetch } = recording(400, xml, 'application/xml; charset=utf-8');
    const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch, format: 'xml' });
    const e = await errorOf(client.ordersAdjust({ orderId: 7 }, body()));
    expect(e).toBeInstanceOf(mod.ApiError);
    expect(e!.fieldErrors).toEqual({ 'adjustment.Amount': ['The field Amount must be between 0.01 and 10000.'], 'adjustment.Lines[0].Sku': ['The Sku field is required.'] });
    expect(e!.requestErrors).toEqual({ 'body.Amount': ['The field Amount must be between 0.01 and 10000.'], 'body.Lines[0].Sku': ['The Sku field is required.'] });
  });

  test('other 4xx and 5xx bodies stay plain HttpErrors', async () => {
    for (const [status, text] of [[404, '{"Message":"No HTTP resource was found."}'], [500, JSON.stringify({ Message: 'x', ModelState: modelState })], [400, 'Bad']] as const) {
      const { fetch } = recording(status, text);
      const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch });
      const e = await errorOf(client.ordersAdjust({ orderId: 7 }, body()));
      expect(e).toBeInstanceOf(mod.HttpError);
      expect(e, `${status} ${text}`).not.toBeInstanceOf(mod.ApiError);
    }
  });
});

describe('3. Required strings and GUIDs are checked before sending', () => {
  test('"" and blank strings are refused for Required members; a malformed GUID is refused', async () => {
    const { fetch, sent } = recording(200, '{}');
    const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch });
    for (const [bad, path] of [
      [{ Reason: '' }, 'body.Reason'],
      [{ Reason: '   ' }, 'body.Reason'],
      [{ Lines: [{ Sku: '' }] }, 'body.Lines[0].Sku'],
      [{ RequestId: 'not-a-guid' }, 'body.RequestId'],
      [{ RequestId: '1c4b0a53-3c0e-4d43-9a3f-86c1e3a4c2fz' }, 'body.RequestId'],
    ] as const) {
      const e = await errorOf(client.ordersAdjust({ orderId: 7 }, body(bad)));
      expect(e, JSON.stringify(bad)).toBeInstanceOf(mod.ValidationError);
      expect((e!.problems as { path: string }[]).map((p) => p.path)).toEqual([path]);
    }
    expect(sent).toEqual([]);
    // The forms .NET reads are accepted.
    for (const id of ['1C4B0A53-3C0E-4D43-9A3F-86C1E3A4C2F0', '{1c4b0a53-3c0e-4d43-9a3f-86c1e3a4c2f0}', '1c4b0a533c0e4d439a3f86c1e3a4c2f0']) {
      await expect(client.ordersAdjust({ orderId: 7 }, body({ RequestId: id }))).resolves.toBeDefined();
    }
  });
});

describe('4. a model named like a global', () => {
  test('a model named Response does not break the package', () => {
    expect(pkg.files.get('types.ts')).toMatch(/export interface Response2 \{/);
    const errors = typecheck([join(pkg.dir, 'index.ts'), join(pkg.dir, 'mock.ts')]);
    expect(errors).toEqual([]);
  });

  test('the mock answers with a global Response, and the fixture round-trips', async () => {
    const mock = mod.createMockFetch();
    const client = mod.createClient({ baseUrl: 'https://orders.example.test/', fetch: mock });
    const fx = mod.fixtures.ordersAdjust;
    await expect(client.ordersAdjust(fx.params as { orderId: number }, fx.body)).resolves.toMatchObject({ Accepted: true });
  });
});
