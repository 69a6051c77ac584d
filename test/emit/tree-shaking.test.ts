/**
 * Per-operation tree-shaking: a program that imports one operation function of a generated package
 * (`pkg/operations`) and bundles it carries that operation's descriptors and the runtime, not the
 * other operations' descriptors; the function calls the service as the client's method does. The
 * optional parts of the runtime (WS-Security, hooks, MTOM requests, WS-Addressing, HTTP GET/POST,
 * the Web API client) are in the bundle only when the program or the service's bindings use them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { inlinePackage } from '../helpers/inline-package.js';
import { wsdlOf, type WsdlSpec } from '../workflow/wsdl-builder.js';

const SPEC: WsdlSpec = {
  operations: {
    PlaceOrder: { input: [{ name: 'order', type: 'tns:OrderDraft' }], output: [{ name: 'PlaceOrderResult', type: 's:long' }] },
    GetInvoice: { input: [{ name: 'invoiceNumber', type: 's:string' }], output: [{ name: 'GetInvoiceResult', type: 'tns:InvoiceRecord', min: 0 }] },
    ListWarehouses: { input: [], output: [{ name: 'ListWarehousesResult', type: 'tns:WarehouseSite', min: 0 }] },
  },
  complex: {
    OrderDraft: [{ name: 'sku', type: 's:string' }, { name: 'quantityOrdered', type: 's:int' }],
    InvoiceRecord: [{ name: 'invoiceTotalAmount', type: 's:decimal' }, { name: 'invoiceStatus', type: 'tns:InvoiceState' }],
    WarehouseSite: [{ name: 'siteCode', type: 's:string' }],
  },
  enums: { InvoiceState: ['InvoicePaid', 'InvoiceOverdue'] },
};

/** Wire names that only each operation's descriptors carry. */
const OWN: Record<string, readonly string[]> = {
  placeOrder: ['PlaceOrderResponse', 'quantityOrdered', 'urn:t/PlaceOrder'],
  getInvoice: ['GetInvoiceResponse', 'invoiceTotalAmount', 'InvoiceOverdue', 'urn:t/GetInvoice'],
  listWarehouses: ['ListWarehousesResponse', 'siteCode', 'urn:t/ListWarehouses'],
};

async function bundle(dir: string, code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Strings (messages, namespaces, wire text) that only each optional part of the runtime carries. */
const PARTS: Record<string, readonly string[]> = {
  wsSecurity: ['oasis-200401-wss-wssecurity-secext-1.0.xsd', 'wsse:UsernameToken'],
  bearerToken: ['the token provider failed'],
  hooks: [' hook failed', 'HookError'],
  mtomRequests: ['-mtom-boundary', 'Content-Transfer-Encoding: binary'],
  addressing: ['www.w3.org/2005/08/addressing', 'wsa:MessageID'],
  httpGetPost: ['only simple values can be sent with HTTP GET/POST'],
  webApi: ['a Web API takes basicAuth() or bearerToken()'],
};
/** What every SOAP bundle carries: MTOM responses are read whatever the options say. */
const MTOM_READING = ['MTOM/multipart response', 'www.w3.org/2004/08/xop/include'];

function parts(bundled: string): string[] {
  return Object.entries(PARTS)
    .filter(([, marks]) => marks.some((m) => bundled.includes(m)))
    .map(([name]) => name);
}

describe('optional runtime parts in a one-operation bundle', async () => {
  const pkg = await inlinePackage({ 'S.wsdl': wsdlOf(SPEC) }, 'Plain', { build: true });
  const policy = await inlinePackage({ 'F.wsdl': readFileSync(join(import.meta.dirname, '../data/policy/wcf-username-mtom.wsdl'), 'utf8') }, 'Files', { build: true });
  const asmx = await inlinePackage({ 'Weather.asmx.txt': readFileSync(join(import.meta.dirname, '../data/features/asmx-helppage/Weather.asmx.txt'), 'utf8') }, 'Weather', { build: true });

  test('a plain call carries none of them, and reads MTOM responses', async () => {
    const one = await bundle(pkg.dir, `import { connect, getInvoice } from './dist/operations.js'; getInvoice(connect(), {});`);
    expect(parts(one)).toEqual([]);
    for (const m of MTOM_READING) expect(one).toContain(m);
  });

  test('each part is there when the program uses it', async () => {
    const cases: [string, string, string[]][] = [
      [`import { wsSecurity } from './dist/index.js'; getInvoice(connect({ security: wsSecurity({ username: 'u', password: 'p' }) }), {});`, 'wsSecurity', ['wsSecurity']],
      [`import { bearerToken } from './dist/index.js'; getInvoice(connect({ security: bearerToken(() => 't') }), {});`, 'bearerToken', ['bearerToken']],
      [`import { useHooks } from './dist/operations.js'; getInvoice(connect({ hooks: { onError: console.log } }, useHooks), {});`, 'hooks', ['hooks']],
      [`import { useMtom } from './dist/operations.js'; getInvoice(connect({ mtom: true }, useMtom), {});`, 'mtom', ['mtomRequests']],
    ];
    for (const [code, label, want] of cases) {
      const one = await bundle(pkg.dir, `import { connect, getInvoice } from './dist/operations.js'; ${code}`);
      expect(parts(one), label).toEqual(want);
      for (const m of MTOM_READING) expect(one).toContain(m);
    }
    // createClient carries the parts its options may ask for (security comes with its schemes).
    const whole = await bundle(pkg.dir, `import { createClient } from './dist/index.js'; createClient().getInvoice({});`);
    expect(parts(whole)).toEqual(['hooks', 'mtomRequests']);
  });

  test('the parts a binding\'s policy asks for come with connect', async () => {
    const one = await bundle(policy.dir, `import { connect, upload } from './dist/operations.js'; import { wsSecurity } from './dist/index.js'; upload(connect({ security: wsSecurity({ username: 'u', password: 'p' }) }), {});`);
    expect(parts(one)).toEqual(['wsSecurity', 'mtomRequests', 'addressing']);
  });

  test('HTTP GET/POST come with useHttp, or with createClient where the service offers them', async () => {
    const soap = await bundle(asmx.dir, `import { connect, getForecast } from './dist/operations.js'; getForecast(connect(), {});`);
    expect(parts(soap)).toEqual([]);
    const http = await bundle(asmx.dir, `import { connect, getForecast, useHttp } from './dist/operations.js'; getForecast(connect({ protocol: 'http-get' }, useHttp), {});`);
    expect(parts(http)).toEqual(['httpGetPost']);
    const whole = await bundle(asmx.dir, `import { createClient } from './dist/index.js'; createClient().getForecast({});`);
    expect(parts(whole)).toEqual(['hooks', 'mtomRequests', 'httpGetPost']);
  });
});

describe('operation functions', async () => {
  const pkg = await inlinePackage({ 'S.wsdl': wsdlOf(SPEC) }, 'Shop', { build: true });

  test('a bundle of one operation carries its descriptors only', async () => {
    const whole = await bundle(pkg.dir, `import { createClient } from './dist/index.js'; createClient().placeOrder({ order: { sku: 'a', quantityOrdered: 1 } });`);
    for (const names of Object.values(OWN)) for (const n of names) expect(whole).toContain(n);
    for (const [fn, own] of Object.entries(OWN)) {
      const one = await bundle(pkg.dir, `import { connect, ${fn} } from './dist/operations.js'; ${fn}(connect(), {});`);
      for (const n of own) expect(one).toContain(n);
      for (const [other, names] of Object.entries(OWN)) if (other !== fn) for (const n of names) expect(one, `${fn} bundle has ${n}`).not.toContain(n);
      expect(one.length).toBeLessThan(whole.length);
    }
  });

  test('the package exports ./operations, and a function answers as the client method does', async () => {
    const json = JSON.parse(pkg.files.get('package.json')!) as { exports: Record<string, { import: { default: string } }> };
    expect(json.exports['./operations'].import.default).toBe('./dist/operations.js');
    const ops = (await import(join(pkg.dir, 'operations.ts'))) as Record<string, (...a: unknown[]) => Promise<unknown>> & { connect: (o: object) => unknown };
    const index = (await import(join(pkg.dir, 'index.ts'))) as { createClient: (o: object) => Record<string, (i: object) => Promise<unknown>>; createMockFetch: () => ((u: string, i: object) => Promise<Response>) & { calls: { operation: string }[] } };
    const mock = index.createMockFetch();
    const viaClient = await index.createClient({ fetch: mock }).getInvoice({ invoiceNumber: 'I-1' });
    const viaFunction = await ops.getInvoice(ops.connect({ fetch: mock }), { invoiceNumber: 'I-1' });
    expect(viaFunction).toEqual(viaClient);
    expect(mock.calls.map((c) => c.operation)).toEqual(['getInvoice', 'getInvoice']);
    // Requests are validated as the client validates them.
    await expect(ops.placeOrder(ops.connect({ fetch: mock }), { order: { sku: 'a', quantityOrdered: 'x' } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

/** Two Web API help pages, each endpoint with a model of its own. */
const PRODUCTS = `GET api/v1/products/{id}
Returns one product.
Request Information
URI Parameters
| Name | Description | Type | Additional information |
|---|---|---|---|
| id | The product's number | integer |
Required |
Body Parameters
None.
Response Information
Resource Description
Product| Name | Description | Type | Additional information |
|---|---|---|---|
| ProductLabelText | Display name | string |
None. |
Response Formats
application/json, text/json
Sample:
{
"ProductLabelText": "sample string 1"
}
`;
const WAREHOUSES = `GET api/v1/warehouses/{code}
Returns one warehouse.
Request Information
URI Parameters
| Name | Description | Type | Additional information |
|---|---|---|---|
| code | The warehouse's code | string |
Required |
Body Parameters
None.
Response Information
Resource Description
Warehouse| Name | Description | Type | Additional information |
|---|---|---|---|
| WarehouseSiteCode | Site code | string |
None. |
Response Formats
application/json, text/json
Sample:
{
"WarehouseSiteCode": "sample string 1"
}
`;

describe('Web API endpoint functions', async () => {
  const pkg = await inlinePackage({ 'products.txt': PRODUCTS, 'warehouses.txt': WAREHOUSES }, 'Shop', { build: true });

  test('a bundle of one endpoint carries its descriptors only, and no SOAP code', async () => {
    const json = JSON.parse(pkg.files.get('package.json')!) as { exports: Record<string, { import: { default: string } }> };
    expect(json.exports['./operations'].import.default).toBe('./dist/operations.js');
    const own: Record<string, string> = { products: 'ProductLabelText', warehouses: 'WarehouseSiteCode' };
    const source = pkg.files.get('operations.ts')!;
    for (const fn of Object.keys(own)) expect(source).toContain(`export async function ${fn}(`);
    for (const [fn, mark] of Object.entries(own)) {
      const one = await bundle(pkg.dir, `import { connect, ${fn} } from './dist/operations.js'; ${fn}(connect({ baseUrl: 'https://api.invalid/' }), { id: 1, code: 'a' });`);
      expect(one).toContain(mark);
      for (const other of Object.values(own)) if (other !== mark) expect(one).not.toContain(other);
      expect(one).not.toContain('schemas.xmlsoap.org/soap/envelope');
    }
  });

  test('a function answers as the client method does', async () => {
    const ops = (await import(join(pkg.dir, 'operations.ts'))) as Record<string, (...a: unknown[]) => Promise<unknown>> & { connect: (o: object) => unknown };
    const index = (await import(join(pkg.dir, 'index.ts'))) as { createClient: (o: object) => Record<string, (...a: unknown[]) => Promise<unknown>>; createMockFetch: () => ((u: string, i: object) => Promise<Response>) & { calls: unknown[] } };
    const options = { baseUrl: 'https://api.invalid/', fetch: index.createMockFetch() };
    const viaClient = await index.createClient(options).products({ id: 7 });
    const viaFunction = await ops.products(ops.connect(options), { id: 7 });
    expect(viaFunction).toEqual(viaClient);
    expect(viaFunction).toEqual({ ProductLabelText: expect.any(String) });
    await expect(ops.products(ops.connect(options), { id: 'x' })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
