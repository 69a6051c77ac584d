import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createClient, SoapFaultError } from '../../generated/wsdl-choice/index.js';
import { typecheck } from '../helpers/typecheck.js';
import { xmlFetch } from '../helpers/xml-fetch.js';

/**
 * Faults with typed detail: a `wsdl:fault` whose part names an element is read by that element's
 * type into `SoapFaultError.fault` (name + detail), in SOAP 1.1 and 1.2 envelopes, with prefixes
 * declared on ancestors; a detail that is not the declared one leaves `fault` unset and the fault
 * still comes through. generated/wsdl-choice declares `customFault` on getData.
 */

const NS = 'http://test-soap.com/api/mixedsequence';
const faultResponse = (detail: string) =>
  `<?xml version="1.0"?><S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:m="${NS}"><S:Body><S:Fault>` +
  `<faultcode>S:Server</faultcode><faultstring>boom</faultstring><detail>${detail}</detail></S:Fault></S:Body></S:Envelope>`;

async function faultOf(body: string, status = 500, contentType = 'text/xml'): Promise<SoapFaultError> {
  const client = createClient({ fetch: xmlFetch(body, { status, contentType }) });
  try {
    await client.getData({ id: 'x', index: 1 });
  } catch (e) {
    if (e instanceof SoapFaultError) return e;
    throw e;
  }
  throw new Error('no fault');
}

describe('typed fault detail', () => {
  test('SOAP 1.1: the declared detail element (prefix declared on the envelope) is read by its type', async () => {
    const e = await faultOf(faultResponse('<m:customFault><m:Error>42</m:Error><m:ExceptionInfo>disk full</m:ExceptionInfo></m:customFault>'));
    expect(e.faultString).toBe('boom');
    expect(e.fault).toEqual({ name: 'customFault', detail: { Error: 42, ExceptionInfo: 'disk full' } });
    expect(e.detail).toContain('<m:customFault>');
  });

  test('SOAP 1.2 Detail', async () => {
    const body =
      `<?xml version="1.0"?><env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault>` +
      `<env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text xml:lang="en">boom</env:Text></env:Reason>` +
      `<env:Detail><customFault xmlns="${NS}"><Error>7</Error><ExceptionInfo>x</ExceptionInfo></customFault></env:Detail></env:Fault></env:Body></env:Envelope>`;
    const e = await faultOf(body, 500, 'application/soap+xml');
    expect(e.fault).toEqual({ name: 'customFault', detail: { Error: 7, ExceptionInfo: 'x' } });
  });

  test('an undeclared or malformed detail leaves fault unset; the SoapFaultError still comes through', async () => {
    const other = await faultOf(faultResponse('<Other xmlns="urn:x">1</Other>'));
    expect(other.fault).toBeUndefined();
    expect(other.detail).toBe('<Other xmlns="urn:x">1</Other>');
    const wrongNs = await faultOf(faultResponse('<customFault><Error>1</Error><ExceptionInfo>x</ExceptionInfo></customFault>'));
    expect(wrongNs.fault).toBeUndefined();
    const bad = await faultOf(faultResponse('<m:customFault><m:Error>not a number</m:Error></m:customFault>'));
    expect(bad.fault).toBeUndefined();
    expect(bad.faultString).toBe('boom');
  });

  test('the per-operation fault type narrows on name (tsc)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'svcgen-fault-'));
    const pkg = new URL('../../generated/wsdl-choice/index.js', import.meta.url).pathname;
    writeFileSync(
      join(dir, 'use.ts'),
      `import { SoapFaultError, type GetDataFault } from '${pkg}';
export function code(e: unknown): number | undefined {
  if (!(e instanceof SoapFaultError)) return undefined;
  const f = (e as SoapFaultError<GetDataFault>).fault;
  if (f?.name === 'customFault') return f.detail.Error;
  return undefined;
}
// @ts-expect-error not a fault getData declares
export const other: GetDataFault['name'] = 'otherFault';
`,
    );
    expect(typecheck([join(dir, 'use.ts')]).map((d) => d.slice(d.indexOf('use.ts')))).toEqual([]);
  });
});
