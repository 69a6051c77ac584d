/**
 * Checks the behaviour promised in test/interop/README.md for the services that are not seed
 * smoke tests: Interop.asmx, xweb/netForumXML.asmx and the two Web API stand-ins. Raw HTTP only,
 * so these stay valid whatever the generated clients look like.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { seedPath } from '../helpers/data.js';
import { interopBed, lastCall } from './env.js';

const bed = interopBed();
const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, parseTagValue: false });

interface SoapAnswer {
  status: number;
  header: Record<string, unknown> | undefined;
  body: Record<string, unknown>;
}

async function soap11(path: string, ns: string, op: string, inner: string, header = ''): Promise<SoapAnswer> {
  const envelope =
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (header === '' ? '' : `<soap:Header>${header}</soap:Header>`) +
    `<soap:Body><${op} xmlns="${ns}">${inner}</${op}></soap:Body></soap:Envelope>`;
  return send(path, `${ns}${op}`, envelope);
}

async function send(path: string, action: string, envelope: string): Promise<SoapAnswer> {
  const res = await fetch(bed.baseUrl + path, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${action}"` },
    body: envelope,
  });
  const doc = parser.parse(await res.text()) as { Envelope: { Header?: Record<string, unknown>; Body: Record<string, unknown> } };
  return { status: res.status, header: doc.Envelope.Header, body: doc.Envelope.Body };
}

const INTEROP_NS = 'http://svcgen.test/interop/';
const AVECTRA_NS = 'http://www.avectra.com/2005/';

describe.skipIf(!bed.enabled)('Interop.asmx', () => {
  const call = (op: string, inner: string, header = ''): Promise<SoapAnswer> =>
    soap11('/Interop.asmx', INTEROP_NS, op, inner, header);

  it('echoes an order with nested arrays, nil values, an enum alias, base64 and a jagged array', async () => {
    const a = await call(
      'EchoOrder',
      '<order><Id>6925ebd4-125d-4338-a736-99f4b5bcb3d7</Id><Customer>ACME</Customer><Priority>very-high</Priority>' +
        '<DueDate xsi:nil="true"/><Rating>3</Rating><Total>0</Total><Lines>' +
        '<OrderLine LineNo="9"><Sku>A</Sku><Quantity>2</Quantity><UnitPrice>1.25</UnitPrice><Notes><LineNote><Text>n1</Text><At xsi:nil="true"/></LineNote></Notes></OrderLine>' +
        '<OrderLine LineNo="0"><Sku>B</Sku><Quantity>3</Quantity><UnitPrice>0.10</UnitPrice></OrderLine></Lines>' +
        '<Tags><string>b</string><string>a</string></Tags><Attachment>AQID</Attachment>' +
        '<Matrix><ArrayOfInt><int>1</int><int>2</int></ArrayOfInt><ArrayOfInt><int>3</int><int>4</int></ArrayOfInt></Matrix></order>',
    );
    expect(a.status).toBe(200);
    const o = (a.body.EchoOrderResponse as { EchoOrderResult: Record<string, unknown> }).EchoOrderResult;
    expect(o.Priority).toBe('very-high');
    expect(o.Total).toBe('2.80');
    expect(o.DueDate).toMatchObject({ '@_nil': 'true' });
    expect(o.Tags).toEqual({ string: ['a', 'b'] });
    expect(o.Attachment).toBe('AwIB');
    expect(o.Matrix).toEqual({ ArrayOfInt: [{ int: ['1', '3'] }, { int: ['2', '4'] }] });
    const lines = (o.Lines as { OrderLine: Array<Record<string, unknown>> }).OrderLine;
    expect(lines.map((l) => l['@_LineNo'])).toEqual(['1', '2']);
  });

  it('returns out and ref parameters after the result', async () => {
    const d = await call('Divide', '<dividend>17</dividend><divisor>5</divisor>');
    expect(d.body.DivideResponse).toMatchObject({ DivideResult: '3', remainder: '2' });
    const s = await call('Swap', '<left>L</left><right>R</right>');
    expect(s.body.SwapResponse).toMatchObject({ left: 'R', right: 'L' });
  });

  it('round-trips the in/out Session header and faults without it', async () => {
    const header = `<Session xmlns="${INTEROP_NS}"><SessionId>abc</SessionId><Counter>41</Counter></Session>`;
    const ok = await call('Touch', '<note>hi</note>', header);
    expect(ok.body.TouchResponse).toMatchObject({ TouchResult: 'abc:42:hi' });
    expect(ok.header?.Session).toMatchObject({ SessionId: 'abc', Counter: '42' });
    const missing = await call('Touch', '<note>hi</note>');
    expect(missing.status).toBe(500);
    expect(missing.body.Fault).toMatchObject({ faultcode: 'soap:Client', detail: { InteropFault: { Code: 'MISSING_SESSION' } } });
  });

  it('keeps decimal and nullable values exact', async () => {
    const sum = await call('AddDecimals', '<a>0.1</a><b>0.2</b>');
    expect(sum.body.AddDecimalsResponse).toMatchObject({ AddDecimalsResult: '0.3' });
    const n = await call('EchoNullables', '<count xsi:nil="true"/><when>2024-05-06T07:08:09</when><amount>1.50</amount>');
    expect(n.body.EchoNullablesResponse).toMatchObject({
      EchoNullablesResult: { CountWasNull: 'true', WhenWasNull: 'false', When: '2024-05-06T07:08:09', Amount: '1.50' },
    });
  });

  it('raises server and client faults with the documented codes', async () => {
    const server = await call('Fail', '<code>server</code><message>boom</message>');
    expect(server.body.Fault).toMatchObject({ faultcode: 'soap:Server', faultstring: 'boom' });
    const client = await call('Fail', '<code>MY_CODE</code><message>bad</message>');
    expect(client.body.Fault).toMatchObject({ faultcode: 'soap:Client', detail: { InteropFault: { Code: 'MY_CODE', Message: 'bad' } } });
  });
});

describe.skipIf(!bed.enabled)('xweb/netForumXML.asmx', () => {
  const path = '/xweb/netForumXML.asmx';
  const authHeader = (token: string): string => `<AuthorizationToken xmlns="${AVECTRA_NS}"><Token>${token}</Token></AuthorizationToken>`;

  async function authenticate(): Promise<string> {
    const a = await soap11(path, AVECTRA_NS, 'Authenticate', '<userName>interop</userName><password>secret</password>');
    const token = (a.body.AuthenticateResponse as { AuthenticateResult: string }).AuthenticateResult;
    expect((a.header?.AuthorizationToken as { Token: string }).Token).toBe(token);
    return token;
  }

  /** The seed-004 request with its masked token replaced. */
  function seedRequest(token: string): string {
    const text = readFileSync(seedPath('004_8931eb82c0deeb06.txt'), 'utf8');
    const env = /<soapenv:Envelope[\s\S]*?<\/soapenv:Envelope>/.exec(text)?.[0];
    if (env === undefined) throw new Error('no request sample in seed 004');
    return env.replace(/\*{5,}/, token);
  }

  it('inserts the seed records, rotates the token and rejects the stale one', async () => {
    const token = await authenticate();
    const first = await send(path, `${AVECTRA_NS}InsertFacadeObject`, seedRequest(token));
    expect(first.status).toBe(200);
    const objects = (first.body.InsertFacadeObjectResponse as { InsertFacadeObjectResult: Record<string, unknown> })
      .InsertFacadeObjectResult.CustomerMessagingActivityObjects as Record<string, unknown>;
    expect(objects['@_recordReturn']).toBe('2');
    const keys = (objects.CustomerMessagingActivityObject as Array<{ cma_key: string }>).map((o) => o.cma_key);
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(2);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const next = (first.header?.AuthorizationToken as { Token: string }).Token;
    expect(next).not.toBe(token);

    const stale = await send(path, `${AVECTRA_NS}InsertFacadeObject`, seedRequest(token));
    expect(stale.status).toBe(500);
    expect(stale.body.Fault).toMatchObject({ detail: { InteropFault: { Code: 'INVALID_TOKEN' } } });
    const fresh = await send(path, `${AVECTRA_NS}InsertFacadeObject`, seedRequest(next));
    expect(fresh.status).toBe(200);
  });

  it('faults without a token and keeps the token after a validation fault', async () => {
    const none = await soap11(path, AVECTRA_NS, 'InsertFacadeObject', '<szObjectName>X</szObjectName>');
    expect(none.body.Fault).toMatchObject({ detail: { InteropFault: { Code: 'MISSING_TOKEN' } } });
    const token = await authenticate();
    const invalid = await soap11(
      path, AVECTRA_NS, 'InsertFacadeObject',
      '<szObjectName>CustomerMessagingActivity</szObjectName><oNode><CustomerMessagingActivityObjects>' +
        '<CustomerMessagingActivityObject><cma_activity_id>1</cma_activity_id></CustomerMessagingActivityObject>' +
        '</CustomerMessagingActivityObjects></oNode>',
      authHeader(token),
    );
    expect(invalid.body.Fault).toMatchObject({ detail: { InteropFault: { Code: 'MISSING_FIELD' } } });
    const retry = await send(path, `${AVECTRA_NS}InsertFacadeObject`, seedRequest(token));
    expect(retry.status).toBe(200);
  });
});

describe.skipIf(!bed.enabled)('Web API stand-ins', () => {
  const vsp = {
    AppAccessKey: 'interop-app-key',
    InteractionIdentity: 'id 2',
    InteractionName: 'name 3',
    AccountId: '6925ebd4-125d-4338-a736-99f4b5bcb3d7',
    ContactId: '3d6ab237-6e5e-4e4a-b76a-4ebe7d89b9e0',
  };

  async function post(path: string, body: string, contentType: string, accept = 'application/json'): Promise<Response> {
    return fetch(bed.baseUrl + path, { method: 'POST', headers: { 'Content-Type': contentType, Accept: accept }, body });
  }

  it('api/vspinteraction/create answers JSON and DataContract XML', async () => {
    const res = await post('/api/vspinteraction/create', JSON.stringify(vsp), 'application/json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      InteractionId: 'VSP-id 2',
      CampaignKey: vsp.AccountId,
      InteractionUrl: `https://vsp.example.test/i/id%202?contact=${vsp.ContactId}`,
    });
    expect((await lastCall(bed.baseUrl, 'vspinteraction'))?.protocol).toBe('Json');
    const xml =
      '<CreateVspInteraction xmlns="http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models">' +
      `<AccountId>${vsp.AccountId}</AccountId><AppAccessKey>interop-app-key</AppAccessKey><ContactId>${vsp.ContactId}</ContactId>` +
      '<InteractionIdentity>x</InteractionIdentity><InteractionName>y</InteractionName></CreateVspInteraction>';
    const x = await post('/api/vspinteraction/create', xml, 'application/xml', 'application/xml');
    expect(x.status).toBe(200);
    expect(await x.text()).toContain('<InteractionId>VSP-x</InteractionId>');
  });

  it('api/vspinteraction/create reports ModelState errors and a bad key', async () => {
    const bad = await post('/api/vspinteraction/create', JSON.stringify({ ...vsp, AppAccessKey: '', ContactId: undefined }), 'application/json');
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { Message: string; ModelState: Record<string, string[]> };
    expect(body.Message).toBe('The request is invalid.');
    expect(Object.keys(body.ModelState).sort()).toEqual(['model.AppAccessKey', 'model.ContactId']);
    const denied = await post('/api/vspinteraction/create', JSON.stringify({ ...vsp, AppAccessKey: 'nope' }), 'application/json');
    expect(denied.status).toBe(401);
  });

  it('api/v1/InteractionCreate enforces MaxLength and answers in the Accept format', async () => {
    const params = {
      apiKey: 'interop-api-key', ChannelID: 2, AccountNo: 'ACC-4', UniqueID: 'u-1', Kind: 'C',
      ContactedBy: 'E8', ContactedFirstName: 'Ann', ContactedSurname: 'Lee', FollowUpBy: 'E14',
    };
    const ok = await post('/api/v1/InteractionCreate', JSON.stringify(params), 'application/json');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      InteractionAddData: {
        OK: true,
        InteractionCreateIssues: [
          { ID: 1, Message: 'OnDateTime not set; current time used', ExtraData: 'u-1' },
          { ID: 2, Message: 'Customer matched by AccountNo', ExtraData: 'ACC-4' },
        ],
      },
    });
    const long = await post('/api/v1/InteractionCreate', JSON.stringify({ ...params, AccountNo: '12345678901' }), 'application/json');
    expect(long.status).toBe(400);
    expect(((await long.json()) as { ModelState: Record<string, string[]> }).ModelState['model.AccountNo']).toHaveLength(1);
    const xml = await post(
      '/api/v1/InteractionCreate',
      JSON.stringify({ ...params, Kind: 'X', CustomerID: 3, OnDateTime: 'now' }),
      'application/json',
      'application/xml',
    );
    expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
    const doc = parser.parse(await xml.text()) as { InteractionAddResults: { InteractionAddData: Record<string, unknown> } };
    expect(doc.InteractionAddResults.InteractionAddData).toMatchObject({
      OK: 'false',
      InteractionCreateIssues: { InteractionCreateIssue: { ID: '3', ExtraData: 'X' } },
    });
  });
});
