import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELPPAGES, seedPath } from '../helpers/data.js';
import type { Field, Service, SoapOperation, TypeDef } from '../../generator/ir/types.js';
import { soapOp } from '../helpers/ir.js';
import { SpecError } from '../../generator/diagnostics.js';
import { detectAsmxHelp, isListedOnly, parseAsmxHelp } from '../../generator/parsers/asmx/index.js';
import { fieldNamespace } from '../../generator/ir/fields.js';

const SEED_000 = seedPath('000_18db1e799f7d8e75.txt');
const SEED_003 = seedPath('003_2ef636b388e450eb.txt');
const PAGES = HELPPAGES + '/';
const read = (p: string): string => readFileSync(p, 'utf8');

export function parse(text: string, file = 'page.txt'): Service {
  return parseAsmxHelp({ file, location: file, text }, {}) as Service;
}
const page = (name: string): Service => parse(read(PAGES + name), name);
const op = (s: Service, name?: string): SoapOperation => soapOp(name ? s.operations.find((o) => o.name === name) : s.operations[0]);
const type = (s: Service, id: string): TypeDef => s.types.find((t) => t.id === id) as TypeDef;
const typeName = (f: Field): string => (f.type.kind === 'primitive' ? f.type.name : f.type.kind === 'ref' ? `#${f.type.id}` : f.type.kind);
/** `name:type[]?` per field. */
const shape = (fields: readonly Field[]): string[] => fields.map((f) => `${f.name}:${typeName(f)}${f.array ? '[]' : ''}${f.optional ? '?' : ''}`);

/** The IR facts every variant of seed 000 must keep. */
function expectSeed000(s: Service, opts: { host?: boolean } = {}): void {
  const o = op(s);
  expect(s.operations).toHaveLength(1);
  expect(o.name).toBe('CreateInteraction');
  expect(o.protocols).toEqual(['soap11', 'soap12', 'http-get', 'http-post']);
  expect(o.soapAction).toBe('http://tempuri.org/CreateInteraction');
  expect(s.namespace).toBe('http://tempuri.org/');
  expect(o.input.element).toBe('CreateInteraction');
  expect(o.input.namespace).toBe('http://tempuri.org/');
  expect(shape(o.input.fields)).toEqual([
    'username:string?', 'interactionTemplateCode:string?', 'contactCode:string?', 'evaluation:int', 'duration:decimal',
    'description:string?', 'comments:string?', 'interactionDateTime:string?', 'locationLatitude:string?',
    'locationLongitude:string?', 'locationAddress:string?',
  ]);
  expect(o.output?.element).toBe('CreateInteractionResponse');
  expect(o.output?.fields).toEqual([]);
  expect(o.returns).toBe('void');
  for (const p of ['soap11', 'soap12', 'http-get', 'http-post'] as const) {
    const e = s.endpoints.find((x) => x.protocol === p);
    expect(e?.path).toBe('/PlusventaServiceV2.asmx');
    expect(e?.host).toBe(opts.host === false ? undefined : 'api-sandbox.plusventa.com');
  }
  expect(s.types).toEqual([]);
}

function expectSeed003(s: Service): void {
  const o = op(s);
  expect(o.name).toBe('GetChatRequestByConnectionId');
  expect(o.protocols).toEqual(['soap11', 'soap12']);
  expect(o.soapAction).toBe('http://tempuri.org/GetChatRequestByConnectionId');
  expect(s.endpoints.map((e) => [e.protocol, e.host, e.path])).toEqual([
    ['soap11', 'semp.teleperformance.com.br', '/semp/TPClientWebServicesAPI.asmx'],
    ['soap12', 'semp.teleperformance.com.br', '/semp/TPClientWebServicesAPI.asmx'],
  ]);
  expect(shape(o.input.fields)).toEqual(['PublicKey1:string?', 'EncryptedUser:string?', 'EncryptedPassword:string?', 'EncryptedSignature:string?', 'ChatConnectionIDBD:string?']);
  expect(o.returns).toBe('result');
  expect(shape(o.output?.fields ?? [])).toEqual(['GetChatRequestByConnectionIdResult:#GetChatRequestByConnectionIdResult?']);
  const result = type(s, 'GetChatRequestByConnectionIdResult');
  expect(result.kind === 'complex' && shape(result.fields)).toEqual(['response:#response?', 'ChatRequest:#ChatRequest?']);
  const resp = type(s, 'response');
  expect(resp.kind === 'complex' && shape(resp.fields)).toEqual(['responseCode:int', 'responseDescription:string?', 'encryptedSymmetrickey:string?']);
  const chat = type(s, 'ChatRequest');
  expect(chat.kind === 'complex' && shape(chat.fields)).toEqual([
    'IdRequest:int', 'CaseNumber:int', 'CreationDate:dateTime', 'IdQueue:int', 'KeepAliveRouterDate:dateTime',
    'AssignAgentRouterDate:dateTime', 'IdConnection:int', 'IdRequestTransfer:int', 'UserName:string?',
    'UserLastName:string?', 'UserEmail:string?', 'UserOffsetTime:int', 'EncryptedChatRequestId:string?',
  ]);
  expect(s.types).toHaveLength(3);
}

describe('seeds', () => {
  it('seed 000 (CreateInteraction, void response, 4 protocols)', () => {
    const s = parse(read(SEED_000), 'seed000.txt');
    expectSeed000(s);
    expect(s.name).toBe('PlusventaServiceV2');
    expect(s.sources).toEqual([{ file: 'seed000.txt', format: 'asmx-help' }]);
    const o = op(s);
    expect(o.input.samples?.map((x) => x.protocol)).toEqual(['soap11', 'soap12', 'http-get', 'http-post']);
    const soap = o.input.samples?.[0];
    expect(soap?.mediaType).toBe('text/xml');
    expect(soap?.http?.split('\n')[0]).toBe('POST /PlusventaServiceV2.asmx HTTP/1.1');
    expect(soap?.text.startsWith('<?xml')).toBe(true);
    expect(soap?.text.endsWith('</soap:Envelope>')).toBe(true);
    expect(o.input.fields[3].loc).toMatchObject({ file: 'seed000.txt', line: 41, column: 7, path: 'operation CreateInteraction › request › evaluation' });
    expect(s.diagnostics.filter((d) => d.code === 'SVC110')).toEqual([]);
  });

  it('seed 003 (nested ChatRequest/response types)', () => {
    const s = parse(read(SEED_003), 'seed003.txt');
    expectSeed003(s);
    expect(s.name).toBe('TPClientWebServicesAPI');
    // The page shows no address with a scheme: the default endpoint's https:// is a convention.
    expect(s.diagnostics.map((d) => [d.code, d.loc?.line])).toEqual([['SVC150', 16]]);
    expect(s.diagnostics[0].message).toMatch(/no address with a scheme for semp\.teleperformance\.com\.br .*https:\/\//);
  });
});

describe('synthetic variants of the seeds', () => {
  const variants: Record<string, (t: string) => string> = {
    'collapsed whitespace': (t) => t.replace(/\s*\n\s*/g, ' '),
    'markdown fence': (t) => '# Docs\n\n```http\n' + t + '\n```\n',
    'tilde fence': (t) => '~~~\n' + t + '\n~~~\n',
    'VB comments': (t) => t.split('\n').map((l) => "' " + l).join('\n'),
    'C comments': (t) => '/*\n' + t.split('\n').map((l) => ' * ' + l).join('\n') + '\n */\n',
    '// comments': (t) => t.split('\n').map((l) => '// ' + l).join('\n'),
    'CRLF': (t) => t.replace(/\n/g, '\r\n'),
    'leading URL line': (t) => 'https://example.org/x/Service.asmx?op=Foo\n' + t,
    'html': toHtml,
  };
  for (const [name, make] of Object.entries(variants)) {
    it(`${name}: seed 000`, () => expectSeed000(parse(make(read(SEED_000)))));
    it(`${name}: seed 003`, () => expectSeed003(parse(make(read(SEED_003)))));
  }
  it('no Host line', () => {
    const s = parse(read(SEED_000).replace(/^Host: .*\n/gm, ''));
    expectSeed000(s, { host: false });
    expect(s.diagnostics.some((d) => d.code === 'SVC151' && /Host/.test(d.message))).toBe(true);
  });
  it('html variant locations point into the HTML source', () => {
    const html = toHtml(read(SEED_000));
    const f = op(parse(html)).input.fields[3];
    const lineText = html.split('\n')[(f.loc?.line ?? 0) - 1];
    expect(lineText.slice((f.loc?.column ?? 0) - 1).startsWith('&lt;evaluation&gt;')).toBe(true);
  });
});

/** Raw-HTML form of a copied page: entity-escaped, placeholders in `<font class=value>` (docs/formats/asmx.md §Raw HTML). */
function toHtml(t: string): string {
  const esc = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const marked = esc
    .replace(/&gt;([A-Za-z:]+(?: or [A-Za-z]+)*)&lt;\//g, (_, w: string) => `&gt;${w.split(' or ').map((x) => `<font class=value>${x}</font>`).join(' or ')}&lt;/`)
    .replace(/Content-Length: length/g, 'Content-Length: <font class=value>length</font>')
    .replace(/([?&;])(\w+)=string/g, '$1<font class=key>$2</font>=<font class=value>string</font>');
  return `<html>\n<head><title>Svc Web Service</title><style>pre { color: red; }</style></head>\n<body>\n<pre>${marked}</pre>\n</body>\n</html>\n`;
}

describe('corpus pages', () => {
  const files = readdirSync(PAGES).filter((f) => f.startsWith('asmx_'));
  for (const f of files) {
    it(`${f} yields a service or a TRUNCATED warning`, () => {
      const text = read(PAGES + f);
      expect(detectAsmxHelp(text)).toBe('ms');
      const s = parse(text, f);
      const truncated = s.diagnostics.some((d) => d.code === 'SVC110');
      expect(s.operations.length > 0 || truncated).toBe(true);
      if (/\[excerpt truncated/.test(text)) expect(truncated).toBe(true);
    });
  }

  it('w3schools raw HTML: CelsiusToFahrenheit', () => {
    const s = page('asmx_w3schools-tempconvert_CelsiusToFahrenheit_rawhtml.txt');
    const o = op(s);
    expect(s.name).toBe('TempConvert');
    expect(o.name).toBe('CelsiusToFahrenheit');
    expect(o.protocols).toEqual(['soap11', 'soap12', 'http-post']);
    expect(shape(o.input.fields)).toEqual(['Celsius:string?']);
    expect(shape(o.output?.fields ?? [])).toEqual(['CelsiusToFahrenheitResult:string?']);
    expect(o.returns).toBe('result');
    expect(s.namespace).toBe('http://www.w3schools.com/xml/');
    expect(o.input.fields[0].loc).toMatchObject({ line: 58, column: 7 });
  });

  it('OrderService: enum values, truncated SOAP 1.2', () => {
    const s = page('asmx_OrderService_ReceiveOrderStatusUpdate_enum.txt');
    const o = op(s);
    const f = o.input.fields.find((x) => x.name === 'receiptType') as Field;
    expect(f.type).toEqual({ kind: 'ref', id: 'receiptType' });
    expect(f.optional).toBe(false);
    const e = type(s, 'receiptType');
    expect(e.kind === 'enum' && e.values.map((v) => v.name)).toEqual(['Acknowledgement', 'Confirmation', 'Rejection', 'Cancellation', 'Recall', 'Revision', 'Acceptance']);
    expect(shape(o.output?.fields ?? [])).toEqual(['ReceiveOrderStatusUpdateResult:boolean']);
    expect(o.description).toBe('Receive status update.');
    expect(s.endpoints[0].host).toBe('3.226.137.146');
    expect(s.diagnostics.some((d) => d.code === 'SVC110' && /SOAP 1\.2 request/.test(d.message))).toBe(true);
  });

  it('pubads CheckLogin: ref params give returns object, SOAP header', () => {
    const o = op(page('asmx_pubads-NewWS_CheckLogin.txt'));
    expect(o.returns).toBe('object');
    expect(o.output?.fields.map((f) => f.name)).toContain('USERID');
    expect(o.headersIn.map((h) => [h.name, h.namespace, h.type])).toEqual([['Authentication', 'http://tempuri.org/', { kind: 'ref', id: 'Authentication' }]]);
    expect(o.protocols).toEqual(['soap11']);
  });

  it('limstor DataSet is xml', () => {
    const o = op(page('asmx_limstor-wsstdet_GetDataset_copiedtext_DataSet.txt'));
    expect(o.output?.fields.map((f) => [f.name, f.type])).toEqual([['GetDatasetResult', { kind: 'xml' }]]);
    expect(o.returns).toBe('result');
  });

  it('zh-TW .NET 1.x page: single SOAP section read as SOAP 1.1', () => {
    const s = page('asmx_localhost-ws1-Service1_GetCustInfo_zh-TW_net1x_copiedtext.txt');
    const o = op(s);
    expect(o.protocols).toContain('soap11');
    expect(o.protocols).not.toContain('soap12');
    expect(o.soapAction).toBe('http://tempuri.org/ws1/Service1/GetCustInfo');
    expect(shape(o.input.fields)).toEqual(['strCustID:string?']);
    expect(o.output?.fields[0].type).toEqual({ kind: 'xml' });
    expect(s.endpoints.find((e) => e.protocol === 'soap11')).toMatchObject({ host: 'localhost', path: '/ws1/Service1.asmx' });
  });

  it('abacos operation list: listing-only operations', () => {
    const s = page('asmx_abacos-AbacosWSERP_operation-list_rawhtml.txt');
    expect(s.name).toBe('AbacosWSERP');
    expect(s.operations.map((o) => o.name)).toEqual(['AlterarPrecoComponenteKit', 'AtualizarPreco', 'GetVersion']);
    expect(s.operations.every(isListedOnly)).toBe(true);
    expect(op(s, 'GetVersion').description).toBe('Consultar a versão do webservice e do Ábacos');
    expect(s.description).toBe('Este WebService destina-se a integração entre sistemas ERP e o ÁBACOS');
    expect(s.diagnostics.some((d) => d.code === 'SVC151' && /without their messages/.test(d.message))).toBe(true);
  });

  it('acolad: namespaces per element, xsi:nil resolved from another occurrence, enum', () => {
    const s = page('asmx_acolad-AccountingService_GetBillingEstimate.txt');
    const o = op(s);
    const sas = type(s, 'serviceAccountingSummaries');
    expect(sas.kind === 'complex' && sas.fields.map((f) => [f.name, fieldNamespace(f)])).toEqual([
      ['ProjectID', 'https://services.sajan.com/schemas/AccountingService'],
      ['GCMSCoreUserName', 'https://services.sajan.com/schemas/AccountingService'],
      ['BillingSummary', 'https://services.sajan.com/schemas/AccountingService'],
    ]);
    const inner = type(s, '_accountingSummaries');
    const bs = inner.kind === 'complex' ? inner.fields.find((f) => f.name === 'BillingSummary') : undefined;
    expect(bs?.type).toEqual({ kind: 'ref', id: 'BillingSummary' });
    expect(type(s, 'Estimate')).toMatchObject({ kind: 'complex', open: true, fields: [] });
    expect(type(s, 'BillingType')).toMatchObject({ kind: 'enum', values: [{ name: 'Estimates' }, { name: 'Actuals' }] });
    expect(o.input.fields.map((f) => f.name)).toEqual(['Token', 'serviceAccountingSummaries']);
    expect(s.diagnostics.some((d) => d.code === 'SVC110')).toBe(true);
  });

  it('dmsw collapsed whitespace and run-in heading', () => {
    const s = page('asmx_dmsw-postman1_ClearState.txt');
    const o = op(s);
    expect(o.protocols).toEqual(['soap11', 'soap12']);
    expect(shape(o.input.fields)).toEqual(['sessionID:string?']);
    expect(o.returns).toBe('void');
    expect(o.description).toBe('Force disposal of internal KEngine object for this session.');
    expect(s.endpoints[0]).toMatchObject({ host: 'webservice.dmsw.com.au', path: '/postman/postman1.asmx' });
  });

  it('birst custom generator (s: prefix, no Host)', () => {
    const s = page('asmx_birst-CommandWebService_uploadData_variant2-customgenerator.txt');
    const o = op(s);
    expect(o.protocols).toEqual(['soap11']);
    expect(shape(o.input.fields)).toEqual(['token:string?', 'dataUploadToken:string?', 'numBytes:int', 'data:base64Binary?']);
    expect(o.returns).toBe('void');
    expect(s.endpoints[0].host).toBeUndefined();
  });

  it('lightingsports: truncated response keeps the fields seen', () => {
    const s = page('asmx_lightingsports-app_GetCustomers.txt');
    const c = type(s, 'Customer');
    expect(c.kind === 'complex' && c.open).toBe(true);
    expect(c.kind === 'complex' && c.fields.map((f) => f.name).slice(-1)).toEqual(['CreatedOnUtc']);
  });

  it('lookalike page is refused with SVC140', () => {
    for (const f of readdirSync(PAGES).filter((x) => x.startsWith('lookalike_'))) {
      const text = read(PAGES + f);
      expect(detectAsmxHelp(text)).toBe('lookalike');
      let err: unknown;
      try {
        parse(text, f);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(SpecError);
      expect((err as SpecError).diagnostic.code).toBe('SVC140');
      expect((err as SpecError).message).toMatch(/ServiceStack.*WSDL/);
    }
  });

  it('web API pages and sample articles are not claimed', () => {
    for (const f of readdirSync(PAGES).filter((x) => x.startsWith('webapi_'))) expect(detectAsmxHelp(read(PAGES + f))).toBeNull();
    for (const f of ['001_4162bf955ea22d00.txt', '002_4b29a305a994e0e0.txt', '004_8931eb82c0deeb06.txt'] as const) expect(detectAsmxHelp(read(seedPath(f)))).toBeNull();
  });
});
