/**
 * The parts of the SOAP templates whose layout depends on names (signatures, calls, import
 * lists), laid out as prettier lays them out (see core/layout.ts), and the exact imports of each
 * file, computed from the model.
 */
import { call, group, indent, join, line, moduleDecl, print, softline, ifBreak, typeNamesIn, sortedNames, type Doc } from '../core/layout.js';
import type { PackageModel } from './model.js';

/** `(a: A, b: B)`: parameters, one per line with a trailing comma when the line is too long. */
function params(list: readonly string[]): Doc {
  if (!list.length) return '()';
  return group(['(', indent([softline, join([',', line], list)]), ifBreak(','), softline, ')']);
}

/** A function or method signature line: `head(params): returns {` as one group. */
export function signature(head: string, list: readonly string[], tail: string, indentation = 0): string {
  return print(group([head, params(list), tail]), indentation);
}

/**
 * `return (await connection.invoke(Desc, input ?? {}, options as CallOptions | undefined)).result as R;`
 * (prettier breaks the member access, then the parenthesized await, then the arguments).
 */
function invokeResult(desc: string, result: string): Doc {
  const invoke = group(call('connection.invoke', [desc, 'input ?? {}', 'options as CallOptions | undefined']));
  return ['return ', ['(', group([indent([softline, 'await ', invoke]), softline]), ')'], group(indent([softline, '.result'])), ` as ${result};`];
}

/** The dynamic parts of templates/soap/operations.ts.hbs. */
export function operationsLayout(model: PackageModel, declared: ReadonlySet<string>) {
  const c = model.client;
  const ops = model.operations;
  const optional = model.endpointRequired || model.securityRequired ? '' : ' = {}';
  const imports = [
    moduleDecl('import', sortedNames(['SERVICE', ...ops.map((o) => o.opDesc)]), './descriptors.js'),
    moduleDecl('import', sortedNames(['createSoapRuntime', ...(ops.length ? ['type CallOptions'] : []), 'type SoapRuntime', 'type SoapSession']), './runtime/client.js'),
    moduleDecl('import type', sortedNames([`${c}Options`, ...(ops.length ? [`${c}CallOptions`] : []), `${c}SessionHeaders`]), './client.js'),
    moduleDecl('import type', typeNamesIn(ops.flatMap((o) => [o.request, o.headersIn, o.result]), declared), './types.js'),
  ].filter((d) => d !== '');
  return {
    imports,
    connect: signature('export function connect', [`options: ${c}Options${optional}`], `: ${c}Connection {`),
    functions: ops.map((o) => ({
      method: o.method,
      signature: signature(`export async function ${o.fn}`, [`connection: ${c}Connection`, `input${o.inputOptional ? '?' : ''}: ${o.request}`, `options?: ${c}CallOptions<${o.headersIn}>`], `: Promise<${o.result}> {`),
      body: print(invokeResult(o.opDesc, o.result), 2),
    })),
  };
}
