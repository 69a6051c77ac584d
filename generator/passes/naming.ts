import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Names, OperationNames } from '../ir/resolved.js';
import type { Operation, Service, TypeDef } from '../ir/types.js';
import { camelCase, pascalCase, RESERVED, safeIdentifier, safePropertyName, Scope } from '../util/identifiers.js';

/**
 * The naming pass: one deterministic symbol table per service. Names from the spec win over
 * invented ones (types are named in IR order, which is source order); clashes get stable numeric
 * suffixes; every identifier is escaped against explicit reserved-word lists. Templates read only
 * the names resolved here.
 */

/**
 * Global names generated code may refer to (ECMAScript and TypeScript built-ins, the Web platform
 * the runtime uses: fetch, streams, encoders, abort signals), which a generated name must not shadow.
 */
const GLOBALS = new Set(
  (
    'Array ArrayBuffer ArrayLike AsyncIterable Awaited BigInt BigInt64Array BigUint64Array Boolean DataView Date Error ' +
    'EvalError Exclude Extract Float32Array Float64Array Function Infinity Int16Array Int32Array Int8Array InstanceType ' +
    'Intl Iterable IterableIterator Iterator JSON Lowercase Map Math NaN NonNullable Number Object Omit Parameters ' +
    'Partial Pick Promise PromiseLike PropertyKey Proxy RangeError Readonly ReadonlyArray ReadonlyMap ReadonlySet Record ' +
    'ReferenceError Reflect RegExp Required ReturnType Set SharedArrayBuffer String Symbol SyntaxError TemplateStringsArray ' +
    'TypeError URIError Uint16Array Uint32Array Uint8Array Uint8ClampedArray Uppercase WeakMap WeakRef WeakSet ' +
    'AbortController AbortSignal Blob BodyInit Crypto CryptoKey DOMException Event EventTarget File FormData Headers ' +
    'HeadersInit ReadableStream Request RequestInfo RequestInit Response ResponseInit SubtleCrypto TextDecoder TextEncoder ' +
    'URL URLSearchParams WritableStream atob btoa clearTimeout console crypto decodeURIComponent encodeURIComponent fetch ' +
    'globalThis isFinite isNaN parseFloat parseInt queueMicrotask setTimeout structuredClone'
  ).split(' '),
);

/** Names the emitted package itself declares at module level. */
const PACKAGE_NAMES = new Set(
  (
    'createClient createMockFetch ClientOptions CallOptions RawResponse SvcgenError SoapFaultError HttpError ' +
    'ValidationError ResponseError ApiError Client SERVICE OPERATIONS fixtures FIXTURES runtime descriptors ' +
    'TypeDesc FieldDesc EnumDesc ValueDesc OperationDesc ServiceDesc'
  ).split(' '),
);

/**
 * Names exported by the runtime copied into every package (`templates/runtime/*.ts`) and names the
 * package templates declare at module level: generated files import or declare them next to the
 * generated types, so a type, enum or operation of the spec must not take them. Read from the
 * templates themselves so that the list follows the runtime.
 */
const TEMPLATE_NAMES: ReadonlySet<string> = (() => {
  const root = fileURLToPath(new URL('../../templates/', import.meta.url));
  const out = new Set<string>();
  const declared = /^(?:export\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
  for (const dir of ['runtime', 'soap', 'rest']) {
    let files: string[];
    try {
      files = readdirSync(join(root, dir));
    } catch {
      continue;
    }
    for (const f of files) {
      if (!/\.(ts|hbs)$/.test(f)) continue;
      for (const m of readFileSync(join(root, dir, f), 'utf8').matchAll(declared)) {
        // Runtime modules are imported from, so only their exports matter there.
        if (dir !== 'runtime' || m[0].startsWith('export')) out.add(m[1]);
      }
    }
  }
  return out;
})();

/** Every name a generated type, enum or module-level declaration must not take. */
export function reservedNames(): Iterable<string> {
  return [...RESERVED, ...GLOBALS, ...PACKAGE_NAMES, ...TEMPLATE_NAMES];
}

export interface NamingInput {
  readonly service: Service;
  /** Type ids used in requests (input shapes) and in responses (result shapes). */
  readonly inputIds: ReadonlySet<string>;
  readonly outputIds: ReadonlySet<string>;
  /** Name union aliases for types with subtypes (`xsi:type` substitution; SOAP packages). */
  readonly polymorphic?: boolean;
  /** Name the route and query parameter types of endpoints (Web API packages). */
  readonly rest?: boolean;
}

/** Plans every identifier of the package. Deterministic: IR order decides who gets the plain name. */
export function planNames({ service, inputIds, outputIds, polymorphic, rest }: NamingInput): Names {
  const scope = new Scope(reservedNames());
  const client = scope.claim(safeIdentifier(pascalCase(service.name)) + 'Client', 'Options', 'CallOptions', 'Connection');
  const planned = new Map<string, Omit<OperationNames, 'fn'>>();
  const methods = new Scope(['$raw', 'then', 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']);
  for (const op of service.operations) planned.set(op.name, planOperation(op, scope, methods));
  const types = new Map<string, string>();
  const inputTypes = new Map<string, string>();
  const descriptors = new Map<string, string>();
  for (const t of service.types) planType(t, { scope, types, inputTypes, descriptors, inputIds, outputIds });
  const unions = new Map<string, string>();
  const inputUnions = new Map<string, string>();
  if (polymorphic) {
    const bases = new Set(service.types.flatMap((t) => (t.kind === 'complex' && t.base ? [t.base] : [])));
    for (const t of service.types) {
      if (t.kind !== 'complex' || !bases.has(t.id)) continue;
      const input = inputTypes.has(t.id);
      const wanted = safeIdentifier(`Any${pascalCase(t.name)}`);
      const name = input ? scope.claim(wanted, 'Input') : scope.claim(wanted);
      unions.set(t.id, name);
      if (input) inputUnions.set(t.id, `${name}Input`);
    }
  }
  // Standalone function names are claimed after the types, so that they never take a name from one.
  const operations = new Map<string, OperationNames>([...planned].map(([name, o]) => [name, { ...o, fn: scope.claim(safeIdentifier(camelCase(name))) }] as const));
  const params = new Map<string, string>();
  if (rest) {
    // Parameter types come after every other name, in a scope of their own seeded with those names.
    const restScope = new Scope([...reservedNames(), ...types.values(), ...inputTypes.values(), ...descriptors.values(), client, `${client}Options`, `${client}CallOptions`, ...[...operations.values()].flatMap((o) => [o.opDesc, o.request, o.response, o.fn])]);
    for (const op of service.operations) {
      if (op.binding === 'rest' && op.rest.pathParams.length + op.rest.queryParams.length > 0) params.set(op.name, restScope.claim(`${safeIdentifier(pascalCase(op.name))}Params`));
    }
  }
  return { types, inputTypes, descriptors, operations, client, unions, inputUnions, params };
}

function planOperation(op: Operation, scope: Scope, methods: Scope): Omit<OperationNames, 'fn'> {
  const base = safeIdentifier(pascalCase(op.name));
  const stem = scope.claim(base, 'Request', 'Response', 'RequestSchema', 'ResponseSchema', 'Operation', 'HeadersIn', 'HeadersOut', 'Fault');
  return {
    method: methods.claim(safePropertyName(camelCase(op.name))),
    request: `${stem}Request`,
    response: `${stem}Response`,
    requestDesc: `${stem}RequestSchema`,
    responseDesc: `${stem}ResponseSchema`,
    opDesc: `${stem}Operation`,
    headersIn: `${stem}HeadersIn`,
    headersOut: `${stem}HeadersOut`,
    fault: `${stem}Fault`,
  };
}

interface TypePlan {
  readonly scope: Scope;
  readonly types: Map<string, string>;
  readonly inputTypes: Map<string, string>;
  readonly descriptors: Map<string, string>;
  readonly inputIds: ReadonlySet<string>;
  readonly outputIds: ReadonlySet<string>;
}

function planType(t: TypeDef, plan: TypePlan): void {
  const both = t.kind === 'complex' && plan.inputIds.has(t.id) && plan.outputIds.has(t.id);
  const name = both
    ? plan.scope.claim(safeIdentifier(pascalCase(t.name)), 'Schema', 'Input')
    : plan.scope.claim(safeIdentifier(pascalCase(t.name)), 'Schema');
  plan.types.set(t.id, name);
  plan.descriptors.set(t.id, `${name}Schema`);
  if (both) plan.inputTypes.set(t.id, `${name}Input`);
}
