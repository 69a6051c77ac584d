/**
 * The parts of the SOAP templates whose layout depends on names (signatures, calls, import
 * lists), laid out as prettier lays them out (see core/layout.ts), and the exact imports of each
 * file, computed from the model.
 */
import { arrowProperty, awaitedResult, call, group, interfaceHead, invokeResult, moduleDecl, params, print, signature, sortedNames, typeNamesIn, typeRef } from '../core/layout.js';
import type { PackageModel } from './model.js';

/** The dynamic parts of templates/soap/operations.ts.hbs. */
export function operationsLayout(model: PackageModel, declared: ReadonlySet<string>) {
  const c = model.client;
  const ops = model.operations;
  const optional = model.endpointRequired || model.securityRequired ? '' : ' = {}';
  const imports = [
    moduleDecl('import', sortedNames(['SERVICE', ...ops.map((o) => o.opDesc)]), './descriptors.js'),
    moduleDecl('import', sortedNames(['createSoapConnection', ...(ops.length ? ['type CallOptions'] : []), 'type SoapFeatures', 'type SoapRuntime', 'type SoapSession']), './runtime/client.js'),
    ...model.connectParts.map((p) => moduleDecl('import', [p.name], p.from)),
    moduleDecl('import type', sortedNames([`${c}Options`, ...(ops.length ? [`${c}CallOptions`] : []), `${c}SessionHeaders`]), './client.js'),
    moduleDecl('import type', typeNamesIn(ops.flatMap((o) => [o.request, o.headersIn, o.result]), declared), './types.js'),
  ].filter((d) => d !== '');
  return {
    imports,
    connectionHead: interfaceHead(`${c}Connection`, 'SoapRuntime'),
    connect: signature('export function connect', [`options: ${c}Options${optional}`, '...parts: SoapFeatures[]'], `: ${c}Connection {`),
    connectBody: print(['return ', call('createSoapConnection', ['SERVICE', 'options', ...model.connectParts.map((p) => p.name), '...parts']), ` as ${c}Connection;`], 2),
    functions: ops.map((o) => ({
      method: o.method,
      signature: signature(`export async function ${o.fn}`, [`connection: ${c}Connection`, `input${o.inputOptional ? '?' : ''}: ${o.request}`, `options?: ${c}CallOptions<${o.headersIn}>`], [': ', typeRef('Promise', [o.result]), ' {']),
      body: print(invokeResult(o.opDesc, ['input ?? {}', 'options as CallOptions | undefined'], o.result), 2),
    })),
  };
}

/** The dynamic parts of templates/soap/client.ts.hbs. */
export function clientLayout(model: PackageModel & { readonly hasObjects: boolean }, declared: ReadonlySet<string>, sessionTypes: readonly string[]) {
  const c = model.client;
  const ops = model.operations;
  const optional = model.endpointRequired || model.securityRequired ? '' : ' = {}';
  const imports = [
    moduleDecl('import', sortedNames(['createSoapConnection', 'type CallOptions', 'type ClientOptions', ...(ops.length ? ['type RawResponse'] : []), 'type SoapSession']), './runtime/client.js'),
    moduleDecl('import', ['useHooks'], './runtime/hooks.js'),
    moduleDecl('import', ['useMtom'], './runtime/mtom.js'),
    ...model.clientParts.map((p) => moduleDecl('import', [p.name], p.from)),
    model.securityRequired ? "import type { Security } from './runtime/security.js';" : '',
    model.hasObjects ? moduleDecl('import', sortedNames(['createObjects', `type ${c}Objects`]), './objects.js') : '',
    moduleDecl('import type', typeNamesIn([...ops.flatMap((o) => [o.request, o.headersIn, o.result, o.headersOut]), ...sessionTypes], declared), './types.js'),
  ].filter((d) => d !== '');
  const paramsOf = (o: (typeof ops)[number]) => [`input${o.inputOptional ? '?' : ''}: ${o.request}`, `options?: ${c}CallOptions<${o.headersIn}>`];
  return {
    imports,
    callOptionsHead: interfaceHead(`${c}CallOptions<H>`, "Omit<CallOptions, 'soapHeaders'>"),
    clientHead: interfaceHead(c, model.hasObjects ? `${c}Objects` : undefined),
    create: signature('export function createClient', [`options: ${c}Options${optional}`], `: ${c} {`),
    runtime: print(['const runtime = ', call('createSoapConnection', ['d.SERVICE', 'options', 'useHooks', 'useMtom', ...model.clientParts.map((p) => p.name)]), ';'], 2),
    methods: ops.map((o) => {
      const raw = typeRef('Promise', [typeRef('RawResponse', [o.result, o.headersOut])]);
      return {
        doc: o.doc,
        signature: print(group([o.method, params(paramsOf(o)), ': ', typeRef('Promise', [o.result]), ';']), 2),
        raw: print(group([o.method, params(paramsOf(o)), ': ', raw, ';']), 4),
        rawEntry: print(arrowProperty(o.method, '', ['input', 'options'], [group(call('runtime.invoke', [`d.${o.opDesc}`, 'input ?? {}', 'options as CallOptions | undefined'])), ' as ', raw]), 4),
        entry: print(arrowProperty(o.method, 'async ', ['input', 'options'], awaitedResult(group(call(`$raw.${o.method}`, ['input', 'options'])))), 4),
      };
    }),
  };
}
