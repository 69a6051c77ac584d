import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Codes } from '../../generator/diagnostics.js';
import { detectSampleArticle } from '../../generator/parsers/samples/index.js';
import { observedFormat, inferValues } from '../../generator/parsers/samples/infer.js';
import { HELPPAGES } from '../helpers/data.js';
import { articleToHtml, field, fixture, parse, refOf, seedText, type } from './samples-helpers.js';
import { soapOp, soapOps } from '../helpers/ir.js';

const prim = (name: string) => ({ kind: 'primitive', name });

describe('sample article reader: other articles', () => {
  it('reads a SOAP 1.2 article: version, header, attribute + text content, pairing', async () => {
    const s = await parse(fixture('soap12-balance.txt'));
    expect(s.operations).toHaveLength(1);
    const op = soapOp(s.operations[0]);
    expect(op).toMatchObject({ name: 'GetBalance', protocols: ['soap12'], returns: 'result', soapAction: 'urn:example:billing/GetBalance', soapActionDerived: true });
    expect(op.input.samples?.[0]).toMatchObject({ protocol: 'soap12', mediaType: 'application/soap+xml' });
    expect(op.headersIn.map((h) => [h.name, h.namespace, h.type])).toEqual([['ApiKey', 'urn:example:billing', prim('string')]]);
    expect(op.headersOut).toEqual([]);
    const types = Object.fromEntries(op.input.fields.map((f) => [f.name, f.type]));
    expect(types).toEqual({ CustomerNo: prim('string'), AsOf: prim('date'), IncludePending: prim('boolean') });
    const result = refOf(s, op.output!.fields[0]);
    expect(result.fields.map((f) => [f.name, f.type.kind === 'primitive' ? f.type.name : f.type.kind])).toEqual([
      ['Balance', 'ref'],
      ['Overdue', 'boolean'],
      ['LastPayment', 'dateTime'],
      ['LedgerId', 'long'],
    ]);
    const balance = refOf(s, field(result.fields, 'Balance'));
    expect(balance.fields.map((f) => [f.name, f.fieldKind, f.type])).toEqual([
      ['currency', 'attribute', prim('string')],
      ['#text', 'text', prim('decimal')],
    ]);
    expect(op.description).toContain('Call GetBalance with the customer number');
    expect(s.diagnostics.filter((d) => d.code === Codes.UNKNOWN_TYPE_WORD)).toHaveLength(1);
  });

  it('pairs two operations by response name and heading, reads an HTTP head and a fault', async () => {
    const s = await parse(fixture('two-operations.txt'));
    expect(soapOps(s).map((o) => [o.name, o.returns])).toEqual([
      ['GetMember', 'result'],
      ['UpdateMember', 'void'],
    ]);
    const [get, update] = soapOps(s);
    expect(get.output?.samples?.[0].text).toContain('GetMemberResponse');
    expect(update.output?.samples?.[0].text).toContain('UpdateMemberResponse');
    expect(get.soapAction).toBe('http://example.org/members/GetMember');
    expect(get.soapActionDerived).toBeUndefined();
    expect(get.input.samples?.[0].http).toContain('SOAPAction: "http://example.org/members/GetMember"');
    expect(update.soapActionDerived).toBe(true);
    expect(s.endpoints).toEqual([{ protocol: 'soap11', host: 'api.example.org', path: '/services/members.asmx', loc: expect.anything() }]);
    expect(update.faults.map((f) => f.name)).toEqual(['Fault']);
    const member = refOf(s, field(update.input.fields, 'Member'));
    const address = field(member.fields, 'Address');
    expect(address.type).toEqual({ kind: 'xml' });
    expect(address.provenance).toBe('guessed');
    const getResult = refOf(s, field(get.output!.fields, 'GetMemberResult'));
    expect(refOf(s, field(getResult.fields, 'Address')).fields.map((f) => f.name)).toEqual(['Street', 'City']);
    expect(get.description).toBe('Reads one member by id.');
  });

  it('reads raw envelope markup copied into an HTML page, and pairs a response by its heading', async () => {
    const html = [
      '<html><body><h1>Ping service</h1><p>Checks the service.</p><h2>Request</h2>',
      '<div><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Ping xmlns="urn:x"><Echo>hi</Echo></Ping></soap:Body></soap:Envelope></div>',
      '<h2>Response</h2>',
      '<div><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Pong xmlns="urn:x"><Count>3</Count></Pong></soap:Body></soap:Envelope></div>',
      '</body></html>',
    ].join('\n');
    const s = await parse(html, 'ping.html');
    expect(s.name).toBe('Ping service');
    expect(soapOps(s).map((o) => [o.name, o.output?.element, o.returns])).toEqual([['Ping', 'Pong', 'result']]);
    expect(field(s.operations[0].output!.fields, 'Count').type).toEqual(prim('int'));
    expect(s.operations[0].input.fields[0].loc).toMatchObject({ line: 2 });
  });

  it('gives clashing element names distinct, deterministic type ids', async () => {
    const s = await parse(seedText());
    const ids = s.types.map((t) => t.id);
    expect(ids.filter((id) => id.endsWith('CustomerMessagingActivityObject'))).toHaveLength(2);
    expect(ids).toContain('CustomerMessagingActivityObject');
    expect(type(s, 'CustomerMessagingActivityObject').fields.length).toBeGreaterThan(1);
  });
});

describe('detectSampleArticle', () => {
  it('accepts the seed as text and HTML', () => {
    expect(detectSampleArticle(seedText())).toBe(true);
    expect(detectSampleArticle(articleToHtml(seedText()))).toBe(true);
    expect(detectSampleArticle(fixture('soap12-balance.txt'))).toBe(true);
  });

  it('rejects text without an envelope, and ASMX / Web API help pages', () => {
    expect(detectSampleArticle('Just prose about <Envelope> elements.')).toBe(false);
    const pages = readdirSync(HELPPAGES).filter((f) => /^(asmx|webapi)_/.test(f));
    expect(pages.length).toBeGreaterThan(5);
    const accepted = pages.filter((f) => detectSampleArticle(readFileSync(path.join(HELPPAGES, f), 'utf8')));
    expect(accepted).toEqual([]);
  });
});

describe('value inference', () => {
  it.each([
    [['2a50c454-eac0-4768-9a85-0c97968be7fd'], 'guid'],
    [['1325645', '1325646'], 'int'],
    [['2147483648'], 'long'],
    [['99999999999999999999'], 'integer'],
    [['12', '12.5'], 'decimal'],
    [['true', 'false'], 'boolean'],
    [['2012-03-12T13:44:55.892Z'], 'dateTime'],
    [['2012-03-12'], 'date'],
    [['007'], 'string'],
    [['12', 'abc'], 'string'],
    [['03/12/2012 13:44:55.892'], 'string'],
  ])('%j → %s', (values, name) => {
    const r = inferValues(values);
    expect(r.type).toEqual(prim(name));
    expect(r.provenance).toBe('inferred-from-sample');
  });

  it.each(['***************', '?', '...', 'string', ''])('placeholder %j → guessed string', (v) => {
    expect(inferValues([v])).toMatchObject({ type: prim('string'), provenance: 'guessed' });
  });

  it('object placeholders → xml; placeholders next to real values are ignored', () => {
    expect(inferValues(['[[Address Object]]']).type).toEqual({ kind: 'xml' });
    expect(inferValues(['?', '42']).type).toEqual(prim('int'));
  });

  it('describes non-ISO date formats', () => {
    expect(observedFormat(['03/12/2012 13:44:55.892'])).toBe('MM/DD/YYYY HH:mm:ss.fff');
    expect(observedFormat(['25.12.2012', '01.02.2013'])).toBe('DD.MM.YYYY');
    expect(observedFormat(['3/4/2012 1:05 PM'])).toBe('M/D/YYYY h:mm A');
    expect(observedFormat(['hello'])).toBeUndefined();
  });
});
