/**
 * The stored form of the IR (`ir.json` in every generated package, `svcgen ir`) and its upgrade
 * from older formats.
 *
 * The serialized IR carries `irVersion` (absent in version 1). Whatever reads a stored IR goes
 * through `upgradeIr`, so that a change of the IR's own shape never reads as a change of the
 * service (package versions, `svcgen diff`).
 *
 * Versions:
 * 1. (no `irVersion`) `Field.node` (`element` when absent), wildcards named `$any…` typed `xml`,
 *    choice data in five flat `choice*` members; every operation with SOAP members (Web API
 *    operations with `headersIn: []`, `faults: []`, `returns` and an optional `rest`).
 * 2. Fields tagged by `fieldKind` (`element`, `attribute`, `text`, `any`) with `choice` grouped
 *    in one member; operations tagged by `binding` (`soap`, `rest`).
 * 3. The same IR, stored more compactly (`storedForm`; a third of xWeb-2010's `ir.json`): a source
 *    location may be the string `file:line:column` (its `path` left out: versions and `svcgen diff`
 *    never read it), and a field (an object with `fieldKind`) may leave out `kind: 'field'` and its
 *    `optional`, `array` and `nillable` members that are false. The full form is valid too.
 */
import type { Field, Service } from './types.js';

/** The format version written by this svcgen. */
export const IR_VERSION = 3;

/** A stored IR that cannot be read (not a service, or written by a newer svcgen). */
export class IrFormatError extends Error {}

/** The serialized form of a service: `irVersion` first, then the IR. */
export function serializeIr(service: Service): Record<string, unknown> {
  return { irVersion: IR_VERSION, ...service };
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Reads a parsed `ir.json` of any known format version into the current IR. */
export function upgradeIr(json: unknown): Service {
  if (!isObject(json) || json.kind !== 'service' || !Array.isArray(json.operations)) throw new IrFormatError('not a stored svcgen IR (expected an object with "kind": "service" and "operations")');
  const version = json.irVersion ?? 1;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw new IrFormatError(`unknown IR format version ${JSON.stringify(version)}`);
  if (version > IR_VERSION) throw new IrFormatError(`IR format version ${version} was written by a newer svcgen (this one reads versions 1 to ${IR_VERSION})`);
  const { irVersion: _v, ...rest } = json;
  return (version === 1 ? fromV1(rest) : version === 3 ? expandV3(rest) : rest) as unknown as Service;
}

/** Members of a field that version 3 may leave out when false. */
const FIELD_FLAGS = ['optional', 'array', 'nillable'] as const;

/**
 * `JSON.stringify` replacer giving the compact form of version 3 (see above) and leaving out
 * samples' parsed `tree` (derived from their text).
 */
export function storedForm(this: unknown, key: string, value: unknown): unknown {
  if (key === 'tree' && isObject(this) && 'protocol' in this && 'mediaType' in this && 'text' in this) return undefined;
  if (key === 'loc' && isObject(value)) {
    const { file, line, column } = value;
    const exact = typeof file === 'string' && isCount(line) && isCount(column) && Object.keys(value).every((k) => k === 'file' || k === 'line' || k === 'column' || k === 'path');
    return exact ? `${file}:${line}:${column}` : value;
  }
  if (isObject(value) && value.kind === 'field' && typeof value.fieldKind === 'string') {
    const { kind: _k, ...rest } = value;
    for (const flag of FIELD_FLAGS) if (rest[flag] === false) delete rest[flag];
    return rest;
  }
  return value;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Version 3 → the IR: compact locations and fields in full again. */
function expandV3(value: unknown, key = ''): unknown {
  if (key === 'loc' && typeof value === 'string') {
    const m = /^([\s\S]*):(\d+):(\d+)$/.exec(value);
    if (!m) throw new IrFormatError(`a source location reads "file:line:column", not ${JSON.stringify(value)}`);
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  if (Array.isArray(value)) return value.map((v) => expandV3(v));
  if (!isObject(value)) return value;
  const out: Json = typeof value.fieldKind === 'string' && value.kind === undefined ? { kind: 'field' } : {};
  for (const [k, v] of Object.entries(value)) out[k] = expandV3(v, k);
  if (out.kind === 'field' && typeof out.fieldKind === 'string') for (const flag of FIELD_FLAGS) out[flag] ??= false;
  return out;
}

/** Version 1 → 2. */
function fromV1(s: Json): Json {
  return {
    ...s,
    operations: (s.operations as unknown[]).map((o) => (isObject(o) ? operationV1(o) : o)),
    types: Array.isArray(s.types) ? s.types.map((t) => (isObject(t) && Array.isArray(t.fields) ? { ...t, fields: t.fields.map(fieldV1) } : t)) : s.types,
  };
}

const messageV1 = (m: unknown): unknown => (isObject(m) && Array.isArray(m.fields) ? { ...m, fields: m.fields.map(fieldV1) } : m);

/** SOAP-only members of a version-1 operation, empty or meaningless on Web API operations. */
const SOAP_ONLY = ['style', 'use', 'soapAction', 'soapActionDerived', 'returns', 'httpAnswer', 'headersIn', 'headersOut', 'headerFaults', 'faults', 'rules', 'objects'];

function operationV1(o: Json): Json {
  const { kind, name, ...rest } = o;
  const common = { kind, ...(isObject(o.rest) ? { binding: 'rest' } : { binding: 'soap' }), name };
  if (isObject(o.rest)) {
    const out: Json = { ...common };
    for (const [k, v] of Object.entries(rest)) if (!SOAP_ONLY.includes(k)) out[k] = v;
    const r = o.rest;
    return {
      ...out,
      input: messageV1(o.input),
      output: messageV1(o.output),
      rest: { ...r, pathParams: Array.isArray(r.pathParams) ? r.pathParams.map(fieldV1) : [], queryParams: Array.isArray(r.queryParams) ? r.queryParams.map(fieldV1) : [] },
    };
  }
  const { rest: _r, ...soap } = rest;
  return {
    ...common,
    ...soap,
    input: messageV1(o.input),
    output: messageV1(o.output),
    ...(Array.isArray(o.objects) ? { objects: o.objects.map((x) => (isObject(x) ? { ...x, input: messageV1(x.input), output: messageV1(x.output) } : x)) } : {}),
  };
}

const V1_ONLY = ['node', 'choice', 'choiceBranch', 'choiceRequired', 'choiceOptional', 'choiceRepeated'];
/** Members each kind of field does not carry in version 2. */
const DROPPED: Readonly<Record<Field['fieldKind'], readonly string[]>> = {
  element: [],
  attribute: ['arrayItem', 'xmlName', 'substitutions'],
  text: ['namespace', 'arrayItem', 'xmlName', 'substitutions'],
  any: ['namespace', 'arrayItem', 'xmlName', 'substitutions'],
};

function fieldV1(f: unknown): unknown {
  if (!isObject(f)) return f;
  const fieldKind: Field['fieldKind'] =
    f.node === 'attribute' ? 'attribute'
    : f.node === 'text' ? 'text'
    : isObject(f.type) && f.type.kind === 'xml' && typeof f.name === 'string' && /^\$any\d*$/.test(f.name) ? 'any'
    : 'element';
  const out: Json = { kind: f.kind, fieldKind };
  for (const [k, v] of Object.entries(f)) if (k !== 'kind' && !V1_ONLY.includes(k) && !DROPPED[fieldKind].includes(k)) out[k] = v;
  if (typeof f.choice === 'string' && (fieldKind === 'element' || fieldKind === 'any')) {
    out.choice = {
      group: f.choice,
      branch: typeof f.choiceBranch === 'number' ? f.choiceBranch : 0,
      ...(f.choiceRequired ? { required: true } : {}),
      ...(f.choiceOptional ? { optional: true } : {}),
      ...(f.choiceRepeated ? { repeated: true } : {}),
    };
  }
  return out;
}
