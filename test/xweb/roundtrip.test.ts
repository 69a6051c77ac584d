import { describe, expect, test } from 'vitest';
import { canon, diffCanon } from '../helpers/xml-canon.js';

/**
 * Seed 004 (netFORUM xWeb, a sample article): the packages generated from the article alone
 * (`xweb-article`) and from the WSDL plus the article (`xweb`) round-trip the article's own
 * sample request and response with the sample's values, and check the article's either-or rule
 * before sending.
 */

interface Fixture {
  request: object;
  response: unknown;
  samples: Record<string, { request?: string; response?: string }>;
}
interface Soap {
  buildSoapRequest: (v: string, op: unknown, input: unknown, headers?: Record<string, unknown>) => { body: string; headers: Record<string, string> };
  readSoapResponse: (v: string, op: unknown, text: string, status: number, ct: string) => { value: unknown; soapHeaders: Record<string, unknown> };
}

const exact = (e: string, a: string) => e.trim() === a.trim();
const SAMPLE_TOKEN_IN = '***************';

async function load(pkg: string) {
  const base = `../../generated/${pkg}/`;
  const [fx, d, soap] = await Promise.all([import(`${base}fixtures.ts`), import(`${base}descriptors.js`), import(`${base}runtime/soap.ts`)]);
  return { fixtures: fx.fixtures as Record<string, Fixture>, OPERATIONS: d.OPERATIONS as Record<string, unknown>, soap: soap as Soap };
}

async function objectOps(): Promise<Record<string, unknown>> {
  return (await import('../../generated/xweb/objects.js')).OBJECT_OPERATIONS as Record<string, unknown>;
}

describe.each([
  ['xweb-article', 'insertFacadeObject'],
  ['xweb', 'insertCustomerMessagingActivity'],
])('%s: %s', (pkgName, method) => {
  test('the typed fixture holds the sample values and serializes to the sample request', async () => {
    const pkg = await load(pkgName);
    const op = pkgName === 'xweb' ? (await objectOps())[method] : pkg.OPERATIONS[method];
    const fx = pkg.fixtures[method];
    const records = (fx.request as { oNode: { CustomerMessagingActivityObjects: { CustomerMessagingActivityObject: { cma_activity_id: number; cma_eml_address: string }[] } } }).oNode
      .CustomerMessagingActivityObjects.CustomerMessagingActivityObject;
    expect(records.map((r) => r.cma_activity_id)).toEqual([1325645, 1325646]);
    expect(records[0].cma_eml_address).toBe('someone@somewhere.com');
    const sample = fx.samples.soap11;
    const built = pkg.soap.buildSoapRequest('soap11', op, fx.request, { AuthorizationToken: { Token: SAMPLE_TOKEN_IN } });
    expect(built.headers.SOAPAction).toBe('"http://www.avectra.com/2005/InsertFacadeObject"');
    expect(diffCanon(canon(sample.request!), canon(built.body), exact)).toEqual([]);
  });

  test('reading the sample response gives the fixture back, new keys included', async () => {
    const pkg = await load(pkgName);
    const op = pkgName === 'xweb' ? (await objectOps())[method] : pkg.OPERATIONS[method];
    const fx = pkg.fixtures[method];
    const read = pkg.soap.readSoapResponse('soap11', op, fx.samples.soap11.response!, 200, 'text/xml; charset=utf-8');
    expect(read.value).toEqual(fx.response);
    const keys = (read.value as { InsertFacadeObjectResult: { CustomerMessagingActivityObjects: { recordReturn: number; CustomerMessagingActivityObject: { cma_key: string }[] } } })
      .InsertFacadeObjectResult.CustomerMessagingActivityObjects;
    expect(keys.recordReturn).toBe(2);
    expect(keys.CustomerMessagingActivityObject.map((r) => r.cma_key)).toEqual(['80b79af2-0185-471d-aebf-318380e05324', 'd45423d1-c85d-4fd5-9296-82996ca3c3dc']);
    expect((read.soapHeaders.AuthorizationToken as { Token: string }).Token).toBe('***************************');
  });
});

describe('ASMX help-page packages keep canonical fixtures', () => {
  test('tpclient fixture values are the canonical placeholders', async () => {
    const pkg = await load('tpclient');
    const fx = Object.values(pkg.fixtures)[0];
    expect(Object.values(fx.request).every((v) => v === 'string')).toBe(true);
  });
});
