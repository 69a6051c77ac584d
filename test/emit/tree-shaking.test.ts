/**
 * Per-operation tree-shaking: a program that imports one operation function of a generated package
 * (`pkg/operations`) and bundles it carries that operation's descriptors and the runtime, not the
 * other operations' descriptors; the function calls the service as the client's method does.
 */
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
