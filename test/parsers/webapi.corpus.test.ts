import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import type { ComplexType, EnumType, Service } from '../../generator/ir/types.js';
import { detectWebApiHelp, parseWebApiHelp } from '../../generator/parsers/webapi/index.js';
import { HELPPAGES } from '../helpers/data.js';
import { HELPPAGES_DIR, readRepo } from './webapi-support/seeds.js';
import { elementField, restOp, restOps } from '../helpers/ir.js';

const DIR = HELPPAGES_DIR;
const FILES = readdirSync(HELPPAGES).filter((f) => f.startsWith('webapi_')).sort();

async function page(name: string): Promise<Service> {
  const file = FILES.find((f) => f.includes(name));
  if (!file) throw new Error(`no corpus page ${name}`);
  return parseWebApiHelp({ file, location: file, text: readRepo(DIR + file) }, {});
}
const complex = (s: Service, id: string): ComplexType => s.types.find((t) => t.id === id && t.kind === 'complex') as ComplexType;
const enumType = (s: Service, id: string): EnumType => s.types.find((t) => t.id === id && t.kind === 'enum') as EnumType;
const codes = (s: Service): string[] => s.diagnostics.map((d) => d.code);

describe('Web API corpus: every page', () => {
  it('has webapi pages to read', () => expect(FILES.length).toBeGreaterThanOrEqual(20));
  for (const file of FILES) {
    it(`${file} yields a Service (or a warning naming what is cut off)`, async () => {
      const text = readRepo(DIR + file);
      expect(detectWebApiHelp(text)).not.toBeNull();
      const s = await parseWebApiHelp({ file, location: file, text }, {});
      expect(s.sources).toEqual([{ file, format: 'webapi-help' }]);
      expect(s.operations.length + s.types.length).toBeGreaterThan(0);
      if (/excerpt truncated/.test(text)) expect(codes(s)).toContain('SVC110');
      const ids = s.types.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      const refs = [...JSON.stringify(s).matchAll(/"kind":"ref","id":"([^"]+)"/g)].map((m) => m[1]);
      for (const r of refs) expect(ids).toContain(r);
    });
  }
});

describe('Web API corpus: concrete facts', () => {
  it('index page (pipes): operations with method, path, query params, description; MISSING + TRUNCATED', async () => {
    const s = await page('cogmine');
    expect(s.operations).toHaveLength(12);
    const confirm = restOps(s).find((o) => o.rest.path === 'api/Account/ConfirmEmail')!;
    expect(confirm.name).toBe('AccountConfirmEmail');
    expect(confirm.rest.method).toBe('GET');
    expect(confirm.rest.queryParams.map((p) => p.name)).toEqual(['userId', 'code', 'completeUrl']);
    expect(s.operations[0].description).toBe('Register a new user account.');
    expect(codes(s)).toEqual(expect.arrayContaining(['SVC151', 'SVC110']));
  });

  it('index page (glued): clashing routes get the method prefix', async () => {
    const s = await page('pbr-repl');
    expect(s.operations.map((o) => o.name)).toContain('AccountVerify');
    const names = restOps(s).filter((o) => /resetpw$/.test(o.rest.path)).map((o) => o.name);
    expect(names).toEqual(['GetAccountResetpw', 'PostAccountResetpw']);
    const verify = restOp(s.operations.find((o) => o.name === 'AccountVerify'));
    expect(verify.rest.pathParams.map((p) => [p.name, p.optional])).toEqual([['token', false]]);
  });

  it('ResourceModel enum pages: numeric values (plain, static export, customised sentence)', async () => {
    expect(enumType(await page('legion'), 'ElectricalPVInstallationBuildKind').values).toEqual([
      { name: 'InRoof', value: 0 },
      { name: 'OnRoof', value: 1 },
      { name: 'OnField', value: 2 },
      { name: 'OnWater', value: 3 },
    ]);
    const fern = await page('fernsoftware');
    expect(enumType(fern, 'AllowWithOverrideOptions').values.map((v) => v.value)).toEqual([1, 2, 3]);
    expect(fern.operations).toEqual([]);
    expect(codes(fern)).toContain('SVC151');
    const pixel = await page('pixel-base');
    expect(pixel.types[0].kind).toBe('enum');
    expect((pixel.types[0] as EnumType).values.map((v) => v.name)).toEqual(['Always', 'OnlyIfRequired']);
  });

  it('ResourceModel complex page (glued, session-id URL): annotations to facets', async () => {
    const s = await page('apriva');
    const f = complex(s, 'EmailItem').fields[0];
    expect(f.name).toBe('Email');
    expect(f.optional).toBe(false);
    expect(f.facets?.maxLength).toBe(255);
    expect(f.facets?.pattern?.startsWith("[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+")).toBe(true);
    expect(f.description).toMatch(/^Email address must adhere/);
    expect(s.endpoints[0]).toMatchObject({ host: 'aibapp144.aprivaeng.com:9467', path: '/pay/v1' });
  });

  it('glued cells with "Required:" prose kept as description (blub0x v1, DELETE with path param)', async () => {
    const s = await page('blub0x_DELETE');
    const op = restOp(s.operations[0]);
    expect(op.rest.method).toBe('DELETE');
    expect(op.rest.pathParams.map((p) => [p.name, p.type, p.optional, p.description])).toEqual([
      ['id', { kind: 'primitive', name: 'guid' }, false, 'User Id'],
    ]);
    const body = complex(s, 'RemoveUserViewModel');
    expect(body.fields.map((f) => [f.name, f.optional])).toEqual([
      ['UserId', true],
      ['RemovalDateTime', true],
    ]);
    expect(body.fields[0].description).toBe('Required: The PK of the existing User that you want to remove.');
    expect(body.fields[1].type).toEqual({ kind: 'primitive', name: 'dateTime' });
  });

  it('no-leading-pipe tables (blub0x qaapi) equal the glued ones', async () => {
    const a = await page('blub0x-qaapi');
    const b = await page('blub0x_DELETE');
    const strip = (s: Service) => JSON.stringify(s.types, (k, v) => (k === 'loc' ? undefined : v));
    expect(strip(a)).toBe(strip(b));
  });

  it('customised mylimsweb: Request/Response headings, no None. cells, models inferred from the JSON', async () => {
    const s = await page('mylimsweb');
    const op = restOp(s.operations[0]);
    expect(op.rest.path).toBe('api/v2/activeIntegrations/{activeIntegrationId}');
    expect(op.rest.pathParams[0]).toMatchObject({ name: 'activeIntegrationId', optional: false, type: { kind: 'primitive', name: 'int' } });
    expect(op.rest.response).toEqual({ kind: 'ref', id: 'ActiveIntegrationDetail' });
    const detail = complex(s, 'ActiveIntegrationDetail');
    expect(detail.fields.map((f) => f.name)).toEqual([
      'URI', 'ActivationUser', 'ActivationDateTime', 'ActivationView', 'EditionUser', 'EditionDateTime', 'EditionView', 'Active', 'Token', 'Id', 'Identification',
    ]);
    expect(detail.fields[1].type).toEqual({ kind: 'ref', id: 'UserBasic' });
    expect(complex(s, 'UserBasic').provenance).toBe('inferred-from-sample');
    expect(complex(s, 'PriceList').fields.find((f) => f.name === 'Expire')!.type).toEqual({ kind: 'primitive', name: 'dateTime' });
    expect(codes(s)).toContain('SVC110');
  });

  it('itagroup: "Response Codes" list becomes statuses', async () => {
    const s = await page('itagroup');
    expect(restOp(s.operations[0]).rest.statuses).toEqual([
      { code: 200, description: 'OK: Requested client successfully returned.' },
      { code: 401, description: 'Unauthorized:' },
      { code: 404, description: 'NotFound: Requested client does not exist.' },
      { code: 500, description: 'InternalServerError:' },
    ]);
    expect(restOp(s.operations[0]).rest.responseMediaTypes).toContain('text/html');
  });

  it('collection response, query params and DataContract collection root (baxter)', async () => {
    const s = await page('baxter');
    const rest = restOp(s.operations[0]).rest;
    expect(rest.response).toEqual({ kind: 'ref', id: 'PCTypeViewModel' });
    expect(rest.responseArray).toBe(true);
    expect(rest.responseXmlRoot).toBe('ArrayOfpc_type');
    expect(rest.queryParams.map((p) => [p.name, (p.type as { name: string }).name])).toEqual([
      ['active', 'boolean'],
      ['lastUpdate', 'dateTime'],
    ]);
    const f3 = complex(s, 'PCTypeViewModel').fields[3];
    // Required strings also refuse "" and white space (ASP.NET's RequiredAttribute).
    expect(f3.optional).toBe(false);
    expect(f3.facets).toEqual({ maxLength: 100, notBlank: true });
  });

  it('glued "globally unique identifierResponse Formats" and a query param on POST (takeda)', async () => {
    const s = await page('takeda');
    const rest = restOp(s.operations[0]).rest;
    expect(rest.response).toEqual({ kind: 'primitive', name: 'guid' });
    expect(rest.requestXmlRoot).toBe('pc_type');
    expect(rest.queryParams[0]).toMatchObject({ name: 'siteId', optional: true });
  });

  it('camelCase JSON names with the model name as xmlName; IHttpActionResult + None. (ehouse)', async () => {
    const s = await page('ehouse');
    const f = complex(s, 'DeleteOrderBindingModel').fields[0];
    expect([f.name, elementField(f).xmlName, f.optional]).toEqual(['rowVersion', 'RowVersion', false]);
    expect(f.type).toEqual({ kind: 'primitive', name: 'unsignedInt' });
    expect(f.facets).toEqual({ minInclusive: '0', maxInclusive: '1.84467440737096E+19' });
    expect(restOp(s.operations[0]).rest.bodyDescription).toMatch(/^RowVersion:RowVersion value/);
  });

  it('dictionary and collection fields; enum inferred from a number sample (rightrez, spinudev)', async () => {
    const r = complex(await page('rightrez'), 'UserInfoViewModel');
    expect(r.fields.find((f) => f.name === 'Settings')!.type).toEqual({
      kind: 'map',
      key: { kind: 'primitive', name: 'string' },
      value: { kind: 'primitive', name: 'anyType' },
    });
    const clients = r.fields.find((f) => f.name === 'Clients')!;
    expect([clients.array, elementField(clients).arrayItem?.name]).toEqual([true, 'string']);
    const sp = await page('spinudev');
    expect(enumType(sp, 'HttpStatusCode')).toMatchObject({ jsonAs: 'number', values: [{ name: 'Continue', value: 100 }] });
    expect(restOp(sp.operations[0]).rest.queryParams.map((p) => [p.name, p.optional])).toEqual([
      ['userID', false],
      ['active', false],
    ]);
  });

  it('a page that is not a Web API page at all is a SpecError', async () => {
    await expect(page('blub0x_DELETE').then(() => parseWebApiHelp({ file: 'x', location: 'x', text: 'hello\nworld' }, {}))).rejects.toBeInstanceOf(SpecError);
  });
});
