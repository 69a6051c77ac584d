import { isRestOperation } from '../../ir/operations.js';
import type { Resolved } from '../../ir/resolved.js';
import type { Service } from '../../ir/types.js';
import { declarationsText } from '../core/declarations.js';
import { formatFiles, formatMode } from '../core/format.js';
import { copyRuntime, fileHeader, finalLayout, README_EXAMPLES, renderTemplate, type EmitOptions, type FileMap } from '../core/engine.js';
import { dataModule } from '../core/data-module.js';
import { restFixture, type RestFixtureModel } from './fixtures.js';
import { fixtureEntry, objectKey, rawFixtureEntry, UnknownLiteral } from '../core/fixtures.js';
import { arrowProperty, awaitedResult, call, group, invokeResult, moduleDecl, print, signature, sortedNames, typeDoc, typeLiteral, typeNamesIn, typeRef, params } from '../core/layout.js';
import { buildRestModel, type RestPackageModel } from './model.js';

/**
 * Emits a Web API (ASP.NET Web API help page) package: types, descriptors, a client with one
 * method per endpoint, the same endpoints as functions of a connection (operations.ts, the
 * `pkg/operations` entry), fixtures read from the page's samples, a mock `fetch` answering with the
 * fixtures (mock.ts), the runtime (shared files plus `rest-*.ts`), package.json and README. A
 * service with models only (ResourceModel pages) gets its types and descriptors, a client
 * without methods and a mock without endpoints.
 */
export async function emitRestPackage(resolved: Resolved, options: EmitOptions): Promise<FileMap> {
  const { service } = resolved;
  const model = buildRestModel(resolved, options.packageName, { fieldLocations: options.sourceLocations === 'all' });
  const header = fileHeader(service);
  const fixtures = fixtureModels(service, model);
  const operations = model.operations.map((op, i) => ({ ...op, example: [fixtures[i].params, fixtures[i].body].filter((x) => x !== 'undefined').join(', ') }));
  const ctx = { ...model, header, ...extraContext(model), operations };
  const files: FileMap = new Map();
  const declared = new Set(model.declarations.map((d) => d.name));
  files.set('types.ts', renderTemplate('rest/types.ts.hbs', { ...ctx, typesBody: declarationsText(model.declarations) }));
  const data = dataModule({
    header,
    about: `Wire descriptors of the ${model.serviceName} Web API, read by the runtime's JSON, XML and form codecs: one per type (\`XSchema\`) and endpoint.`,
    service: { type: 'RestServiceDesc', value: model.serviceDesc },
    descriptors: model.descriptors,
    operations: model.operations,
    operationType: 'RestOperationDesc',
    typeModules: { RestServiceDesc: './runtime/rest-schema.js', RestOperationDesc: './runtime/rest-schema.js', TypeDesc: './runtime/schema.js', EnumDesc: './runtime/schema.js', ValueDesc: './runtime/schema.js' },
  });
  files.set('descriptors.js', data.js);
  files.set('descriptors.d.ts', data.dts);
  if (options.build !== false) files.set('dist/cjs/descriptors.js', data.cjs);
  files.set('client.ts', renderTemplate('rest/client.ts.hbs', { ...ctx, cl: clientLayout(model, declared) }));
  if (!model.typesOnly) files.set('operations.ts', renderTemplate('rest/operations.ts.hbs', { ...ctx, ops: operationsLayout(model, declared) }));
  const fx = fixturesLayout(fixtures, declared);
  files.set('fixtures.ts', renderTemplate('rest/fixtures.ts.hbs', { ...ctx, fx }));
  files.set('index.ts', renderTemplate('rest/index.ts.hbs', ctx));
  files.set('mock.ts', renderTemplate('rest/mock.ts.hbs', { ...ctx, ...mockLayout(mockModels(model), declared) }));
  files.set('package.json', renderTemplate('rest/package.json.hbs', { ...ctx, version: options.version ?? '1.0.0' }));
  // Big services: examples for the first endpoints, the others by name (see the SOAP README).
  const readme = { readmeOps: operations.slice(0, README_EXAMPLES), readmeMore: operations.slice(README_EXAMPLES, README_EXAMPLES + 200), readmeMoreCount: Math.max(0, operations.length - README_EXAMPLES), readmeUnlisted: Math.max(0, operations.length - README_EXAMPLES - 200) };
  files.set('README.md', renderTemplate('rest/README.md.hbs', { ...ctx, ...readme }));
  const out = await formatFiles(files, formatMode(options.format), finalLayout('rest', FINAL.filter((f) => fx.final || f !== 'fixtures.ts')));
  await copyRuntime(out, header, 'rest', options.build !== false);
  return out;
}

/** The files whose templates write prettier's layout (the others go through prettier). */
const FINAL: readonly string[] = ['types.ts', 'mock.ts', 'index.ts', 'client.ts', 'fixtures.ts', 'operations.ts'];

function extraContext(model: RestPackageModel) {
  const clientDoc = [
    `Client of the ${model.serviceName} Web API: one method per endpoint, named after its route (see the README).`,
    ...(model.typesOnly ? ['', 'The spec describes models only (no endpoint), so this client has no methods.'] : []),
    ...(model.description.length ? ['', ...model.description] : []),
  ];
  const indexDoc = [`Typed client for the ${model.serviceName} Web API.`, '', '@packageDocumentation'];
  const bodyTypes = new Set(model.operations.flatMap((o) => [o.paramsType, o.bodyType].filter((x): x is string => !!x)));
  const c = model.client;
  const clientTypes = moduleDecl('export type', [c, `${c}Options`, `${c}CallOptions`], './client.js');
  return { clientDoc, indexDoc, bodyTypes: [...bodyTypes], baseUrlRequired: !model.baseUrl, clientTypes };
}

function fixtureModels(service: Service, model: RestPackageModel) {
  const ops = service.operations.filter(isRestOperation);
  return ops.map((op, i) => restFixture(op, model.operations[i], model.lookup));
}

/** Per endpoint: client method name with the parameter, body and result types the mock is typed with. */
function mockModels(model: RestPackageModel): { method: string; params: string; body: string; response: string }[] {
  return model.operations.map((o) => ({ method: o.method, params: o.paramsType ?? 'undefined', body: o.bodyType ?? 'undefined', response: o.result === 'void' ? 'undefined' : o.result }));
}

/** What templates/rest/mock.ts.hbs prints that depends on the service, laid out. */
function mockLayout(mock: readonly { method: string; params: string; body: string; response: string }[], declared: ReadonlySet<string>) {
  return {
    typeImportDecl: moduleDecl('import type', typeNamesIn(mock.flatMap((m) => [m.params, m.body, m.response]), declared), './types.js'),
    mock: mock.map((m) => ({ line: print([`${m.method}: `, typeLiteral([['params: ', typeDoc(m.params)], ['body: ', typeDoc(m.body)], ['response: ', typeDoc(m.response)]]), ';'], 2) })),
  };
}

/** The dynamic parts of templates/rest/client.ts.hbs. */
function clientLayout(model: RestPackageModel, declared: ReadonlySet<string>) {
  const c = model.client;
  const ops = model.operations;
  const runtimeNames = model.typesOnly ? ['type RestCallOptions', 'type RestClientOptions'] : ['createRestRuntime', 'type RestCallOptions', 'type RestClientOptions', ...(ops.length ? ['type RestResponse'] : [])];
  const imports = [
    moduleDecl('import', sortedNames(runtimeNames), './runtime/rest-client.js'),
    moduleDecl('import type', typeNamesIn(ops.flatMap((o) => [...o.parameters, o.result]), declared), './types.js'),
  ].filter((d) => d !== '');
  return {
    imports,
    create: signature('export function createClient', [`options: ${c}Options${model.baseUrl ? ' = {}' : ''}`], `: ${c} {`),
    methods: ops.map((o) => {
      const raw = typeRef('Promise', [typeRef('RestResponse', [o.result])]);
      return {
        doc: o.doc,
        signature: print(group([o.method, params(o.parameters), ': ', typeRef('Promise', [o.result]), ';']), 2),
        raw: print(group([o.method, params(o.parameters), ': ', raw, ';']), 4),
        rawEntry: print(arrowProperty(o.method, '', o.args.split(', '), [group(call('runtime.invoke', [`d.${o.opDesc}`, ...o.invokeArgs.split(', ')])), ' as ', raw]), 4),
        entry: print(arrowProperty(o.method, 'async ', o.args.split(', '), awaitedResult(group(call(`$raw.${o.method}`, o.args.split(', '))))), 4),
      };
    }),
  };
}

/** The dynamic parts of templates/rest/operations.ts.hbs, with its exact imports. */
function operationsLayout(model: RestPackageModel, declared: ReadonlySet<string>) {
  const c = model.client;
  const ops = model.operations;
  const imports = [
    moduleDecl('import', sortedNames(['SERVICE', ...ops.map((o) => o.opDesc)]), './descriptors.js'),
    moduleDecl('import', sortedNames(['createRestRuntime', 'type RestRuntime']), './runtime/rest-client.js'),
    moduleDecl('import type', sortedNames([`${c}Options`, ...(ops.length ? [`${c}CallOptions`] : [])]), './client.js'),
    moduleDecl('import type', typeNamesIn(ops.flatMap((o) => [...o.parameters, o.result]), declared), './types.js'),
  ].filter((d) => d !== '');
  return {
    imports,
    connect: signature('export function connect', [`options: ${c}Options${model.baseUrl ? ' = {}' : ''}`], `: ${c}Connection {`),
    functions: ops.map((o) => ({
      method: o.method,
      signature: signature(`export async function ${o.fn}`, [`connection: ${c}Connection`, ...o.parameters], [': ', typeRef('Promise', [o.result]), ' {']),
      body: print(invokeResult(o.opDesc, o.invokeArgs.split(', '), o.result), 2),
    })),
  };
}

/**
 * The entries of templates/rest/fixtures.ts.hbs in prettier's layout (see the SOAP emitter's
 * `fixturesLayout`). `fixtures` is annotated with its type, so its declaration needs no
 * inference (`isolatedDeclarations`: the build writes it per file, without a program).
 */
function fixturesLayout(fixtures: readonly RestFixtureModel[], declared: ReadonlySet<string>) {
  const typeImport = moduleDecl('import type', typeNamesIn(fixtures.flatMap((f) => [f.paramsType, f.bodyType, f.responseType]), declared), './types.js');
  const members = fixtures.map((f) => print(['readonly ', objectKey(f.key), ': ', typeRef('RestFixture', [f.paramsType, f.bodyType, f.responseType]), ';'], 2));
  const values = (f: RestFixtureModel) => [['params', f.params], ['body', f.body], ['response', f.response]] as const;
  const samples = (f: RestFixtureModel) => f.samples.map((s) => ({ key: s.format, request: s.request, response: s.response }));
  try {
    return { typeImport, members, entries: fixtures.map((f) => fixtureEntry(f.key, values(f), 'samples', samples(f), ',')), final: true };
  } catch (e) {
    if (!(e instanceof UnknownLiteral)) throw e;
    return { typeImport, members, entries: fixtures.map((f) => rawFixtureEntry(f.key, values(f), 'samples', samples(f), ',')), final: false };
  }
}
