import { describe, expect, it } from 'vitest';
import type { Service } from '../../generator/ir/types.js';
import { Codes } from '../../generator/diagnostics.js';
import { articleToHtml, field, parse, refOf, seedText, type } from './samples-helpers.js';
import { soapOp } from '../helpers/ir.js';

const AVECTRA = 'http://www.avectra.com/2005/';

/** The facts every rendering of the xWeb "Customer Messaging Activity" article must yield. */
function expectSeedFacts(s: Service): void {
  expect(s.sources).toEqual([{ file: expect.any(String), format: 'soap-samples' }]);
  expect(s.namespace).toBe(AVECTRA);
  expect(s.operations.map((o) => o.name)).toEqual(['InsertFacadeObject']);
  const op = soapOp(s.operations[0]);
  expect(op.protocols).toEqual(['soap11']);
  expect(op.input.element).toBe('InsertFacadeObject');
  expect(op.input.namespace).toBe(AVECTRA);

  // header AuthorizationToken{Token}, in and out, one shared type
  for (const headers of [op.headersIn, op.headersOut]) {
    expect(headers.map((h) => [h.name, h.namespace])).toEqual([['AuthorizationToken', AVECTRA]]);
  }
  expect(op.headersIn[0].type).toEqual(op.headersOut[0].type);
  const token = field(type(s, (op.headersIn[0].type as { id: string }).id).fields, 'Token');
  expect(token.type).toEqual({ kind: 'primitive', name: 'string' });
  expect(token.provenance).toBe('guessed');

  // request: szObjectName, oNode -> CustomerMessagingActivityObjects -> CustomerMessagingActivityObject[]
  expect(op.input.fields.map((f) => f.name)).toEqual(['szObjectName', 'oNode']);
  expect(field(op.input.fields, 'szObjectName').type).toEqual({ kind: 'primitive', name: 'string' });
  const oNode = refOf(s, field(op.input.fields, 'oNode'));
  const list = refOf(s, field(oNode.fields, 'CustomerMessagingActivityObjects'));
  const recordField = field(list.fields, 'CustomerMessagingActivityObject');
  expect(recordField.array).toBe(true);
  const record = refOf(s, recordField);
  expect(record.open).toBe(true);
  const kinds = Object.fromEntries(record.fields.map((f) => [f.name, f.type.kind === 'primitive' ? f.type.name : f.type.kind]));
  expect(kinds).toEqual({
    cma_cst_key: 'guid',
    cma_activity_id: 'int',
    cma_message_id: 'int',
    cma_recipient_id: 'int',
    cma_activity_code: 'string',
    cma_activity_subcode: 'string',
    cma_eml_key: 'string',
    cma_eml_address: 'string',
    cma_activity_date: 'string',
  });
  const date = field(record.fields, 'cma_activity_date');
  expect(date.notes).toContain('observed format: MM/DD/YYYY HH:mm:ss.fff (sample: 03/12/2012 13:44:55.892)');
  for (const f of record.fields.filter((x) => x.name !== 'cma_eml_key')) {
    expect(f.provenance).toBe('inferred-from-sample');
    expect(f.notes?.some((n) => n.startsWith('inferred from a sample value: '))).toBe(true);
  }
  expect(field(record.fields, 'cma_eml_key').provenance).toBe('named-in-prose');
  const required = record.fields.filter((f) => !f.optional).map((f) => f.name);
  expect(required).toEqual(['cma_cst_key', 'cma_activity_date']);
  expect(op.rules).toEqual([
    { kind: 'one-of-required', typeId: record.id, fields: ['cma_eml_key', 'cma_eml_address'], text: 'Either cma_eml_key or cma_eml_address', loc: expect.anything() },
  ]);

  // response: InsertFacadeObjectResult -> records with cma_key and @recordReturn
  expect(op.output?.element).toBe('InsertFacadeObjectResponse');
  expect(op.output?.fields.map((f) => f.name)).toEqual(['InsertFacadeObjectResult']);
  expect(op.returns).toBe('result');
  const result = refOf(s, op.output!.fields[0]);
  const resList = refOf(s, field(result.fields, 'CustomerMessagingActivityObjects'));
  expect(resList.id).not.toBe(list.id);
  const recordReturn = field(resList.fields, 'recordReturn');
  expect(recordReturn).toMatchObject({ fieldKind: 'attribute', namespace: '', type: { kind: 'primitive', name: 'int' }, provenance: 'inferred-from-sample' });
  const resRecord = field(resList.fields, 'CustomerMessagingActivityObject');
  expect(resRecord.array).toBe(true);
  expect(refOf(s, resRecord).fields.map((f) => [f.name, f.type])).toEqual([['cma_key', { kind: 'primitive', name: 'guid' }]]);

  // SOAPAction derived by convention, no endpoint host
  expect(op.soapAction).toBe('http://www.avectra.com/2005/InsertFacadeObject');
  expect(op.soapActionDerived).toBe(true);
  expect(s.endpoints.every((e) => e.host === undefined)).toBe(true);
  const conv = s.diagnostics.filter((d) => d.code === Codes.CONVENTION);
  expect(conv).toHaveLength(1);
  expect(conv[0].message).toContain('http://www.avectra.com/2005/InsertFacadeObject');

  // one INFERRED_TYPE summary per message, not one per field
  const inferred = s.diagnostics.filter((d) => d.code === Codes.INFERRED_TYPE);
  expect(inferred).toHaveLength(2);
  expect(inferred[0].message).toContain('cma_cst_key: guid');

  // type ids unique; every field and type has a location with a path
  const ids = s.types.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const t of s.types) {
    if (t.kind !== 'complex') continue;
    expect(t.loc?.path).toMatch(/^operation InsertFacadeObject › /);
    for (const f of t.fields) expect(f.loc?.line).toBeGreaterThan(0);
  }
  expect(op.input.samples).toHaveLength(1);
  expect(op.output?.samples).toHaveLength(1);
}

/** The text at a location (1-based line/column). */
function at(text: string, loc: { line: number; column: number } | undefined): string {
  if (!loc) return '';
  return text.split(/\r\n|\n|\r/)[loc.line - 1].slice(loc.column - 1);
}

describe('sample article reader: xWeb Customer Messaging Activity', () => {
  it('reads the plain-text article', async () => {
    const text = seedText();
    const s = await parse(text, 'seed.txt');
    expectSeedFacts(s);
    expect(s.name).toBe('Customer Messaging Activity in xWeb');
    expect(s.description).toContain('This topic illustrates how to insert Customer Messaging Activity records in xWeb.');
    expect(s.operations[0].description).toContain('This request shows two records being added in one request.');
    const env = text.slice(text.indexOf('<soapenv:Envelope'), text.indexOf('</soapenv:Envelope>') + '</soapenv:Envelope>'.length);
    expect(s.operations[0].input.samples?.[0]).toMatchObject({ protocol: 'soap11', mediaType: 'text/xml', text: env });
    const record = s.types.find((t) => t.id === 'CustomerMessagingActivityObject');
    const key = record?.kind === 'complex' ? field(record.fields, 'cma_cst_key') : undefined;
    expect(at(text, key?.loc)).toMatch(/^<ns:cma_cst_key>/);
    expect(key?.loc?.path).toBe('operation InsertFacadeObject › request › oNode › CustomerMessagingActivityObjects › CustomerMessagingActivityObject › cma_cst_key');
  });

  it('reads the same article as HTML (escaped envelopes in <pre>, bullets in <ul>)', async () => {
    const html = articleToHtml(seedText());
    expect(html).toContain('&lt;ns:cma_cst_key&gt;');
    const s = await parse(html, 'seed.html');
    expectSeedFacts(s);
    const text = seedText();
    const env = text.slice(text.indexOf('<soap:Envelope'), text.indexOf('</soap:Envelope>') + '</soap:Envelope>'.length);
    expect(s.operations[0].output?.samples?.[0].text).toBe(env);
    const record = type(s, 'CustomerMessagingActivityObject');
    expect(at(html, field(record.fields, 'cma_activity_id').loc)).toMatch(/^&lt;ns:cma_activity_id&gt;/);
  });

  it('reads the article with non-breaking spaces everywhere (prose and markup)', async () => {
    const text = seedText().replace(/ /g, '\u00a0').replace(/^</gm, '\u00a0\u00a0<');
    expectSeedFacts(await parse(text));
  });

  it.each(['·', '*', '-'])('reads the required list with %s bullets', async (b) => {
    expectSeedFacts(await parse(seedText().replace(/•/g, b)));
  });

  it('reads an inline required list', async () => {
    const text = seedText().replace(/The following fields are required:[\s\S]*?(?=<soapenv)/, 'The following fields are required: cma_cst_key, cma_activity_date, Either cma_eml_key or cma_eml_address.\n');
    expectSeedFacts(await parse(text));
  });

  it('leaves the record closed and all fields optional without the prose', async () => {
    const text = seedText().replace(/This request shows[\s\S]*?(?=<soapenv)/, '');
    const s = await parse(text);
    const record = type(s, 'CustomerMessagingActivityObject');
    expect(record.open).toBeUndefined();
    expect(record.fields.every((f) => f.optional)).toBe(true);
    expect(record.fields.map((f) => f.name)).not.toContain('cma_eml_key');
    expect(soapOp(s.operations[0]).rules).toBeUndefined();
  });

  it('is deterministic', async () => {
    const a = await parse(seedText());
    const b = await parse(seedText());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
