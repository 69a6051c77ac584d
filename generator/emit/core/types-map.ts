import { fieldArrayItem } from '../../ir/fields.js';
import type { Field, PrimitiveName, TypeDef, TypeRef } from '../../ir/types.js';
import type { Names } from '../../ir/resolved.js';

/**
 * The type map: how each wire type appears in TypeScript, per direction. This is the product's
 * promise (README "Types"): results are lossless (`long`/`decimal`/dates as the wire text), requests
 * accept the convenient JavaScript forms too.
 */

export type Direction = 'in' | 'out';

import { SCALAR_KIND } from '../../util/scalars.js';

export { SCALAR_KIND };

/** Value ranges the validator checks for bounded integer types. */
export const INTEGER_RANGE: Partial<Record<PrimitiveName, readonly [string, string]>> = {
  int: ['-2147483648', '2147483647'],
  short: ['-32768', '32767'],
  byte: ['-128', '127'],
  unsignedShort: ['0', '65535'],
  unsignedByte: ['0', '255'],
  unsignedInt: ['0', '4294967295'],
  long: ['-9223372036854775808', '9223372036854775807'],
  unsignedLong: ['0', '18446744073709551615'],
  nonNegativeInteger: ['0', ''],
  positiveInteger: ['1', ''],
  nonPositiveInteger: ['', '0'],
  negativeInteger: ['', '-1'],
};

/** TypeScript type of a primitive in one direction. */
export function primitiveTs(name: PrimitiveName, dir: Direction): string {
  switch (SCALAR_KIND[name]) {
    case 'string':
    case 'duration':
    case 'guid':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'int':
    case 'float':
    case 'double':
      return 'number';
    case 'long':
    case 'decimal':
      return dir === 'in' ? 'string | number | bigint' : 'string';
    case 'dateTime':
    case 'date':
    case 'time':
      return dir === 'in' ? 'string | Date' : 'string';
    case 'base64Binary':
    case 'hexBinary':
      return 'Uint8Array';
    default:
      return 'string';
  }
}

/**
 * One line for the JSDoc of a field: the wire type and how it is represented; none for `xs:string`,
 * which the member's `string` type says already.
 */
export function primitiveNote(name: PrimitiveName): string | undefined {
  if (name === 'string') return undefined;
  const kind = SCALAR_KIND[name];
  const wire = name === 'guid' || name === 'char' ? `${name} (Microsoft serialization type)` : `xs:${name}`;
  switch (kind) {
    case 'long':
    case 'decimal':
      return `Wire type ${wire}: a string in results so no digit is lost; requests accept a string, number or bigint.`;
    case 'dateTime':
    case 'date':
    case 'time':
      return `Wire type ${wire}: the wire text in results; requests accept a string or a Date (${
        kind === 'date' ? 'its UTC date part is sent' : 'sent as toISOString()'
      }).`;
    case 'base64Binary':
    case 'hexBinary':
      return `Wire type ${wire}: bytes, ${kind === 'base64Binary' ? 'base64' : 'hex'}-encoded on the wire.`;
    case 'int':
      return `Wire type ${wire}: an integer${INTEGER_RANGE[name] ? ` in [${INTEGER_RANGE[name]!.join(', ')}]` : ''}.`;
    default:
      return `Wire type ${wire}.`;
  }
}

export interface TypeLookup {
  readonly byId: ReadonlyMap<string, TypeDef>;
  readonly names: Names;
  /** The service has SOAP-encoded operations: scalar descriptors name their XSD type. */
  readonly encoded?: boolean;
  /** Members' JSDoc gives their source location too (`sourceLocations: 'all'`). */
  readonly fieldLocations?: boolean;
  /**
   * XML element semantics (SOAP packages): `nillable` on a repeated element that no wrapper holds
   * applies to each occurrence (`(X | null)[]`), not to the array; in JSON a nillable array
   * property is `null` as a whole (`X[] | null`).
   */
  readonly xmlElements?: boolean;
}

/** The TypeScript type of a type reference (without array / null). */
export function refTs(ref: TypeRef, dir: Direction, lookup: TypeLookup): string {
  switch (ref.kind) {
    case 'primitive':
      return primitiveTs(ref.name, dir);
    case 'xml':
      return 'string';
    case 'map':
      return `Record<string, ${refTs(ref.value, dir, lookup)}>`;
    case 'ref': {
      const def = lookup.byId.get(ref.id);
      if (!def) return 'unknown';
      if (def.kind === 'alias') {
        const item = refTs(def.target, dir, lookup);
        return def.list ? (item.includes(' ') ? `(${item})[]` : `${item}[]`) : item;
      }
      const union = (dir === 'in' && lookup.names.inputUnions.get(ref.id)) || lookup.names.unions.get(ref.id);
      return union ?? declaredName(ref.id, dir, lookup);
    }
  }
}

/** The name of a named type's own declaration in one direction (never its subtype union). */
export function declaredName(id: string, dir: Direction, lookup: TypeLookup): string {
  if (dir === 'in' && lookup.names.inputTypes.has(id)) return lookup.names.inputTypes.get(id)!;
  return lookup.names.types.get(id)!;
}

/** True when a reference names an `xs:list` alias (directly or through aliases). */
export function isListRef(ref: TypeRef, lookup: TypeLookup, depth = 0): boolean {
  if (ref.kind !== 'ref' || depth > 20) return false;
  const def = lookup.byId.get(ref.id);
  return def?.kind === 'alias' && (!!def.list || isListRef(def.target, lookup, depth + 1));
}

/** The TypeScript type of a field's value, with array and null applied. */
export function fieldTs(field: Field, dir: Direction, lookup: TypeLookup): string {
  let t = refTs(field.type, dir, lookup);
  const item = fieldArrayItem(field);
  const nilPerItem = field.array && field.nillable && !item && lookup.xmlElements === true;
  if (field.array) t = item?.nillable || nilPerItem ? `(${t} | null)[]` : t.includes(' ') ? `(${t})[]` : `${t}[]`;
  if (field.nillable && !nilPerItem) t = `${t} | null`;
  return t;
}
