import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Operation, Service, TypeDef } from '../ir/types.js';

/**
 * The naming pass: one deterministic symbol table per service. Names from the spec win over
 * invented ones (types are named in IR order, which is source order); clashes get stable numeric
 * suffixes; every identifier is escaped against explicit reserved-word lists. Templates read only
 * the names resolved here.
 */

/** ECMAScript reserved words, strict-mode reserved words and TypeScript type keywords. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await async of get set as from ' +
    'any unknown never number string boolean bigint symbol object undefined type keyof readonly infer is asserts ' +
    'declare module namespace require abstract constructor arguments eval satisfies accessor out global'
  ).split(' '),
);

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

/** Splits a spec name into words: `getXMLData_v2` → `get XML Data v2`. */
export function words(name: string): string[] {
  return name
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{Nd}]+/u)
    .filter(Boolean);
}

/** `create interaction` → `CreateInteraction`; keeps inner capitals of each word. */
export function pascalCase(name: string): string {
  const out = words(name)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
  return out || '_';
}

/** `CreateInteraction` → `createInteraction`; `GetXMLData` → `getXMLData`; `XMLFeed` → `xmlFeed`. */
export function camelCase(name: string): string {
  const parts = words(name);
  if (parts.length === 0) return '_';
  const first = parts[0];
  const head = /^\p{Lu}+$/u.test(first) && parts.length > 1 ? first.toLowerCase() : first[0].toLowerCase() + first.slice(1);
  return head + parts.slice(1).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/** Makes `name` a valid identifier: a leading digit gets `_`, reserved words get a `_` suffix. */
export function safeIdentifier(name: string): string {
  const id = safePropertyName(name);
  return RESERVED.has(id) ? `${id}_` : id;
}

/**
 * Makes `name` valid as a bare property or method name (`client.delete(…)`): like
 * `safeIdentifier`, but reserved words are kept, since they are valid there.
 */
export function safePropertyName(name: string): string {
  const id = name.replace(/[^\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]/gu, '_');
  return /^[\p{L}\p{Nl}$_]/u.test(id) ? id : `_${id}`;
}

/** True when `key` can be written as a bare property name. */
export function isIdentifierKey(key: string): boolean {
  return /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$]*$/u.test(key) && key !== '__proto__';
}

/** Allocates unique identifiers in one scope. */
export class Scope {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** Reserves `wanted` (or `wanted2`, `wanted3`…) and returns it. */
  claim(wanted: string, ...companions: string[]): string {
    for (let n = 1; ; n++) {
      const base = n === 1 ? wanted : `${wanted}${n}`;
      const all = [base, ...companions.map((c) => base + c)];
      if (all.every((a) => !this.used.has(a))) {
        for (const a of all) this.used.add(a);
        return base;
      }
    }
  }
}

/** Resolved names of one service. */
export interface Names {
  /** TypeScript type name per type id (result shape). */
  readonly types: ReadonlyMap<string, string>;
  /** TypeScript type name of the input shape per type id, where it differs. */
  readonly inputTypes: ReadonlyMap<string, string>;
  /** Descriptor constant per type id. */
  readonly descriptors: ReadonlyMap<string, string>;
  /** Per operation name: method name and the names of its generated types. */
  readonly operations: ReadonlyMap<string, OperationNames>;
  /** The client interface name, e.g. `PlusventaServiceV2Client`. */
  readonly client: string;
  /**
   * Polymorphic record types (complex types other types derive from): the union alias of the type
   * and its subtypes per type id, e.g. `AnyRecord` (result shape) …
   */
  readonly unions: ReadonlyMap<string, string>;
  /** … and `AnyRecordInput` (input shape), where the type has an input shape of its own. */
  readonly inputUnions: ReadonlyMap<string, string>;
}

export interface OperationNames {
  readonly method: string;
  /** Request type (input shape of the request root). */
  readonly request: string;
  /** Response object type (result shape of the response root). */
  readonly response: string;
  /** Descriptor constants. */
  readonly requestDesc: string;
  readonly responseDesc: string;
  readonly opDesc: string;
  /** Type of the SOAP headers sent / received. */
  readonly headersIn: string;
  readonly headersOut: string;
  /** Union of the operation's declared faults (name and typed detail). */
  readonly fault: string;
}

export interface NamingInput {
  readonly service: Service;
  /** Type ids used in requests (input shapes) and in responses (result shapes). */
  readonly inputIds: ReadonlySet<string>;
  readonly outputIds: ReadonlySet<string>;
  /** Name union aliases for types with subtypes (`xsi:type` substitution; SOAP packages). */
  readonly polymorphic?: boolean;
}

/** Plans every identifier of the package. Deterministic: IR order decides who gets the plain name. */
export function planNames({ service, inputIds, outputIds, polymorphic }: NamingInput): Names {
  const scope = new Scope(reservedNames());
  const client = scope.claim(safeIdentifier(pascalCase(service.name)) + 'Client', 'Options', 'CallOptions');
  const operations = new Map<string, OperationNames>();
  const methods = new Scope(['$raw', 'then', 'constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']);
  for (const op of service.operations) operations.set(op.name, planOperation(op, scope, methods));
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
  return { types, inputTypes, descriptors, operations, client, unions, inputUnions };
}

function planOperation(op: Operation, scope: Scope, methods: Scope): OperationNames {
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
