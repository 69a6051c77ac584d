/**
 * Seed 004 end to end: the generated xWeb clients against the Mono ASMX stand-in
 * (test/interop/README.md, `/xweb/netForumXML.asmx`): Authenticate, then InsertFacadeObject with
 * the AuthorizationToken that rotates on every call, sent automatically by a session.
 */
import { describe, expect, it } from 'vitest';
import { createClient as createArticleClient } from '../../generated/xweb-article/index.js';
import { createClient, SoapFaultError } from '../../generated/xweb/index.js';
import { fixtures } from '../../generated/xweb/fixtures.js';
import { interopBed, lastCall } from './env.js';

const bed = interopBed();
const endpoint = () => `${bed.baseUrl}/xweb/netForumXML.asmx`;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Rec = { cma_cst_key: string; cma_activity_date: string; cma_eml_address?: string };
const sampleRecords = (fixtures.insertCustomerMessagingActivity.request as { oNode: { CustomerMessagingActivityObjects: { CustomerMessagingActivityObject: Rec[] } } }).oNode
  .CustomerMessagingActivityObjects.CustomerMessagingActivityObject;

describe.skipIf(!bed.enabled)('xWeb (article + WSDL) with a token session', () => {
  it('rotates the token on every call and returns the new keys', async () => {
    const client = createClient({ endpoint: endpoint(), session: true });
    const first = await client.authenticate({ userName: 'interop', password: 'secret' });
    expect(first).toMatch(/^tok-/);
    expect(client.$session.soapHeaders.AuthorizationToken?.Token).toBe(first);
    const seen = new Set([first]);
    for (let i = 0; i < 3; i++) {
      const result = await client.insertCustomerMessagingActivity(sampleRecords);
      expect(result?.recordReturn).toBe(2);
      const keys = result?.CustomerMessagingActivityObject.map((r) => r.cma_key) ?? [];
      expect(keys).toHaveLength(2);
      for (const k of keys) expect(k).toMatch(GUID);
      const token = client.$session.soapHeaders.AuthorizationToken?.Token;
      expect(token).toMatch(/^tok-/);
      expect(seen.has(token!)).toBe(false);
      seen.add(token!);
    }
    const call = await lastCall(bed.baseUrl, 'netforum');
    expect(call?.soapAction).toContain('http://www.avectra.com/2005/InsertFacadeObject');
    expect(call?.values.szObjectName).toBe('CustomerMessagingActivity');
  });

  it('a stale token is rejected with a SOAP fault; the session recovers with the current one', async () => {
    const client = createClient({ endpoint: endpoint(), session: true });
    const stale = await client.authenticate({ userName: 'interop', password: 'secret' });
    await client.insertCustomerMessagingActivity(sampleRecords.slice(0, 1));
    const err = await client.insertCustomerMessagingActivity(sampleRecords, { soapHeaders: { AuthorizationToken: { Token: stale } } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoapFaultError);
    expect((err as SoapFaultError).detail).toContain('INVALID_TOKEN');
    const ok = await client.insertCustomerMessagingActivity(sampleRecords);
    expect(ok?.CustomerMessagingActivityObject).toHaveLength(2);
  });

  it('without a session the call has no token and faults', async () => {
    const client = createClient({ endpoint: endpoint() });
    await client.authenticate({ userName: 'interop', password: 'secret' });
    const err = await client.insertCustomerMessagingActivity(sampleRecords).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SoapFaultError);
    expect((err as SoapFaultError).detail).toContain('MISSING_TOKEN');
  });

  it('the generic operation stays usable for any object name (raw oNode)', async () => {
    const client = createClient({ endpoint: endpoint(), session: true });
    await client.authenticate({ userName: 'interop', password: 'secret' });
    const oNode = {
      $extra: ['<IndividualObjects xmlns="http://www.avectra.com/2005/"><IndividualObject><ind_first_name>Ada</ind_first_name></IndividualObject></IndividualObjects>'],
    };
    const r = await client.insertFacadeObject({ szObjectName: 'Individual', oNode });
    expect(r?.$extra?.[0]).toMatch(/<ind_key>[0-9a-f-]{36}<\/ind_key>/);
  });
});

describe.skipIf(!bed.enabled)('xWeb from the article alone', () => {
  it('inserts the sample records with an explicit token', async () => {
    // The article has no Authenticate: the token comes from a raw call, then the session takes over.
    const auth = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: '"http://www.avectra.com/2005/Authenticate"' },
      body: '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Authenticate xmlns="http://www.avectra.com/2005/"><userName>interop</userName><password>secret</password></Authenticate></soap:Body></soap:Envelope>',
    });
    const token = /<AuthenticateResult>([^<]+)</.exec(await auth.text())?.[1];
    expect(token).toMatch(/^tok-/);
    const client = createArticleClient({ endpoint: endpoint(), session: true });
    client.$session.set('AuthorizationToken', { Token: token });
    const records = sampleRecords;
    for (let i = 0; i < 2; i++) {
      const r = await client.insertFacadeObject({ szObjectName: 'CustomerMessagingActivity', oNode: { CustomerMessagingActivityObjects: { CustomerMessagingActivityObject: records } } });
      expect(r?.CustomerMessagingActivityObjects?.CustomerMessagingActivityObject.map((x) => x.cma_key)).toEqual([expect.stringMatching(GUID), expect.stringMatching(GUID)]);
    }
    expect(client.$session.soapHeaders.AuthorizationToken?.Token).not.toBe(token);
  });
});
