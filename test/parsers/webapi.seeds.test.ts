import { describe, expect, it } from 'vitest';
import type { ComplexType, Field, Service, TypeDef } from '../../generator/ir/types.js';
import { detectWebApiHelp, parseWebApiHelp } from '../../generator/parsers/webapi/index.js';
import { render, type RowSpec, type Variant } from './webapi-support/render.js';
import { readRepo, SEED1, SEED2, SEED2_ROWS, seed1Page, seed2Page } from './webapi-support/seeds.js';
import { elementField, restOp } from '../helpers/ir.js';

async function parse(text: string, file = 'page.txt'): Promise<Service> {
  return parseWebApiHelp({ file, location: file, text }, {});
}

function complex(s: Service, id: string): ComplexType {
  const t: TypeDef | undefined = s.types.find((x) => x.id === id);
  if (!t || t.kind !== 'complex') throw new Error(`no complex type ${id}: ${s.types.map((x) => x.id).join(', ')}`);
  return t;
}

const PRIMS: Record<string, string> = { string: 'string', integer: 'int', 'globally unique identifier': 'guid' };

/** Field facts expected for a table row (docs/formats/webapi.md §Type words, §Additional information). */
function expectRow(f: Field, r: RowSpec): void {
  expect(f.name).toBe(r.name);
  expect(f.type).toEqual({ kind: 'primitive', name: PRIMS[r.type] });
  expect(f.optional).toBe(!r.annotations.includes('Required'));
  expect(f.array).toBe(false);
  expect(f.description).toBe(r.description);
  const max = r.annotations.find((a) => a.startsWith('Max length: '));
  // A Required string refuses "" and white space (ASP.NET's RequiredAttribute).
  const notBlank = r.annotations.includes('Required') && PRIMS[r.type] === 'string';
  const facets = { ...(max ? { maxLength: Number(max.slice(12)) } : {}), ...(notBlank ? { notBlank: true } : {}) };
  expect(f.facets).toEqual(Object.keys(facets).length ? facets : undefined);
}

const SEED1_BODY: [string, string, boolean][] = [
  ['AppAccessKey', 'string', false],
  ['InteractionIdentity', 'string', false],
  ['InteractionName', 'string', false],
  ['AccountId', 'guid', false],
  ['ContactId', 'guid', false],
  ['TenantKey', 'guid', true],
  ['GroupKey', 'guid', true],
];
const DC_NS = 'http://schemas.datacontract.org/2004/07/SeeTheProWebAPI.Models';

function checkSeed1(s: Service): void {
  expect(s.operations).toHaveLength(1);
  const op = restOp(s.operations[0]);
  // A Web API operation carries no SOAP members (no empty header/fault lists, no `returns`).
  for (const slot of ['headersIn', 'headersOut', 'headerFaults', 'faults', 'returns', 'style', 'use', 'soapAction', 'objects']) expect(op).not.toHaveProperty(slot);
  expect(op.name).toBe('VspinteractionCreate');
  expect(op.protocols).toEqual(['rest']);
  expect(op.rest.response).toBeDefined();
  const rest = op.rest;
  expect(rest.method).toBe('POST');
  expect(rest.path).toBe('api/vspinteraction/create');
  expect(rest.pathParams).toEqual([]);
  expect(rest.queryParams).toEqual([]);
  expect(rest.body).toEqual({ kind: 'ref', id: 'CreateVspInteraction' });
  expect(rest.response).toEqual({ kind: 'ref', id: 'VspInteraction' });
  expect(rest.requestMediaTypes).toEqual(['application/json', 'text/json', 'application/xml', 'text/xml', 'application/x-www-form-urlencoded']);
  expect(rest.responseMediaTypes).toEqual(['application/json', 'text/json', 'application/xml', 'text/xml']);
  expect(rest.xmlFlavour).toBe('datacontract');
  expect(rest.xmlNamespace).toBe(DC_NS);
  expect(rest.requestXmlRoot).toBe('CreateVspInteraction');
  expect(rest.responseXmlRoot).toBe('VspInteraction');
  expect(op.input).toMatchObject({ element: 'CreateVspInteraction', namespace: DC_NS, fields: [] });
  expect(op.output).toMatchObject({ element: 'VspInteraction', namespace: DC_NS, fields: [] });
  expect(op.input.samples?.map((x) => x.mediaType)).toEqual(['application/json', 'application/xml']);
  expect(JSON.parse(op.input.samples![0].text)).toMatchObject({ AppAccessKey: 'sample string 1', GroupKey: expect.any(String) });
  const body = complex(s, 'CreateVspInteraction');
  expect(body.namespace).toBe(DC_NS);
  expect(body.provenance).toBe('declared');
  expect(body.fields.map((f) => [f.name, (f.type as { name: string }).name, f.optional])).toEqual(SEED1_BODY);
  for (const f of body.fields) {
    expect(f.facets).toEqual(f.optional || (f.type as { name: string }).name !== 'string' ? undefined : { notBlank: true });
    expect(f.description).toBeUndefined();
    expect(elementField(f).xmlName).toBeUndefined();
    expect(f.loc?.line).toBeGreaterThan(1);
  }
  const res = complex(s, 'VspInteraction');
  expect(res.fields.map((f) => [f.name, f.optional])).toEqual([
    ['InteractionId', true],
    ['CampaignKey', true],
    ['InteractionUrl', true],
  ]);
  expect(s.types.map((t) => t.id)).toEqual(['CreateVspInteraction', 'VspInteraction']);
  expect(s.diagnostics).toEqual([]);
}

function checkSeed2(s: Service): void {
  const op = restOp(s.operations[0]);
  expect(op.name).toBe('InteractionCreate');
  expect(op.description).toBe('Create a new customer interaction in Caliq. Must be created on an already existing customer');
  const rest = op.rest;
  expect(rest.method).toBe('POST');
  expect(rest.path).toBe('api/v1/InteractionCreate');
  expect(rest.statuses?.map((x) => x.code)).toEqual([200, 400, 401, 503]);
  expect(rest.statuses?.[1].description).toBe('Bad Request - parameters supplied cannot be properly interpreted');
  expect(rest.xmlFlavour).toBe('xmlserializer');
  expect(rest.xmlNamespace).toBeUndefined();
  expect(rest.requestXmlRoot).toBe('InteractionCreateParams');
  expect(rest.responseXmlRoot).toBe('InteractionAddResults');
  expect(rest.body).toEqual({ kind: 'ref', id: 'InteractionCreateParams' });
  expect(rest.response).toEqual({ kind: 'ref', id: 'InteractionAddResults' });
  expect(op.rest.response).toBeDefined();
  const body = complex(s, 'InteractionCreateParams');
  expect(body.fields).toHaveLength(SEED2_ROWS.length);
  body.fields.forEach((f, i) => expectRow(f, SEED2_ROWS[i]));
  const accountNo = body.fields.find((f) => f.name === 'AccountNo')!;
  expect(accountNo.description).toContain('Required if CustomerID not set');
  expect(body.fields.find((f) => f.name === 'FollowUpBy')!.description).toContain('Leave empty if no follow up');
  const wrapper = complex(s, 'InteractionAddResults');
  expect(wrapper.fields.map((f) => [f.name, f.type])).toEqual([['InteractionAddData', { kind: 'ref', id: 'InteractionAddData' }]]);
  const data = complex(s, 'InteractionAddData');
  expect(data.provenance).toBe('inferred-from-sample');
  expect(data.fields.map((f) => [f.name, f.type, f.array])).toEqual([
    ['OK', { kind: 'primitive', name: 'boolean' }, false],
    ['InteractionCreateIssues', { kind: 'ref', id: 'InteractionCreateIssue' }, true],
  ]);
  expect(elementField(data.fields[1]).arrayItem).toEqual({ name: 'InteractionCreateIssue' });
  const issue = complex(s, 'InteractionCreateIssue');
  expect(issue.fields.map((f) => [f.name, (f.type as { name: string }).name])).toEqual([
    ['ID', 'int'],
    ['Message', 'string'],
    ['ExtraData', 'string'],
  ]);
  const inferred = s.diagnostics.filter((d) => d.code === 'SVC112').map((d) => d.message);
  expect(inferred.some((m) => m.includes('InteractionAddData'))).toBe(true);
  expect(inferred.some((m) => m.includes('InteractionCreateIssue'))).toBe(true);
}

describe('Web API seeds', () => {
  it('seed 001 (pipes, empty description cells) gives the exact IR facts', async () => {
    const text = readRepo(SEED1);
    expect(detectWebApiHelp(text)).toBe('api');
    checkSeed1(await parse(text, SEED1));
  });

  it('seed 002 (no leading pipes, status list, missing model) gives the exact IR facts', async () => {
    const text = readRepo(SEED2);
    expect(detectWebApiHelp(text)).toBe('api');
    checkSeed2(await parse(text, SEED2));
  });

  it('locations point at the rows in the file', async () => {
    const s = await parse(readRepo(SEED2), SEED2);
    const kind = complex(s, 'InteractionCreateParams').fields.find((f) => f.name === 'Kind')!;
    const lines = readRepo(SEED2).split('\n');
    expect(lines[kind.loc!.line - 1].startsWith('Kind |')).toBe(true);
    expect(kind.loc!.path).toBe('type InteractionCreateParams › Kind');
  });
});

const VARIANTS: Variant[] = ['pipes', 'no-leading-pipes', 'glued', 'collapsed', 'html'];

describe('Web API synthetic variants of the seeds', () => {
  for (const v of VARIANTS) {
    it(`seed 001 as ${v}`, async () => {
      const text = render(seed1Page(), v);
      expect(detectWebApiHelp(text)).toBe('api');
      checkSeed1(await parse(text));
    });
    it(`seed 002 as ${v}`, async () => {
      const text = render(seed2Page(), v);
      expect(detectWebApiHelp(text)).toBe('api');
      checkSeed2(await parse(text));
    });
  }
});
