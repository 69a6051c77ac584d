import type { Resolved } from '../../ir/resolved.js';
import type { SoapService } from '../../ir/types.js';
import { soapService } from '../../ir/operations.js';
import { canonicalRecord, canonicalTable, fixtureEntry, objectKey, rawFixtureEntry, UnknownLiteral } from '../core/fixtures.js';
import { copyRuntime, fileHeader, finalLayout, README_EXAMPLES, README_NAMES, renderTemplate, type EmitOptions, type FileMap } from '../core/engine.js';
import { declarationsText } from '../core/declarations.js';
import { formatFiles, formatMode } from '../core/format.js';
import { dataModule } from '../core/data-module.js';
import { postProcess } from '../core/postprocess.js';
import { moduleDecl, print, typeNamesIn, typeRef } from '../core/layout.js';
import { refTs } from '../core/types-map.js';
import { str, typeKey } from '../core/text.js';
import { buildModel, type PackageModel } from './model.js';
import { objectHelpers, type ObjectHelperModel } from './objects.js';
import { sampleRecord } from './sample-fixtures.js';
import { clientLayout, operationsLayout } from './code.js';
import { mockLayout, mockModels, mockTypeImports } from './mock.js';

/**
 * Emits a SOAP (ASMX, WSDL, sample article) package: Handlebars templates render the view model,
 * in prettier's final layout with exact imports (prettier formats only the files listed as not
 * final: README.md, objects.ts, and see format.ts `needsPrettier`).
 */
export async function emitSoapPackage(resolved: Resolved, options: EmitOptions): Promise<FileMap> {
  const service = soapService(resolved.service);
  const model = buildModel(resolved, options.packageName, { fieldLocations: options.sourceLocations === 'all' });
  const header = fileHeader(service);
  const objects = objectHelpers(service, model);
  const ctx = { ...model, header, ...extraContext(model, service), objects, hasObjects: objects.length > 0, sessionHeaders: sessionHeaders(service, model) };
  const files: FileMap = new Map();
  const declared = new Set(model.declarations.map((d) => d.name));
  files.set('types.ts', renderTemplate('soap/types.ts.hbs', { ...ctx, typesBody: declarationsText(model.declarations) }));
  const data = dataModule({
    header,
    about: `Wire descriptors of the ${model.serviceName} service, read by the runtime's XML writer and reader: one per type (\`XSchema\`), message and operation (\`XOperation\`).`,
    service: { type: 'ServiceDesc', value: model.serviceDesc },
    descriptors: model.descriptors,
    operations: model.operations,
    operationType: 'OperationDesc',
    typeModules: { ServiceDesc: './runtime/schema.js', TypeDesc: './runtime/schema.js', EnumDesc: './runtime/schema.js', ValueDesc: './runtime/schema.js', OperationDesc: './runtime/schema.js' },
  });
  files.set('descriptors.js', data.js);
  files.set('descriptors.d.ts', data.dts);
  if (options.build !== false) files.set('dist/cjs/descriptors.js', data.cjs);
  if (objects.length) files.set('objects.ts', renderTemplate('soap/objects.ts.hbs', ctx));
  files.set('client.ts', renderTemplate('soap/client.ts.hbs', { ...ctx, cl: clientLayout({ ...model, hasObjects: ctx.hasObjects }, declared, ctx.sessionHeaders.map((h) => h.type)) }));
  files.set('operations.ts', renderTemplate('soap/operations.ts.hbs', { ...ctx, ops: operationsLayout(model, declared) }));
  const fx = fixturesLayout([...fixtureModels(service, model), ...objectFixtures(service, model, objects)], declared);
  files.set('fixtures.ts', renderTemplate('soap/fixtures.ts.hbs', { ...ctx, fx, canonical: canonicalTable() }));
  files.set('index.ts', renderTemplate('soap/index.ts.hbs', ctx));
  const mock = mockModels(service, model);
  const exported = new Set([...(files.get('types.ts') ?? '').matchAll(/^export (?:interface|type) ([\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*)/gmu)].map((m) => m[1]));
  files.set('mock.ts', renderTemplate('soap/mock.ts.hbs', { ...ctx, ...mockLayout(model.serviceName, mock, mockTypeImports(mock, exported)) }));
  // The one template that imports generously (see postprocess.ts).
  postProcess(files, ['objects.ts']);
  files.set('package.json', renderTemplate('soap/package.json.hbs', { ...ctx, version: options.version ?? '1.0.0' }));
  files.set('README.md', renderTemplate('soap/README.md.hbs', ctx));
  const mode = formatMode(options.format);
  if (mode !== 'none') options.progress?.('formatting');
  // The options type of a service that requires WS-Security is left to prettier (an intersection the templates do not lay out).
  const out = await formatFiles(files, mode, finalLayout('soap', FINAL.filter((f) => !(f === 'client.ts' && model.securityRequired) && !(f === 'fixtures.ts' && !fx.final))));
  await copyRuntime(out, header, 'soap', options.build !== false);
  return out;
}

/** The files whose templates write prettier's layout (the others go through prettier). */
const FINAL: readonly string[] = ['types.ts', 'mock.ts', 'index.ts', 'operations.ts', 'client.ts', 'fixtures.ts'];

function extraContext(model: PackageModel, service: SoapService) {
  const clientDoc = [`Client of the ${model.serviceName} service: one method per operation.`, ...(model.description.length ? ['', ...model.description] : [])];
  const indexDoc = [`Typed client for the ${model.serviceName} service.`, '', '@packageDocumentation'];
  const operations = model.operations.map((op, i) => ({ ...op, example: canonicalRecord(service.operations[i].input.fields, 'in', model.lookup, { optional: false, budget: 50 }) }));
  const c = model.client;
  const clientTypes = moduleDecl('export type', [c, `${c}Options`, `${c}CallOptions`, `${c}SessionHeaders`], './client.js');
  return { clientDoc, indexDoc, operations, readme: readmeModel(service, model), clientTypes };
}

/** An example longer than this shows the required members only. */
const README_EXAMPLE_CHARS = 700;

/** The README's guide: an example per operation with fixture values, capped for big services. */
function readmeModel(service: SoapService, model: PackageModel) {
  const fromPages = service.sources.every((s) => s.format !== 'wsdl' && s.format !== 'xsd');
  const shown = model.operations.slice(0, README_EXAMPLES).map((op, i) => {
    const ir = service.operations[i];
    const full = sampleRecord(ir.input, 'in', model.lookup) ?? canonicalRecord(ir.input.fields, 'in', model.lookup, { optional: fromPages, budget: 200 });
    const example = full.length <= README_EXAMPLE_CHARS ? full : canonicalRecord(ir.input.fields, 'in', model.lookup, { optional: false, budget: 30 });
    return { ...op, example: example.length <= README_EXAMPLE_CHARS * 2 ? example : '{ /* see the fixture */ }', oneWay: !ir.output || op.result === 'void', faults: (ir.faults ?? []).map((f) => f.name) };
  });
  const rest = model.operations.slice(README_EXAMPLES);
  const headersIn = [...new Set(service.operations.flatMap((o) => o.headersIn.map((h) => h.name)))];
  const first = model.operations[0];
  return {
    shown,
    more: rest.slice(0, README_NAMES).map((o) => ({ method: o.method, name: o.name })),
    moreCount: rest.length,
    unlisted: Math.max(0, rest.length - README_NAMES),
    first: first ? { method: first.method, fn: first.fn, example: shown[0].example } : undefined,
    headersIn,
    soap: model.protocols.some((p) => p === 'soap11' || p === 'soap12'),
  };
}

interface FixtureModel {
  readonly key: string;
  readonly request: string;
  readonly response: string;
  readonly requestType: string;
  readonly responseType: string;
  readonly samples: readonly { protocol: string; request?: string; response?: string }[];
}

function fixtureModels(service: SoapService, model: PackageModel): FixtureModel[] {
  const fromPages = service.sources.every((s) => s.format !== 'wsdl' && s.format !== 'xsd');
  return service.operations.map((op) => {
    const n = model.names.operations.get(op.name)!;
    const scope = () => ({ optional: fromPages, budget: 2000 });
    const protocols = new Map<string, { protocol: string; request?: string; response?: string }>();
    const add = (protocol: string, which: 'request' | 'response', text: string) => {
      const entry = protocols.get(protocol) ?? { protocol: str(protocol) };
      entry[which] = str(text);
      protocols.set(protocol, entry);
    };
    // An HTTP GET request has no body: its sample is the request line with the query.
    for (const s of op.input.samples ?? []) add(s.protocol, 'request', s.protocol === 'http-get' && !s.text.trim() && s.http ? s.http.split('\n')[0] : s.text);
    for (const s of op.output?.samples ?? []) add(s.protocol, 'response', s.text);
    return {
      key: str(n.method),
      // A sample with real values (a vendor article) gives the typed fixture; placeholders give canonical values.
      request: sampleRecord(op.input, 'in', model.lookup) ?? canonicalRecord(op.input.fields, 'in', model.lookup, scope()),
      response: op.output ? (sampleRecord(op.output, 'out', model.lookup) ?? canonicalRecord(op.output.fields, 'out', model.lookup, scope())) : 'undefined',
      requestType: n.request,
      responseType: op.output ? n.response : 'undefined',
      samples: [...protocols.values()],
    };
  });
}

/**
 * The dynamic parts of templates/soap/fixtures.ts.hbs in prettier's layout; `final` is false
 * when a value holds a literal the layout does not know (the file then goes through prettier).
 */
function fixturesLayout(fixtures: readonly FixtureModel[], declared: ReadonlySet<string>) {
  const typeImport = moduleDecl('import type', typeNamesIn(fixtures.flatMap((f) => [f.requestType, f.responseType]), declared), './types.js');
  const members = fixtures.map((f) => print(['readonly ', memberKeyOf(f.key), ': ', typeRef('OperationFixture', [f.requestType, f.responseType]), ';'], 2));
  const values = (f: FixtureModel) => [['request', f.request], ['response', f.response]] as const;
  const samples = (f: FixtureModel) => f.samples.map((s) => ({ key: s.protocol, request: s.request, response: s.response }));
  try {
    return { typeImport, members, entries: fixtures.map((f) => fixtureEntry(f.key, values(f), 'samples', samples(f), ',')), final: true };
  } catch (e) {
    if (!(e instanceof UnknownLiteral)) throw e;
    return { typeImport, members, entries: fixtures.map((f) => rawFixtureEntry(f.key, values(f), 'samples', samples(f), ',')), final: false };
  }
}

/** A type member key written by `str`, as prettier prints it. */
function memberKeyOf(key: string): string {
  return objectKey(key);
}

/** Fixtures of the object helpers: the whole request and response messages, read from the article's samples. */
function objectFixtures(service: SoapService, model: PackageModel, helpers: readonly ObjectHelperModel[]): FixtureModel[] {
  const objects = service.operations.flatMap((op) => (op.objects ?? []).map((o) => ({ op, o })));
  return helpers.map((h, i) => {
    const { o } = objects[i];
    const scope = () => ({ optional: false, budget: 2000 });
    return {
      key: str(h.method),
      request: sampleRecord(o.input, 'in', model.lookup) ?? canonicalRecord(o.input.fields, 'in', model.lookup, scope()),
      response: o.output ? (sampleRecord(o.output, 'out', model.lookup) ?? canonicalRecord(o.output.fields, 'out', model.lookup, scope())) : 'undefined',
      requestType: 'Record<string, unknown>',
      responseType: o.output ? 'Record<string, unknown>' : 'undefined',
      samples: [
        {
          protocol: str(o.input.samples?.[0]?.protocol ?? 'soap11'),
          ...(o.input.samples?.[0] ? { request: str(o.input.samples[0].text) } : {}),
          ...(o.output?.samples?.[0] ? { response: str(o.output.samples[0].text) } : {}),
        },
      ],
    };
  });
}

/** The header blocks responses return (what a session stores), with their result types. */
function sessionHeaders(service: SoapService, model: PackageModel): { key: string; type: string }[] {
  const out = new Map<string, string>();
  for (const op of service.operations) for (const h of op.headersOut) if (!out.has(h.name)) out.set(h.name, refTs(h.type, 'out', model.lookup));
  return [...out].map(([name, type]) => ({ key: typeKey(name), type }));
}
